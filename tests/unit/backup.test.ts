/**
 * The backup file: everything in, everything back; encrypted with a passphrase (AES-GCM,
 * PBKDF2-SHA-256 600,000); hostile, damaged and wrong files change nothing; restore merges
 * without ever overwriting; full storage during a restore is reported and rolled back.
 */
import { describe, expect, it } from 'vitest';
import { createEnvelope, type Envelope } from '../../src/lib/documents/envelope.ts';
import { employeeCodec } from '../../src/lib/forms/sheets/index.ts';
import { reportCodec } from '../../src/lib/report/codec.ts';
import { collectContent, makeBackupFile, openBackupFile, passphraseProblem, readBackupFile } from '../../src/lib/backup/backup.ts';
import { backupReminder, holdsNothing, markBackupMade, markRestoredFrom, storageDigest } from '../../src/lib/backup/reminder.ts';
import { PBKDF2_ITERATIONS, WRONG_PASSPHRASE } from '../../src/lib/backup/crypto.ts';
import { applyRestore, COPY_SUFFIX, describePlan, planRestore, RESTORE_FULL } from '../../src/lib/backup/restore.ts';
import { docKey, MY_QUESTIONS_KEY, TEAM_KEY } from '../../src/lib/stores/keys.ts';
import { MemoryStore } from '../../src/lib/stores/storage.ts';
import { emptyTeam, readTeam, setCheck, writeTeam, addPerson } from '../../src/lib/team/data.ts';
import { put, reportFor, SIX, yearOfSix } from '../fixtures/team.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

async function filled() {
  const mem = new MemoryStore();
  await yearOfSix(mem);
  mem.setItem(MY_QUESTIONS_KEY, JSON.stringify([{ id: 'sam-01', text: 'Wat gaat goed?', sourceId: 'sam-01', phase: 3 }]));
  const added = addPerson(emptyTeam(), 'Nieuwe Collega');
  if (!added.ok) throw new Error();
  writeTeam(mem, setCheck(added.value, 'r1', 'a1', { status: 'ongoing', note: 'Cursus loopt' }, NOW));
  return mem;
}

async function roundTrip(text: string, pass?: string) {
  const file = readBackupFile(text);
  if (!file.ok) throw new Error(file.message);
  return openBackupFile(file.value, pass);
}

describe('making a backup', () => {
  it('holds every document, my questions and the team data', async () => {
    const mem = await filled();
    const { content, skipped } = collectContent(mem);
    expect(skipped).toEqual([]);
    expect(content.documents).toHaveLength(18);
    expect(new Set(content.documents.map((d) => d.kind))).toEqual(new Set(['verslag', 'voorbereiding-medewerker', 'voorbereiding-leidinggevende']));
    expect(content.myQuestions).toHaveLength(1);
    expect(content.team.people[0]!.name).toBe('Nieuwe Collega');
    const back = await roundTrip(await makeBackupFile(content, NOW));
    expect(back.ok && back.value).toEqual(content);
  });

  it('leaves out (and names) a stored value that cannot be read', () => {
    const mem = new MemoryStore();
    mem.setItem(docKey('verslag', 'kapot'), '{"format":"gesprekswijzer"');
    expect(collectContent(mem).skipped).toEqual([docKey('verslag', 'kapot')]);
  });

  it('asks for a passphrase of at least 8 characters, typed twice the same', () => {
    expect(passphraseProblem('kort', 'kort')).toMatch(/minstens 8/);
    expect(passphraseProblem('een lange zin', 'een lange zin.')).toMatch(/niet gelijk/);
    expect(passphraseProblem('een lange zin', 'een lange zin')).toBeNull();
  });
});

describe('encryption', () => {
  it('AES-GCM with PBKDF2-SHA-256 at 600,000 iterations; salt and IV random per file; nothing readable inside', async () => {
    const { content } = collectContent(await filled());
    const a = await makeBackupFile(content, NOW, 'paarse olifant op de fiets');
    const b = await makeBackupFile(content, NOW, 'paarse olifant op de fiets');
    const ja = JSON.parse(a);
    expect(ja.encrypted).toBe(true);
    expect(ja.cipher).toMatchObject({ name: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(ja.cipher.salt).not.toBe(JSON.parse(b).cipher.salt);
    expect(ja.cipher.iv).not.toBe(JSON.parse(b).cipher.iv);
    for (const secret of ['Zoë', 'Garage', 'Wat gaat goed', 'Nieuwe Collega']) expect(a).not.toContain(secret);
    const back = await roundTrip(a, 'paarse olifant op de fiets');
    expect(back.ok && back.value).toEqual(content);
  });

  it('a wrong passphrase, no passphrase, a changed byte or a lowered iteration count fail clearly', async () => {
    const { content } = collectContent(await filled());
    const text = await makeBackupFile(content, NOW, 'juiste wachtwoordzin');
    const wrong = await roundTrip(text, 'verkeerde wachtwoordzin');
    expect(wrong).toMatchObject({ ok: false, message: WRONG_PASSPHRASE });
    expect(await roundTrip(text)).toMatchObject({ ok: false, code: 'need-passphrase' });
    const j = JSON.parse(text);
    const flipped = { ...j, cipher: { ...j.cipher, data: (j.cipher.data[0] === 'A' ? 'B' : 'A') + j.cipher.data.slice(1) } };
    expect(await roundTrip(JSON.stringify(flipped), 'juiste wachtwoordzin')).toMatchObject({ ok: false });
    const weaker = { ...j, cipher: { ...j.cipher, iterations: 1000 } };
    expect(await roundTrip(JSON.stringify(weaker), 'juiste wachtwoordzin')).toMatchObject({ ok: false, message: expect.stringMatching(/niets veranderd/) });
  });
});

describe('hostile, damaged and wrong files', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', 'dit is geen json', /geen geldig JSON/],
    ['a PDF', '%PDF-1.7 ...', /geen geldig JSON/],
    ['deeply nested', '['.repeat(5000) + ']'.repeat(5000), /te diep genest/],
    ['another JSON file', '{"naam":"x"}', /geen reservekopie/],
    ['one document export', JSON.stringify(createEnvelope(reportCodec)), /één gespreksverslag/],
    ['from a newer version', JSON.stringify({ format: 'gesprekswijzer-reservekopie', version: 9, encrypted: false, content: {} }), /nieuwere versie/],
  ];
  it.each(cases)('%s: a Dutch message', (_n, text, msg) => {
    const r = readBackupFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(msg);
  });

  it('a damaged document, an unknown kind, a prototype key or bad team data: the whole file is refused', async () => {
    const base = { format: 'gesprekswijzer-reservekopie', version: 1, encrypted: false };
    const good = createEnvelope(reportCodec, reportFor('Zoë', '2026-03-01'));
    const bad = [
      { documents: [{ ...good, data: { ...good.data, agreements: 'x' } }], myQuestions: [], team: null },
      { documents: [{ ...good, kind: 'virus' }], myQuestions: [], team: null },
      { documents: [{ ...good, id: '../../x' }], myQuestions: [], team: null },
      { documents: [good, good], myQuestions: [], team: null },
      { documents: [], myQuestions: [{ nope: 1 }], team: null },
      { documents: [], myQuestions: [], team: { version: 1, people: [{ id: '', name: '' }], checks: {} } },
      JSON.parse('{"documents":[],"myQuestions":[],"team":{"version":1,"people":[],"checks":{"__proto__":{"status":"hack"}}}}'),
    ];
    for (const content of bad) {
      const r = await roundTrip(JSON.stringify({ ...base, content }));
      expect(r.ok, JSON.stringify(content).slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/niets veranderd|beschadigd|niet gelezen/);
    }
  });
});

describe('restore and merge', () => {
  it('into an empty browser: everything comes back', async () => {
    const src = await filled();
    const { content } = collectContent(src);
    const target = new MemoryStore();
    const plan = planRestore(target, content, NOW);
    expect(plan.added).toHaveLength(18);
    expect(applyRestore(target, plan).ok).toBe(true);
    expect(collectContent(target).content).toEqual(content);
    expect(describePlan(plan)[0]).toMatch(/18 documenten nieuw/);
  });

  it('into a browser with other data: both kept; same content skipped; same id with other content kept as a named copy', async () => {
    const src = await filled();
    const { content } = collectContent(src);
    const target = new MemoryStore();
    const mine = createEnvelope(reportCodec, reportFor('Eigen Persoon', '2026-05-01'));
    put(target, mine as Envelope<unknown>);
    const same = content.documents[0]!;
    put(target, same);
    const changed = content.documents.filter((d) => d.kind === 'verslag').at(-1)!;
    put(target, { ...changed, data: { ...(changed.data as object), place: 'Hier gewijzigd' } });
    target.setItem(MY_QUESTIONS_KEY, JSON.stringify([{ id: 'eigen-1', text: 'Mijn eigen vraag?' }]));

    const plan = planRestore(target, content, NOW);
    expect(plan.same).toBe(1);
    expect(plan.copies).toHaveLength(1);
    expect(plan.added).toHaveLength(16);
    expect(applyRestore(target, plan).ok).toBe(true);

    const after = collectContent(target).content;
    expect(after.documents).toHaveLength(19 + 1);
    expect(after.documents.some((d) => d.id === mine.id)).toBe(true);
    const kept = after.documents.find((d) => d.id === changed.id)!;
    expect((kept.data as { place: string }).place).toBe('Hier gewijzigd');
    const copy = after.documents.find((d) => d.name.endsWith(COPY_SUFFIX))!;
    expect(copy.id).not.toBe(changed.id);
    expect(copy.data).toEqual(changed.data);
    expect(after.myQuestions.map((q) => q.id)).toEqual(['eigen-1', 'sam-01']);
    expect(describePlan(plan).join(' ')).toMatch(/uit reservekopie/);
  });

  it('the same backup twice changes nothing the second time', async () => {
    const { content } = collectContent(await filled());
    const target = new MemoryStore();
    applyRestore(target, planRestore(target, content, NOW));
    const before = storageDigest(target);
    const again = planRestore(target, content, NOW);
    expect(again.added.length + again.copies.length).toBe(0);
    expect(again.teamChanged).toBe(false);
    applyRestore(target, again);
    expect(storageDigest(target)).toBe(before);
    expect(describePlan(again).at(-1)).toMatch(/Er verandert niets/);
  });

  it('checklist: new statuses added, the newest change wins, and a copied report keeps its own ticks', async () => {
    const { content } = collectContent(await filled());
    const target = new MemoryStore();
    writeTeam(target, setCheck(emptyTeam(), 'r1', 'a1', { status: 'kept', note: 'Al gedaan' }, new Date('2026-12-01T00:00:00Z')));
    applyRestore(target, planRestore(target, content, NOW));
    expect(readTeam(target).team.checks['r1:a1']).toMatchObject({ status: 'kept', note: 'Al gedaan' });
  });

  it('full storage halfway: nothing stays, and the message says so', async () => {
    const { content } = collectContent(await filled());
    const target = new MemoryStore(20_000);
    target.setItem(TEAM_KEY, JSON.stringify({ version: 1, people: [], checks: {} }));
    const before = storageDigest(target);
    const r = applyRestore(target, planRestore(target, content, NOW));
    expect(r).toMatchObject({ ok: false, code: 'full', message: RESTORE_FULL });
    expect(storageDigest(target)).toBe(before);
    expect(target.length).toBe(1);
  });
});

describe('reminder', () => {
  it('only when something changed since the last backup and that is more than 14 days ago', async () => {
    const mem = new MemoryStore();
    expect(backupReminder(mem, NOW)).toBeNull();
    const env = { ...createEnvelope(employeeCodec, undefined, new Date('2026-11-25T00:00:00Z')) };
    put(mem, env as Envelope<unknown>);
    expect(backupReminder(mem, NOW)).toBeNull();
    expect(backupReminder(mem, new Date('2026-12-20T00:00:00Z'))).toEqual({ lastBackup: '' });
    markBackupMade(mem, new Date('2026-12-20T00:00:00Z'));
    expect(backupReminder(mem, new Date('2027-02-20T00:00:00Z'))).toBeNull();
    put(mem, { ...env, name: 'gewijzigd' } as Envelope<unknown>);
    expect(backupReminder(mem, new Date('2026-12-25T00:00:00Z'))).toBeNull();
    expect(backupReminder(mem, new Date('2027-01-10T00:00:00Z'))).toEqual({ lastBackup: '2026-12-20T00:00:00.000Z' });
  });
});

describe('after a restore into an empty browser', () => {
  it('the backup counts as the last one: no reminder right away, but one after new changes and two weeks', async () => {
    const { content } = collectContent(await filled());
    const target = new MemoryStore();
    expect(holdsNothing(target)).toBe(true);
    applyRestore(target, planRestore(target, content, NOW));
    expect(holdsNothing(target)).toBe(false);
    expect(backupReminder(target, new Date('2027-01-01T00:00:00Z'))).not.toBeNull(); // documents, never backed up here
    markRestoredFrom(target, '2026-11-20T08:00:00.000Z');
    expect(backupReminder(target, NOW)).toBeNull();
    writeTeam(target, emptyTeam());
    expect(backupReminder(target, new Date('2026-12-10T00:00:00Z'))).toEqual({ lastBackup: '2026-11-20T08:00:00.000Z' });
    markRestoredFrom(target, 'geen datum');
  });
});

describe('size and speed for six people and a year', () => {
  it('measures the file and the restore', async () => {
    const mem = await filled();
    const { content } = collectContent(mem);
    const plain = await makeBackupFile(content, NOW);
    const t0 = performance.now();
    const sealed = await makeBackupFile(content, NOW, 'een lange wachtwoordzin');
    const t1 = performance.now();
    const target = new MemoryStore();
    const opened = await roundTrip(sealed, 'een lange wachtwoordzin');
    if (!opened.ok) throw new Error(opened.message);
    applyRestore(target, planRestore(target, opened.value, NOW));
    const t2 = performance.now();
    console.log(`backup of ${SIX.length} people: ${content.documents.length} documents, ${plain.length} chars plain, ${sealed.length} chars encrypted; encrypt ${Math.round(t1 - t0)} ms, decrypt+check+restore ${Math.round(t2 - t1)} ms`);
    expect(plain.length).toBeLessThan(1_000_000);
    expect(collectContent(target).content.documents).toHaveLength(18);
  });
});
