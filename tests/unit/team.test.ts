/**
 * The team page's logic: people from the names in documents (and the owner's add, rename, merge,
 * archive), report statuses from signing.ts, follow-up and due dates, the agreement checklist
 * and how the next report's look-back takes it over, and planning a round.
 */
import { describe, expect, it } from 'vitest';
import { createEnvelope } from '../../src/lib/documents/envelope.ts';
import { unfold } from '../../src/lib/calendar/ics.ts';
import { reportCodec, type Report } from '../../src/lib/report/codec.ts';
import { lookBackFromReport } from '../../src/lib/report/prefill.ts';
import { createDocumentStore, requestedDocId } from '../../src/lib/stores/documents.ts';
import { MemoryStore } from '../../src/lib/stores/storage.ts';
import { addPerson, carriedStatuses, emptyTeam, mergePeople, parseTeam, readTeam, renamePerson, setArchived, setCheck, writeTeam, type TeamData } from '../../src/lib/team/data.ts';
import { buildOverview, derivedPersonId, documentHref, reportStatus, type TeamDocInput } from '../../src/lib/team/overview.ts';
import { mondayOf, planRound, roundIcs, roundProblem, type RoundInput } from '../../src/lib/team/round.ts';
import { TEAM_DAMAGED_KEY, TEAM_KEY } from '../../src/lib/stores/keys.ts';
import { $team, changeTeam, loadTeam } from '../../src/lib/stores/team.ts';
import { reportFor, signedBy } from '../fixtures/team.ts';

const reportDoc = async (id: string, r: Report): Promise<TeamDocInput> => ({
  kind: 'verslag', id, name: reportCodec.nameOf(r), updatedAt: '2026-03-01T10:00:00Z', personName: r.employeeName, talkDate: r.talkDate, report: r, status: await reportStatus(r),
});
const sheetDoc = (id: string, personName: string, talkDate = ''): TeamDocInput => ({ kind: 'voorbereiding-medewerker', id, name: personName, updatedAt: '2026-02-01T10:00:00Z', personName, talkDate });

describe('report status (from signing.ts)', () => {
  it('draft, signed by one, signed by both, changed after signing', async () => {
    const r = reportFor('Zoë', '2026-03-01');
    expect(await reportStatus(r)).toBe('draft');
    expect(await reportStatus(await signedBy(r, ['manager']))).toBe('signedOne');
    const both = await signedBy(r, ['manager', 'employee']);
    expect(await reportStatus(both)).toBe('signedBoth');
    expect(await reportStatus({ ...both, place: 'later gewijzigd' })).toBe('broken');
  });
});

describe('overview', () => {
  it('groups documents by name (case, spaces and Unicode forms do not matter), newest report first', async () => {
    const docs = [
      await reportDoc('r-old', await signedBy(reportFor('Zoë Wiśniewska', '2025-03-01'), ['manager', 'employee'])),
      await reportDoc('r-new', await signedBy(reportFor('zoë  wiśniewska', '2026-03-01'), ['manager'])),
      sheetDoc('s1', 'Zoe\u0308 Wiśniewska'),
      await reportDoc('r-jan', reportFor('Jan', '2026-02-01')),
      sheetDoc('s2', ''),
    ];
    const o = buildOverview(docs, emptyTeam(), '2026-03-10');
    expect(o.people.map((p) => p.name)).toEqual(['Jan', 'zoë  wiśniewska'.replace(/\s+/g, ' ')]);
    const zoe = o.people[1]!;
    expect(zoe.docs.map((d) => d.id)).toEqual(['r-new', 's1', 'r-old']);
    expect(zoe.lastReport?.id).toBe('r-new');
    expect(zoe.lastReport?.status).toBe('signedOne');
    expect(zoe.nextTalk).toBe('2027-02-28');
    expect(zoe.checkIn).toBe('2026-04-12');
    expect(zoe.agreementsFrom?.id).toBe('r-new');
    expect(zoe.agreements).toHaveLength(3);
    expect(o.people[0]!.agreements).toEqual([]); // a draft: nothing to tick off yet
    expect(o.unnamed.map((d) => d.id)).toEqual(['s2']);
    expect(documentHref('verslag', 'r-new')).toBe('/verslag/?doc=r-new');
    expect(documentHref('voorbereiding-leidinggevende', 'x')).toBe('/voorbereiden/leidinggevende/?doc=x');
  });

  it('due and overdue in the coming weeks, across the team; done agreements and archived people left out', async () => {
    const a = await signedBy(reportFor('Ayşe', '2026-01-10'), ['manager', 'employee']);
    const b = await signedBy(reportFor('Bram', '2026-02-20'), ['manager', 'employee']);
    let team = setCheck(emptyTeam(), 'ra', 'a1', { status: 'kept', note: '' });
    const docs = [await reportDoc('ra', a), await reportDoc('rb', b)];
    const o = buildOverview(docs, team, '2026-03-15', { weeks: 5 });
    expect(o.due.map((d) => [d.personName, d.kind, d.date, d.overdue])).toEqual([
      ['Ayşe', 'checkIn', '2026-02-21', true],
      ['Bram', 'checkIn', '2026-04-03', false],
      ['Bram', 'agreement', '2026-04-17', false],
    ]);
    team = setArchived(team, derivedPersonId('Bram'), 'Bram', true);
    const o2 = buildOverview(docs, team, '2026-03-15', { weeks: 5 });
    expect(o2.due.every((d) => d.personName === 'Ayşe')).toBe(true);
    expect(o2.archived.map((p) => p.name)).toEqual(['Bram']);
  });

  it('add, rename, merge and archive people', async () => {
    const docs = [await reportDoc('r1', reportFor('Jan Peeters', '2026-01-01')), sheetDoc('s1', 'J. Peeters'), sheetDoc('s2', 'Sara')];
    let team: TeamData = emptyTeam();
    const added = addPerson(team, '  Nieuwe   Collega ');
    expect(added.ok).toBe(true);
    team = added.ok ? added.value : team;
    expect(addPerson(team, 'nieuwe collega')).toMatchObject({ ok: false });
    expect(addPerson(team, 'Sara', ['Sara'])).toMatchObject({ ok: false });
    expect(addPerson(team, '   ')).toMatchObject({ ok: false });
    let o = buildOverview(docs, team, '2026-03-01');
    expect(o.people.map((p) => p.name)).toEqual(['J. Peeters', 'Jan Peeters', 'Nieuwe Collega', 'Sara']);

    const jp = o.people.find((p) => p.name === 'J. Peeters')!;
    const jan = o.people.find((p) => p.name === 'Jan Peeters')!;
    team = mergePeople(team, jp, jan);
    o = buildOverview(docs, team, '2026-03-01');
    expect(o.people.map((p) => p.name)).toEqual(['Jan Peeters', 'Nieuwe Collega', 'Sara']);
    expect(o.people[0]!.docs.map((d) => d.id).sort()).toEqual(['r1', 's1']);

    const renamed = renamePerson(team, o.people[0]!.id, 'Jan Peeters', 'Jan P.');
    team = renamed.ok ? renamed.value : team;
    o = buildOverview(docs, team, '2026-03-01');
    expect(o.people[0]!.name).toBe('Jan P.');
    expect(o.people[0]!.docs).toHaveLength(2);

    team = setArchived(team, o.people.find((p) => p.name === 'Sara')!.id, 'Sara', true);
    o = buildOverview(docs, team, '2026-03-01');
    expect(o.people.map((p) => p.name)).toEqual(['Jan P.', 'Nieuwe Collega']);
    expect(o.archived[0]!.docs).toHaveLength(1);
    expect(parseTeam(JSON.parse(JSON.stringify({ version: 1, ...team }))).ok).toBe(true);
  });
});

describe('team store (nanostores)', () => {
  it('loads, changes only after a successful write, and says when storage is full', () => {
    const mem = new MemoryStore();
    loadTeam(mem);
    expect($team.get()).toEqual(emptyTeam());
    const r = changeTeam((t) => setCheck(t, 'r', 'a', { status: 'kept', note: '' }));
    expect(r.ok).toBe(true);
    expect(readTeam(mem).team.checks['r:a']?.status).toBe('kept');
    const full = new MemoryStore(10);
    loadTeam(full);
    const before = $team.get();
    const f = changeTeam((t) => setCheck(t, 'r', 'b', { status: 'kept', note: '' }));
    expect(f).toMatchObject({ ok: false, message: expect.stringMatching(/geen ruimte/) });
    expect($team.get()).toBe(before);
  });
});

describe('team data in storage', () => {
  it('round trip; a damaged value is kept aside and reported', () => {
    const mem = new MemoryStore();
    const t = setCheck(emptyTeam(), 'r', 'a', { status: 'ongoing', note: 'Loopt' }, new Date('2026-01-01T00:00:00Z'));
    writeTeam(mem, t);
    expect(readTeam(mem)).toEqual({ team: t, problem: null });
    mem.setItem(TEAM_KEY, '{"version":1,"people":"nee"}');
    const r = readTeam(mem);
    expect(r.team).toEqual(emptyTeam());
    expect(r.problem).toMatch(/apart/);
    expect(mem.getItem(TEAM_DAMAGED_KEY)).toBe('{"version":1,"people":"nee"}');
  });

  it('full storage throws StorageFullError', () => {
    const mem = new MemoryStore(10);
    expect(() => writeTeam(mem, emptyTeam())).toThrow(/geen ruimte/);
  });
});

describe('checklist → next look-back', () => {
  it('takes over status and note; open becomes "not judged yet"; the signed report is not touched', async () => {
    const r = await signedBy(reportFor('Zoë', '2026-01-01'), ['manager', 'employee']);
    const frozen = JSON.stringify(r);
    let team = setCheck(emptyTeam(), 'r1', 'a1', { status: 'kept', note: 'Attest behaald' });
    team = setCheck(team, 'r1', 'a2', { status: 'ongoing', note: 'Nog twee lessen' });
    team = setCheck(team, 'r1', 'a3', { status: 'open', note: '' });
    team = setCheck(team, 'other', 'a1', { status: 'kept', note: 'niet van dit verslag' });
    const rows = lookBackFromReport(r, carriedStatuses(team, 'r1'));
    expect(rows.map((x) => [x.status, x.note])).toEqual([
      ['kept', 'Attest behaald'],
      ['ongoing', 'Nog twee lessen'],
      ['', ''],
    ]);
    expect(rows[0]!.agreement).toMatch(/^Afspraak 1/);
    expect(JSON.stringify(r)).toBe(frozen);
    expect(lookBackFromReport(r).every((x) => x.status === '')).toBe(true);
    expect(await reportStatus(r)).toBe('signedBoth');
  });
});

describe('open a document by id (?doc=)', () => {
  it('reads a safe id from the address', () => {
    expect(requestedDocId('?doc=abc123')).toBe('abc123');
    expect(requestedDocId('?x=1&doc=a-b_c')).toBe('a-b_c');
    expect(requestedDocId('?doc=../x')).toBeNull();
    expect(requestedDocId('')).toBeNull();
  });

  it('the store opens that document, not the last active one; an unknown id says so', () => {
    const mem = new MemoryStore();
    const first = createDocumentStore(reportCodec, { storage: { store: mem, mode: 'browser' } });
    first.load();
    first.createNew(reportFor('Eerste', '2026-01-01'));
    const firstId = first.$env.get().id;
    first.createNew(reportFor('Tweede', '2026-01-02'));
    const other = createDocumentStore(reportCodec, { storage: { store: mem, mode: 'browser' } });
    other.load(firstId);
    expect(other.$env.get().data.employeeName).toBe('Eerste');
    const third = createDocumentStore(reportCodec, { storage: { store: mem, mode: 'browser' } });
    third.load('bestaatniet');
    expect(third.$env.get().data.employeeName).toBe('Eerste');
    expect(third.$notices.get().map((n) => n.id)).toContain('not-found');
    expect(createEnvelope(reportCodec).id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('plan a round', () => {
  const input: RoundInput = { people: ['Zoë', 'Ayşe', 'Jan', 'Sara', 'Bram'], week: '2026-12-09', startTime: '09:00', durationMinutes: 60, pauseMinutes: 30, perDay: 2, place: 'Vergaderzaal', managerName: 'Jeroen', origin: 'https://voorbeeld.be' };

  it('a schedule from Monday, so many a day, with a pause', () => {
    expect(mondayOf('2026-12-09')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    const slots = planRound(input);
    expect(slots.map((s) => [s.person, s.date, s.startTime, s.endTime])).toEqual([
      ['Zoë', '2026-12-07', '09:00', '10:00'],
      ['Ayşe', '2026-12-07', '10:30', '11:30'],
      ['Jan', '2026-12-08', '09:00', '10:00'],
      ['Sara', '2026-12-08', '10:30', '11:30'],
      ['Bram', '2026-12-09', '09:00', '10:00'],
    ]);
    expect(slots[0]!.text).toContain('Dag Zoë,');
    expect(slots[0]!.text).toContain('https://voorbeeld.be/voorbereiden/medewerker/');
    expect(slots[0]!.sheetUrl).toBe('https://voorbeeld.be/voorbereiden/medewerker/');
  });

  it('one calendar file, one VEVENT per talk (RFC 5545)', () => {
    const ics = roundIcs(planRound(input), new Date('2026-11-30T12:00:00Z'));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const u = unfold(ics);
    expect(u).toContain('DTSTART;TZID=Europe/Brussels:20261207T103000');
    expect(new Set(u.match(/^UID:.*$/gm)).size).toBe(5);
    expect(u.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe(true);
  });

  it('with interim talks: one extra all-day VEVENT per person, a few weeks later', () => {
    const slots = planRound({ ...input, checkInWeeks: 6 });
    expect(slots[0]!.checkIn).toBe('2027-01-18');
    const u = unfold(roundIcs(slots, new Date('2026-11-30T12:00:00Z')));
    expect(u.match(/BEGIN:VEVENT/g)).toHaveLength(10);
    expect(new Set(u.match(/^UID:.*$/gm)).size).toBe(10);
    expect(u).toContain('DTSTART;VALUE=DATE:20270118');
    expect(u).toContain('SUMMARY:Tussentijds gesprek met Zoë');
    expect(planRound(input)[0]!.checkIn).toBe('');
  });

  it('says what is wrong', () => {
    expect(roundProblem({ ...input, people: [] })).toMatch(/minstens één/);
    expect(roundProblem({ ...input, people: [...input.people, 'Els'], perDay: 1 })).toMatch(/passen niet in één week/);
    expect(roundProblem({ ...input, startTime: '' })).toMatch(/uur/);
    expect(roundProblem({ ...input, startTime: '22:00', perDay: 3 })).toMatch(/één dag/);
    expect(planRound({ ...input, week: '' })).toEqual([]);
  });
});
