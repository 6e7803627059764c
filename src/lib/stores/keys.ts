/** Every key this site uses in the browser's storage, in one place. */
export const KEY_PREFIX = 'gw:';
export const docKey = (kind: string, id: string) => `gw:doc:${kind}:${id}`;
export const docPrefix = (kind: string) => `gw:doc:${kind}:`;
export const activeKey = (kind: string) => `gw:actief:${kind}`;
/** Values that could not be read are moved here (with the original key and a time), never dropped. */
export const DAMAGED_PREFIX = 'gw:beschadigd:';
export const damagedKey = (originalKey: string, now: number) => `${DAMAGED_PREFIX}${originalKey.slice(KEY_PREFIX.length)}:${now}`;
export const MY_QUESTIONS_KEY = 'gw:mijn-vragen:v1';
export const MY_QUESTIONS_DAMAGED_KEY = 'gw:mijn-vragen:beschadigd';
/** The owner's team: people (added, renamed, merged, archived) and the agreement checklist. */
export const TEAM_KEY = 'gw:team:v1';
export const TEAM_DAMAGED_KEY = 'gw:team:beschadigd';
/** The invitation being written (/uitnodigen/): a draft, kept until it is cleared; not in backups. */
export const INVITATION_KEY = 'gw:uitnodiging:v1';
/** When the last backup file was made, and a digest of what it held. */
export const BACKUP_META_KEY = 'gw:reservekopie:v1';
/** Is this key a stored document (any kind)? */
export const isDocKey = (key: string | null): key is string => !!key && key.startsWith('gw:doc:');
