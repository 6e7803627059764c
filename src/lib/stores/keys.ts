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
