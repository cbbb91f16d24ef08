/**
 * Precision of the checks on wire copy: idioms that are no correction, injured people who
 * died, rare names, clause rewrites and ages. Every text here is written for these tests
 * (fictional people and places).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { injuredWhoDied, statesDownwardRevision } from '../src/check/revision.js';
import { check } from '../src/index.js';
import type { Finding } from '../src/types.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');

/** A set folder with a manifest listing the versions in order, with their dates and times. */
function writeSet(files: Record<string, string>, when: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'factlint-prec-checks-')), 'story');
  roots.push(join(dir, '..'));
  mkdirSync(dir);
  const entries = Object.entries(when).map(([id, at]) => {
    const [date, time] = at.split(' ');
    return `  - id: ${id}\n    date: ${date}\n${time ? `    time: "${time}"\n` : ''}`;
  });
  writeFileSync(join(dir, 'factlint.set.yaml'), `version: 1\norder: listed\nversions:\n${entries.join('')}`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.txt`), text);
  return dir;
}

async function findings(dir: string): Promise<Finding[]> {
  const report = await check([dir], { rules: [CORE] });
  return report.sets[0]!.findings;
}

const brief = (fs: readonly Finding[], rule: string): Array<[string, string[]]> =>
  fs.filter((f) => f.rule === rule).map((f) => [f.type, f.versions]);

describe('an idiom is no correction', () => {
  it('a revision word must govern the figure or a count noun of its clause', () => {
    const s = 'At least 30 people were killed and 260 injured, officials said, as rescuers searched hamlets reduced to rubble.';
    expect(statesDownwardRevision(s, '260')).toBe(false);
    expect(statesDownwardRevision('Governor Ilse Marrow ordered flags lowered to half-staff after 12 people died.', '12')).toBe(false);
    expect(statesDownwardRevision('The fire killed 9 people and reduced the old mill to ashes.', '9')).toBe(false);
    expect(statesDownwardRevision('The 40 sheds were cut to pieces by the storm.', '40')).toBe(false);
    expect(statesDownwardRevision('Officials revised the toll to 8 after one victim was found alive.', '8')).toBe(true);
    expect(statesDownwardRevision('Police lowered the number of dead to 11 on Friday.', '11')).toBe(true);
    expect(statesDownwardRevision('The toll was revised down, and 17 people are now listed as dead.', '17')).toBe(true);
    expect(statesDownwardRevision('The bridge was reduced to a single lane, and 17 people died there last year.', '17')).toBe(false);
    expect(statesDownwardRevision('The death toll was revised down to 17, police said.', '17')).toBe(true);
    expect(statesDownwardRevision('The toll stood at 24, down from 31 reported on Monday.', '24')).toBe(true);
  });

  it('a next-day copy of an older story with "reduced to rubble" in its lede is stale, not a correction', async () => {
    const lede = (dead: string, hurt: string, tail: string): string =>
      `Quake in Vessaria kills ${dead}\n\nVESSAR (AP) — At least ${dead} people were killed and ${hurt} injured when an earthquake struck the hills of Vessaria before dawn, officials said${tail}.\n\nGovernor Teodor Blanc said rescue teams had reached every district.\n`;
    const dir = writeSet(
      {
        a: lede('12', '150', ''),
        b: lede('30', '260', ''),
        c: lede('38', '340', ''),
        d: lede('30', '260', ', as rescuers searched hamlets reduced to rubble'),
        e: lede('45', '340', ''),
      },
      { a: '2026-04-02 08:00', b: '2026-04-02 19:00', c: '2026-04-03 10:00', d: '2026-04-03 16:00', e: '2026-04-04 09:00' },
    );
    const fs = await findings(dir);
    expect(brief(fs, 'injured')).toEqual([['stale', ['d']], ['update', ['b']], ['update', ['c']]]);
  });
});

describe('injured who died', () => {
  const first =
    'Gunman kills 4 at Brenholt market\n\nBRENHOLT, Ohio (AP) — A gunman opened fire at a farmers market in Brenholt on Saturday, killing four people and wounding nine others, police said.\n\nPolice Chief Maura Kessling said the suspect was arrested at the scene.\n';
  const later = (news: string): string =>
    `Brenholt market shooting toll rises to 5\n\nBRENHOLT, Ohio (AP) — ${news} Police Chief Maura Kessling said the suspect was arrested at the scene.\n`;
  const when = { a: '2026-07-11 14:00', b: '2026-07-12 10:00' };

  it('reads how many injured people a version says died', () => {
    const cues = ['injured', 'wounded', 'hurt'];
    expect(injuredWhoDied(['Market shooting toll rises to five as wounded shopper dies'], cues)).toBe(1);
    expect(injuredWhoDied(['Two injured passengers died in hospital on Monday, officials said.'], cues)).toBe(2);
    expect(injuredWhoDied(['An elderly woman died of her injuries overnight.'], cues)).toBe(1);
    expect(injuredWhoDied(['Nine people were wounded and two died at the scene.'], cues)).toBe(0);
    expect(injuredWhoDied(['Eleven people were hurt, police said.'], cues)).toBe(0);
    // the toll's own cues: a toll never falls because people died
    expect(injuredWhoDied(['A man fatally wounded in the attack died on Monday.'], ['killed', 'fatally', 'died'])).toBe(0);
  });

  it('an injured count that fell by those who died is an update, not a contradiction', async () => {
    const dir = writeSet({ a: first, b: later('A man wounded in the shooting died in hospital on Sunday, police said. The toll now stands at five. Eight other people were wounded.') }, when);
    const fs = await findings(dir);
    expect(brief(fs, 'injured')).toEqual([['update', ['b']]]);
    expect(fs.find((f) => f.rule === 'injured')!.message).toMatch(/fell from 9 others \(a\) to 8 people \(b\)/);
  });

  it('stays a contradiction without a death among the injured, or when more left the count than died', async () => {
    const none = writeSet({ a: first, b: later('Police gave new figures on Sunday. The toll now stands at five. Eight other people were wounded.') }, when);
    expect(brief(await findings(none), 'injured')).toEqual([['contradiction', ['b']]]);
    const more = writeSet({ a: first, b: later('A man wounded in the shooting died in hospital on Sunday, police said. The toll now stands at five. Six other people were wounded.') }, when);
    expect(brief(await findings(more), 'injured')).toEqual([['contradiction', ['b']]]);
    const others = writeSet({ a: first, b: later('Nine people were wounded and one died in hospital on Sunday, police said. The toll now stands at five. Eight people remain wounded.') }, when);
    expect(brief(await findings(others), 'injured').map((f) => f[0])).not.toContain('update');
  });
});

describe('a name only one version gives', () => {
  const story = (list: string, extra: string): string =>
    `Mourners bid farewell to former Valdoran president\n\nCASTRELA, Valdora (AP) — Thousands of mourners lined the streets of Castrela on Friday for the state funeral of former President Anselmo Quirós.\n\nForeign guests included ${list}. Eleven heads of state attended, the Foreign Ministry said.\n\n${extra}Quirós died on Monday at 91.\n`;
  const full = 'Ostrian President Lena Varga, Meridan President Tomas Ekholm, Calvese Prime Minister Idris Falco and Norvan President Hedda Lunde';
  const when = { a: '2026-09-04 16:00', b: '2026-09-04 17:00', c: '2026-09-05 08:00' };

  it('is no loss of the other versions unless one of them has a near-copy of its sentence', async () => {
    const dir = writeSet(
      {
        a: story(full, 'Agents from the Coastal Bureau of Investigation guarded the route, and officers from Marvale helped. '),
        b: story('Ostrian President Lena Varga, Meridan President Tomas Ekholm and Norvan President Hedda Lunde', ''),
        c: story('leaders from a dozen countries, among them Lena Varga and Hedda Lunde, who sat beside the widow', ''),
      },
      when,
    );
    const folds = (await findings(dir)).filter((f) => f.members !== undefined && f.type === 'omission');
    const lacking = folds.flatMap((f) => f.members!.map((m) => `${f.versions.join()}:${m}`));
    // Idris Falco was cut from b's copy of the list: still reported for b, not for c's own list
    expect(lacking.filter((x) => x.includes('Idris Falco'))).toEqual(['b:Idris Falco']);
    // the bureau and Marvale only a names: no version is said to lack them
    expect(lacking.filter((x) => /Coastal Bureau|Marvale/.test(x))).toEqual([]);
  });
});

describe('a name cut from a sentence', () => {
  const when = { a: '2026-03-02 16:00', b: '2026-03-03 08:00' };
  const cuts = (fs: readonly Finding[]): string[] => fs.filter((f) => f.type === 'deleted-mention').map((f) => f.subject);

  it('a clause taken out in a rewrite is no name cut', async () => {
    const dir = writeSet(
      {
        a: 'Former Norvalian leader dies at 84\n\nHARSTEN (AP) — Former President Aldo Brenner died on Sunday at 84, his family said.\n\nHe led Norvalia from 1990 to 1996 and is survived by his wife, Elsa Brenner, two sons and five grandchildren.\n\nA state funeral will be held on Friday.\n',
        b: 'Former Norvalian leader dies at 84\n\nHARSTEN (AP) — Former President Aldo Brenner died on Sunday at 84, his family said. Brenner served as president from 1990 to 1996.\n\nHe is survived by his wife, Elsa Brenner, two sons and five grandchildren.\n\nA state funeral will be held on Friday.\n',
      },
      when,
    );
    expect(cuts(await findings(dir))).toEqual([]);
  });

  it('a place still named elsewhere in the version is not cut; a person is', async () => {
    const a =
      'Storm floods Vellmar valley\n\nVELLMAR (AP) — Floodwater cut off three villages on Monday. Rescuers from two provinces joined the search in Vellmar on Tuesday morning, police said.\n\n"The shelter is full and we need more blankets," said Oren Falk, a spokesman for the regional council.\n\nOren Falk said the council had opened a second shelter.\n';
    const b = a
      .replace('joined the search in Vellmar on Tuesday', 'joined the search on Tuesday')
      .replace('said Oren Falk, a spokesman', 'said , a spokesman');
    expect(cuts(await findings(writeSet({ a, b }, when)))).toEqual(['Oren Falk']);
  });
});

describe('a changed age across time', () => {
  const when = { a: '2026-10-01 18:00', b: '2026-10-01 21:00', c: '2026-10-02 09:00' };
  const story = (age: string, homes: string, boy: string): string =>
    `Driver held after Kelm bus crash\n\nKELM (AP) — Police charged the driver, Rolf Anders, ${age}, of nearby Tessin, with reckless driving on Wednesday, a police spokeswoman said.\n\nThe crash damaged ${homes} homes along the main road into Kelm, the mayor said on Wednesday.\n\nA ${boy}-year-old boy was pulled from the wreck by neighbours and taken to hospital in Tessin.\n`;
  const changed = (fs: readonly Finding[]): Array<[string, string[], string]> =>
    fs.filter((f) => f.rule === 'changed-fact').map((f) => [f.subject, f.versions, f.severity]);

  it('an age given another way in a later copy is a warning; a count that moved is left to the claim rules', async () => {
    const dir = writeSet({ a: story('34', '40', '9'), b: story('43', '60', '9'), c: story('34', '60', '7') }, when);
    const fs = await findings(dir);
    // the named driver's age is the `ages` rule's (it covers the changed figure of the same sentence)
    expect(fs.filter((f) => f.rule === 'ages').map((f) => [f.subject, f.versions, f.severity, f.type])).toEqual([['Rolf Anders', ['b'], 'warning', 'contradiction']]);
    expect(changed(fs)).toEqual([['9 → 7 (number)', ['c'], 'warning']]);
  });
});
