/**
 * prec22 (noise findings): which items a rewrite may drop without a dropped-fact finding (ages,
 * clock times, years, days named from the copy's own day, a date that only names the event, words
 * inside a quote, a name that qualifies a thing), which versions are rewrites of each other (one
 * wire line, or a declared copy of one version), cookie-consent banners as page furniture, and a
 * hedged round figure after the exact one as a rounding, not a rise. Fictional sentences in the
 * style of wire copy; near misses must still be reported.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyze } from '../src/analyze/index.js';
import { checkAlignment } from '../src/align/index.js';
import { rewriteRelation } from '../src/align/outlets.js';
import { check } from '../src/index.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { Doc, Finding } from '../src/types.js';
import { datedSets } from './helpers/dated-set.js';
import { tempSets } from './helpers/temp-set.js';
import { normalizedVersion } from './helpers/version-claims.js';

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');
const doc = (id: string, paragraphs: readonly string[]): Doc => analyze(plainVersion(id, paragraphs.join('\n\n') + '\n'));

/** What the later version `b` dropped from `a` (the subjects of its dropped-fact findings). */
function dropped(a: readonly string[], b: readonly string[]): string[] {
  const older = (x: string, y: string): boolean => x < y;
  return checkAlignment([doc('a', a), doc('b', b)], { older })
    .findings.filter((f: Finding) => f.rule === 'dropped-fact' && f.versions.includes('b'))
    .map((f) => f.subject);
}

// A river flood in a fictional country: the later copy rewords every sentence (a rewrite).
const A = [
  'Floodwaters from the swollen Varna river swept through the town of Oskel on Sunday, officials in Drevania said.',
  'Emergency crews used boats to reach families stranded on rooftops across the lower town.',
  'The regional governor said the army had been asked to help shore up embankments further downstream.',
  'Forecasters warned that more heavy rain was expected across the valley over the next two days.',
];
const B = [
  'Floodwaters from the Varna river swept through the town of Oskel on Sunday, Drevanian officials said.',
  'Emergency crews in boats reached families stranded on rooftops in the lower town.',
  'The army was asked to help shore up embankments downstream, the regional governor said.',
  'More heavy rain was expected across the valley over the next two days, forecasters warned.',
];const story = (base: readonly string[], middle: readonly string[]): string[] => [base[0]!, base[1]!, ...middle, base[2]!, base[3]!];

describe('dropped-fact: details and background a rewrite may reword', () => {
  it('an age is no count: "a 9-year-old boy" -> "a young boy"', () => {
    const before = story(A, ['Volunteers pulled a 9-year-old boy from the water near the old mill after he clung to a tree for hours.']);
    const after = story(B, ['Volunteers rescued a young boy near the old mill who had clung to a tree in the water for hours.']);
    expect(dropped(before, after)).toEqual([]);
  });

  it('near miss: a count the rewrite blurs is still reported ("More than 60 houses" -> "Dozens of houses")', () => {
    const before = story(A, ['More than 60 houses in the lower town were flooded to the first floor, the mayor\'s office said.']);
    const after = story(B, ['Water reached the first floor of dozens of homes in the lower part of Oskel, according to the mayor\'s office.']);
    expect(dropped(before, after)).toEqual(['60']);
  });

  it('near miss: a pledged amount blurred to "thousands" is still reported', () => {
    const before = story(A, ['The interior ministry promised 2,500 camp beds and blankets for families forced from their homes.']);
    const after = story(B, ['Families forced from their homes will get thousands of camp beds and blankets, the interior ministry pledged.']);
    expect(dropped(before, after)).toEqual(['2,500']);
  });

  it('near miss: the age of a named victim stays a fact ("a 68-year-old farmer, Tomas Brel")', () => {
    const before = story(A, ['The man who drowned was a 68-year-old farmer, Tomas Brel, who had tried to move his cattle to higher ground.']);
    const after = story(B, ['A farmer, Tomas Brel, drowned trying to get his cattle up to higher ground.']);
    expect(dropped(before, after)).toEqual(['68']);
  });

  it('near miss: an exact year of the background stays a fact ("since 2011")', () => {
    const before = story(A, ['Oskel had not been flooded since 2011, when the river broke through the old embankment at the mill.']);
    const after = story(B, ['Oskel had not seen a flood in years, since the river broke through the old embankment at the mill.']);
    expect(dropped(before, after)).toEqual(['2011']);
  });

  it('a clock time, a decade and a day named from the copy\'s own day are no dropped facts', () => {
    const before = story(A, [
      'The water level at the Oskel gauge peaked at 3 p.m. today, the highest since the great floods of the 1970s.',
    ]);
    const after = story(B, ['The Oskel gauge recorded its highest water level in decades.']);
    expect(dropped(before, after)).toEqual([]);
  });

  it('near miss: a time to the minute is measured, a fact ("broke through at 4:35 a.m.")', () => {
    const before = story(A, ['The embankment at the old mill broke through at 4:35 a.m., sending water into the lower town, the fire service said.']);
    const after = story(B, ['Water poured into the lower town when the embankment at the old mill gave way, the fire service said.']);
    expect(dropped(before, after)).toEqual(['4:35 a.m.']);
  });

  it('a date that only names the event ("Saturday\'s storm") is not dropped with the possessive', () => {
    const before = story(A, ["Officials said Saturday's storm had also washed away two footbridges and a stretch of the main road."]);
    const after = story(B, ['The storm also swept away two footbridges and part of the main road, officials said.']);
    expect(dropped(before, after)).toEqual([]);
  });

  it('near miss: a day of a plan the rewrite leaves out is still reported', () => {
    const before = story(A, ['Schools in Oskel will stay closed until Thursday while engineers check the buildings for damage.']);
    const after = story(B, ['Engineers are to inspect the buildings for damage, and Oskel schools will remain shut for now.']);
    expect(dropped(before, after)).toEqual(['Thursday']);
  });

  it('a day or a name inside a quotation is the speaker\'s wording', () => {
    const before = story(A, ['"Without the Halvorsen brothers and their tractors we would have lost the whole street today," a resident said.']);
    const after = story(B, ['A resident said neighbours with tractors had saved the whole street.']);
    expect(dropped(before, after)).toEqual([]);
  });

  it('near miss: a person named outside the quote is still reported', () => {
    const before = story(A, ['"We have never seen the river rise this fast," said Mayor Ilse Varga, who toured the flooded streets by boat.']);
    const after = story(B, ['The mayor, touring flooded streets in a boat, said residents had never seen the river rise so quickly.']);
    expect(dropped(before, after)).toEqual(['Ilse Varga']);
  });

  it('a name that qualifies a thing ("the Keldorn water treaty") is no person or place dropped', () => {
    const before = story(A, ['Drevania and its neighbour share the river under the Keldorn water treaty, which sets how much water each side may release.']);
    const after = story(B, ['Under a water treaty, Drevania and its neighbour agree how much river water each side may let through.']);
    expect(dropped(before, after)).toEqual([]);
  });
});

describe('dropped-fact: which versions are rewrites of each other', () => {
  const related = rewriteRelation([
    { id: 'w1', source: 'AP', text: '' },
    { id: 'w2', source: 'Reuters', text: '' },
    { id: 'w3', source: 'AP', text: '' },
    { id: 'w4', source: 'city portal (rewrite of w3)', text: '' },
    { id: 'w5', source: 'Harbour Gazette (AP)', text: '' },
    { id: 'w6', source: null, text: 'OSKEL, Drevania (Reuters) - The river burst its banks.' },
    { id: 'w7', source: null, text: 'The river burst its banks.' },
  ]);

  it('two wire lines are no rewrites of each other; one line is', () => {
    expect(related('w1', 'w2')).toBe(false);
    expect(related('w1', 'w3')).toBe(true);
    expect(related('w1', 'w5')).toBe(true);
    expect(related('w1', 'w6')).toBe(false);
    expect(related('w2', 'w6')).toBe(true);
  });

  it('a declared copy is held to the version it copies only; a copy of unknown line to any', () => {
    expect(related('w3', 'w4')).toBe(true);
    expect(related('w1', 'w4')).toBe(false);
    expect(related('w2', 'w4')).toBe(false);
    expect(related('w4', 'w3')).toBe(true);
    expect(related('w2', 'w7')).toBe(true);
    expect(related('w7', 'w1')).toBe(true);
  });

  const sets = tempSets();
  afterAll(() => sets.cleanup());
  const before = story(A, ['More than 60 houses in the lower town were flooded to the first floor, the mayor\'s office said.']);
  const after = story(B, ['Water reached the first floor of dozens of homes in the lower part of Oskel, according to the mayor\'s office.']);
  const manifest = (second: string): string =>
    `version: 1\norder: listed\nversions:\n  - id: f1\n    date: 2026-05-03\n    source: AP\n  - id: f2\n    date: 2026-05-04\n    source: ${second}\n`;
  const droppedIn = async (second: string): Promise<string[]> => {
    const dir = sets.write({ 'f1.txt': before.join('\n\n') + '\n', 'f2.txt': after.join('\n\n') + '\n' }, manifest(second));
    const report = await check([dir], { rules: [CORE] });
    return (report.sets[0]?.findings ?? []).filter((f) => f.rule === 'dropped-fact').map((f) => f.subject);
  };

  it('another wire service\'s own story lacks nothing it never had', async () => {
    expect(await droppedIn('Reuters')).toEqual([]);
  });

  it('near miss: a declared rewrite of the version that blurs its count is reported', async () => {
    expect(await droppedIn('news portal (rewrite of f1)')).toEqual(['60']);
  });
});

describe('cookie-consent banners are page furniture', () => {
  const STORY = 'OSKEL, Drevania (Reuters) - Floodwaters swept through the town of Oskel on Sunday, officials said.';
  const types = (text: string): string[] => normalizedVersion(text).notices.map((n) => n.type);
  const kept = (text: string): string => normalizedVersion(text).text;

  it('a banner heading, its text and its buttons are removed, and no paragraph is read as cut off', () => {
    const banner = [
      'Your privacy choices',
      'We and our 87 advertising partners use cookies and similar technologies to measure audiences. By clicking "Agree" you consent to the use of cookies on this device. Customise settings | Agree',
      '',
      STORY,
    ].join('\n');
    expect(types(banner)).toContain('boilerplate');
    expect(types(banner)).not.toContain('truncation');
    expect(kept(banner)).not.toContain('cookies');
    expect(kept(banner)).not.toContain('Agree');
  });

  it('other wordings: "This site uses cookies", a row of buttons', () => {
    const banner = ['This site uses cookies.', 'We use cookies to improve your experience. By continuing to browse, you agree to our cookie policy.', 'Accept all | Reject all | Cookie settings', '', STORY].join('\n');
    expect(kept(banner).trim()).toBe(STORY);
    expect(types(banner)).not.toContain('truncation');
  });

  it('near miss: a story sentence about cookies keeps its line', () => {
    const text = [STORY, '', 'The data regulator said websites must let users reject all cookies as easily as they accept them.'].join('\n');
    expect(kept(text)).toContain('reject all cookies');
    expect(types(text)).not.toContain('boilerplate');
  });

  it('near miss: a paragraph really cut off mid-sentence is still a truncation', () => {
    const text = [STORY, '', 'Engineers said the old stone bridge at the edge of the town had been closed to traffic because'].join('\n');
    expect(types(text)).toContain('truncation');
  });
});

describe('over time: a hedged round figure after the exact one is a rounding, not a rise', () => {
  const sets = datedSets();
  afterAll(() => sets.cleanup());
  const toll = (text: string): string => `${text}\n\nOSKEL, Drevania (Reuters) - Rescuers searched flooded villages along the Varna river on Monday, officials said.\n`;

  it('"nearly 90" after 87: a rounding (info), and the next update is from 87', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-05-03', toll('Drevania flood toll rises to 87 as rescuers reach cut-off villages')],
        b: ['2026-05-04', toll('Nearly 90 dead in Drevania floods as rain eases')],
        c: ['2026-05-05', toll('Drevania flood toll rises to 104 as more bodies are found')],
      },
      'death-toll',
    );
    const rounding = findings.filter((f) => f.type === 'qualifier-change');
    expect(rounding.map((f) => [f.severity, f.versions])).toEqual([['info', ['b']]]);
    expect(rounding[0]?.message).toContain('less precise');
    const updates = findings.filter((f) => f.type === 'update').map((f) => f.message);
    expect(updates.some((m) => m.includes('to nearly 90'))).toBe(false);
    expect(updates.some((m) => m.includes('from 87 (a) to 104 (c)'))).toBe(true);
  });

  it('near miss: a rise stated with a hedge ("rose to more than 90" after 87) is an update', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-05-03', toll('Drevania flood toll rises to 87 as rescuers reach cut-off villages')],
        b: ['2026-05-04', toll('Drevania flood toll rises to more than 90 as rain eases')],
      },
      'death-toll',
    );
    expect(findings.map((f) => f.type)).toEqual(['update']);
  });

  it('near miss: "climbs to nearly 90" states the rise: an update', async () => {
    const findings = await sets.findings(
      {
        a: ['2026-05-03', toll('Drevania flood toll rises to 87 as rescuers reach cut-off villages')],
        b: ['2026-05-04', toll('Drevania flood toll climbs to nearly 90 as rain eases')],
      },
      'death-toll',
    );
    expect(findings.map((f) => f.type)).toEqual(['update']);
  });
});
