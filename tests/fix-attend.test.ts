/**
 * Attendance across versions: a person one version says stayed away and another lists as taking
 * part (a contradiction, or a change of plan), stand-ins as participants, a surname used alone in a
 * list of names, and a country read by its people's name ("the Merovian embassy") that is no person.
 *
 * Sentences written for these tests: a fictional state memorial in a fictional country (Norvale,
 * capital Astrel), fictional neighbours and people, wire style.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { extractClaims } from '../src/extract/claims.js';
import { attendanceOf } from '../src/extract/people.js';
import { kindOf } from '../src/kinds/index.js';
import { findPeople } from '../src/read/people.js';
import { parseRuleFile } from '../src/rules/index.js';
import { check } from '../src/index.js';
import { normalizedVersion } from './helpers/version-claims.js';
import { datedSets } from './helpers/dated-set.js';
import { tempSets } from './helpers/temp-set.js';
import type { Doc, Finding, Rule } from '../src/types.js';

const CORE = 'rules/news-core.yaml';
const RULES: readonly Rule[] = parseRuleFile(readFileSync(CORE, 'utf8'), CORE).ruleSet?.rules ?? [];
const PARTICIPANTS = RULES.find((r) => r.id === 'participants') as Rule;

/** The values of `ruleId` per version (names), read as a set. */
function setValues(ruleId: string, texts: Record<string, string>): Record<string, string[]> {
  const docs = new Map<string, Doc>(Object.entries(texts).map(([id, text]) => [id, analyze(normalizedVersion(text, id))]));
  const versions = [...docs.keys()].map((id) => ({ id, date: '2031-03-04' }));
  const table = extractClaims(RULES, versions, docs, '2031-03-04', kindOf);
  const out: Record<string, string[]> = {};
  for (const [version, values] of table.get(ruleId) ?? []) out[version] = [...new Set(values.map((v) => String(v.value)))];
  return out;
}

const participants = (text: string): string[] => setValues('participants', { a: text })['a'] ?? [];

/** The people a one-version text says took no part, with "plan" for an absence said as a plan. */
function absent(text: string): string[] {
  const reading = attendanceOf(analyze(normalizedVersion(text)), PARTICIPANTS);
  return reading.absent.map((a) => `${String(a.value.value)}${a.plan ? ' (plan)' : ''}`);
}

const sets = datedSets();
const manifests = tempSets();
afterAll(() => {
  sets.cleanup();
  manifests.cleanup();
});

const LEAD = 'ASTREL, Norvale (AP) — Leaders from 30 countries gathered in Astrel for the state memorial for former Chancellor Edvin Lauritz.';

describe('absences read from the wording', () => {
  it('"stayed home", "was represented by", "sent X in his place", "cancelled her trip": the person took no part', () => {
    expect(absent('Merovia was represented by Vice President Tomasz Ferenc after President Danica Holm stayed home to deal with floods.')).toEqual(['Danica Holm']);
    expect(absent('Estvian Prime Minister Aurel Stanek stayed away and sent Foreign Minister Ilse Brandt in his place.')).toEqual(['Aurel Stanek']);
    expect(absent('President Danica Holm was represented by Vice President Tomasz Ferenc.')).toEqual(['Danica Holm']);
    expect(absent('Prime Minister Aurel Stanek cancelled his trip to Astrel at the last minute, his office said.')).toEqual(['Aurel Stanek']);
    expect(absent('Foreign Minister Ilse Brandt laid a wreath on behalf of President Danica Holm.')).toEqual(['Danica Holm']);
  });

  it('an absence said as a plan is marked so ("will not attend")', () => {
    expect(absent('Merovian President Danica Holm will not attend the memorial, her office said on Monday.')).toEqual(['Danica Holm (plan)']);
  });

  it('the stand-in is a participant, the one who stayed away is not', () => {
    expect(participants('Merovia was represented by Vice President Tomasz Ferenc after President Danica Holm stayed home to deal with floods.')).toEqual([
      'Tomasz Ferenc',
    ]);
    expect(participants('Merovia, the old rival, was represented by its vice president, Tomasz Ferenc.')).toEqual(['Tomasz Ferenc']);
    expect(participants('Prime Minister Aurel Stanek stayed away and sent Foreign Minister Ilse Brandt in his place.')).toEqual(['Ilse Brandt']);
  });

  it('near miss: a rescue, a race, a lawyer and an errand are no absence from the event and name no stand-in', () => {
    expect(absent('Miner Oskar Drell was pulled out alive from the collapsed shaft on Tuesday.')).toEqual([]);
    expect(absent('Senator Ines Marko pulled out of the leadership race last year.')).toEqual([]);
    expect(participants('The Lauritz family is represented by lawyer Petra Vand, who asked for privacy.')).toEqual([]);
    expect(participants('The ministry sent spokesman Karel Amsel to brief reporters on the arrangements.')).toEqual([]);
  });
});

/** A set with a manifest: versions as id -> [date, time, text], in order. */
async function manifestFindings(files: Record<string, readonly [string, string, string]>, rule: string): Promise<Finding[]> {
  const texts = Object.fromEntries(Object.entries(files).map(([id, [, , text]]) => [`${id}.txt`, text]));
  const manifest = [
    'version: 1',
    'order: listed',
    'versions:',
    ...Object.entries(files).flatMap(([id, [date, time]]) => [`  - id: ${id}`, `    date: ${date}`, `    time: "${time}"`]),
  ].join('\n');
  const report = await check([manifests.write(texts, `${manifest}\n`)], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === rule);
}

const STAYED = `${LEAD}\n\nEstvian President Ada Korhonen and Lorvish Prime Minister Lukas Brenner sat in the front row. Merovia was represented by Vice President Tomasz Ferenc after President Danica Holm stayed home to deal with floods in the north.\n`;
const LISTED = `${LEAD}\n\nAmong the dignitaries were Estvian President Ada Korhonen, Lorvish Prime Minister Lukas Brenner and Merovian President Danica Holm, whose presence was welcomed by the crowd.\n`;

describe('absent in one version, taking part in another', () => {
  it('a later version listing a person an earlier one said stayed home is a contradiction (warning)', async () => {
    const found = await manifestFindings({ a: ['2031-03-04', '15:00', STAYED], b: ['2031-03-05', '09:00', LISTED] }, 'participants');
    const c = found.filter((f) => f.type === 'contradiction');
    expect(c.map((f) => [f.subject, f.severity, f.versions])).toEqual([['Danica Holm', 'warning', ['b']]]);
    expect(c[0]?.message).toContain('a says Danica Holm did not take part');
    // the version saying she stayed home lacks nothing
    expect(found.some((f) => f.type === 'omission' && f.subject === 'Danica Holm')).toBe(false);
  });

  it('with the order unknown (file names) the contradiction says so', async () => {
    const texts = { 'a.txt': STAYED, 'b.txt': LISTED };
    const report = await check([manifests.write(texts)], { rules: [CORE] });
    const c = (report.sets[0]?.findings ?? []).filter((f) => f.rule === 'participants' && f.type === 'contradiction');
    expect(c.map((f) => f.subject)).toEqual(['Danica Holm']);
    expect(c[0]?.message).toContain('order of the versions is unknown');
  });

  it('near miss: a later version that states the change of plan ("flew in on Tuesday after all") is an info update, no warning', async () => {
    const later = `${LEAD}\n\nMerovian President Danica Holm, who had stayed home to deal with floods, flew in on Tuesday after all and joined the leaders in the front row.\n`;
    const found = await manifestFindings({ a: ['2031-03-04', '15:00', STAYED], b: ['2031-03-05', '09:00', later] }, 'participants');
    expect(found.filter((f) => f.subject === 'Danica Holm').map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('near miss: an earlier version only expecting her (a plan) is no contradiction of the later "stayed home"', async () => {
    const preview = `${LEAD}\n\nMerovian President Danica Holm and Estvian President Ada Korhonen have confirmed they will attend, the foreign ministry said.\n`;
    const found = await manifestFindings({ a: ['2031-03-03', '17:00', preview], b: ['2031-03-04', '15:00', STAYED] }, 'participants');
    // the plan that changed is information (fix-p11), never a warning
    expect(found.filter((f) => f.subject === 'Danica Holm').map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('near miss: "will not attend" in a preview, then listed the next day: the plan changed (info), no warning', async () => {
    const preview = `${LEAD}\n\nMerovian President Danica Holm will not attend the memorial, her office said on Monday.\n`;
    const found = await manifestFindings({ a: ['2031-03-03', '17:00', preview], b: ['2031-03-05', '09:00', LISTED] }, 'participants');
    expect(found.filter((f) => f.subject === 'Danica Holm').map((f) => [f.type, f.severity])).toEqual([['update', 'info']]);
  });

  it('near miss: two people with the same surname are not one (the president stayed home, the foreign minister came)', async () => {
    const minister = `${LEAD}\n\nAmong the dignitaries were Estvian President Ada Korhonen, Lorvish Prime Minister Lukas Brenner and Merovian Foreign Minister Jonas Holm.\n`;
    const found = await sets.findings({ a: ['2031-03-04', STAYED], b: ['2031-03-05', minister] }, 'participants');
    expect(found.filter((f) => f.type === 'contradiction')).toEqual([]);
  });
});

describe('a surname alone in a list of names is the person the set names in full', () => {
  const full = `${LEAD}\n\nEstvian President Ada Korhonen and Lorvish Prime Minister Lukas Brenner sat in the front row at the memorial on Tuesday.\n`;

  it('"Korhonen and Brenner sat in the front row" names both: no omission', async () => {
    const short = `${LEAD}\n\nAt the memorial on Tuesday, Korhonen and Brenner sat in the front row with President Vera Lind.\n`;
    expect(setValues('participants', { a: full, b: short })['b']).toEqual(['Ada Korhonen', 'Lukas Brenner', 'Vera Lind']);
    const found = await sets.findings({ a: ['2031-03-04', full], b: ['2031-03-04', short] }, 'participants');
    // (President Vera Lind, whom only b names, is another matter)
    expect(found.filter((f) => f.type === 'omission' && f.subject !== 'Vera Lind')).toEqual([]);
  });

  it('near miss: a surname two people of the set share stays unresolved', () => {
    const two = `${LEAD}\n\nEstvian President Ada Korhonen, Defence Minister Mikko Korhonen and Lorvish Prime Minister Lukas Brenner sat in the front row.\n`;
    const short = `${LEAD}\n\nAt the memorial on Tuesday, Korhonen and Brenner sat in the front row with President Vera Lind.\n`;
    const read = setValues('participants', { a: two, b: short })['b'] ?? [];
    expect(read).toContain('Lukas Brenner');
    expect(read).not.toContain('Ada Korhonen');
    expect(read).not.toContain('Mikko Korhonen');
  });

  it('near miss: a surname used once on its own, in no list, is not read as the person', () => {
    const court = 'Judge Lukas Brenner opened the hearing on Tuesday in Astrel.';
    const alone = 'The hearing opened on Tuesday in Astrel. Brenner asked the prosecutors to speed up the case.';
    expect(setValues('people-named', { a: court, b: alone })['b']).toEqual([]);
  });
});

describe('a country read by its people\'s name is no person', () => {
  it('"Merovia was represented by …" next to "the Merovian embassy": Merovia is no person', () => {
    const text =
      'Merovia was represented by its vice president, Tomasz Ferenc. The Merovian embassy said President Danica Holm had to attend a vote in parliament. Merovia had not sent its president to a funeral in Norvale since 1998.';
    const names = findPeople(analyze(normalizedVersion(text))).map((m) => m.name);
    expect(names).not.toContain('Merovia');
    expect(names).toContain('Tomasz Ferenc');
    expect(participants(text)).toEqual(['Tomasz Ferenc']);
  });

  it('near miss: a surname next to a demonym made by adding to a whole word ("Chin", "Chinese") stays a person', () => {
    const text =
      'Chin said the talks on the memorial would resume on Friday. Chin told reporters that the delegations had agreed on the order of speakers. Chinese officials declined to comment.';
    expect(findPeople(analyze(normalizedVersion(text))).map((m) => m.name)).toContain('Chin');
  });
});
