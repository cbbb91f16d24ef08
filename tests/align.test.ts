import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { alignSet, checkAlignment, findDeletedMentions, missingOpenings } from '../src/align/index.js';
import { syntheticArticleSet } from '../bench/synthetic.js';
import type { Doc, NormalizedVersion } from '../src/types.js';
import { plainVersion } from '../src/normalize/plain.js';
import { seedDoc as seed } from './helpers/seeds.js';

const version = (id: string, text: string): NormalizedVersion => plainVersion(id, text);
const doc = (id: string, paragraphs: string[]): Doc => analyze(version(id, paragraphs.join('\n\n') + '\n'));

const FIRE = [
  'A wildfire driven by strong winds swept through the hills above Cedar Falls on Tuesday, forcing thousands of residents to flee their homes.',
  'Fire Chief Laura Mendes said the blaze had destroyed 340 homes and damaged dozens of other buildings by Wednesday morning.',
  'Crews from Redding and Sacramento joined local firefighters as the flames jumped the highway near the old mill.',
  'Governor Tom Baxter declared a state of emergency for the county and asked the federal government for help.',
  'The National Weather Service warned that dry conditions and gusts of up to 60 mph would continue through the weekend.',
  'Evacuation centers at two high schools were filling up, and the Red Cross said it was sending more volunteers.',
  'Officials said the cause of the fire was under investigation, but a downed power line was being examined.',
  'Residents of Pine Hollow were told to be ready to leave at short notice if the wind shifted to the north.',
];

const subjects = (docs: Doc[]): string[] => findDeletedMentions(docs).map((f) => f.subject).sort();

describe('alignSet', () => {
  it('aligns reordered paragraphs and a missing paragraph to the reference', () => {
    const a = doc('a', FIRE);
    const b = doc('b', [FIRE[3]!, FIRE[0]!, FIRE[1]!, FIRE[5]!, FIRE[4]!, FIRE[6]!, FIRE[7]!]);
    const al = alignSet([a, b]);
    expect(al.reference).toBe('a');
    // Sentence 0 of b is sentence 3 of a.
    expect(al.groupOf.b?.[0]).toBe(al.groupOf.a?.[3]);
    expect(al.groupOf.b?.[1]).toBe(al.groupOf.a?.[0]);
    expect(al.matches).toHaveLength(7);
    expect(al.matches.every((m) => m.similarity === 1)).toBe(true);
  });

  it('groups sentences missing from the reference with each other', () => {
    const extra = 'Two firefighters were treated for smoke inhalation at a hospital in Chico and released on Thursday.';
    const a = doc('a', [...FIRE, 'A longer closing paragraph that only the reference has, about the long history of fires in the region and the cost of them.']);
    const b = doc('b', [...FIRE.slice(0, 4), extra]);
    const c = doc('c', [...FIRE.slice(0, 3), extra]);
    const al = alignSet([a, b, c]);
    const gb = al.groupOf.b?.[4];
    expect(gb).toBeDefined();
    expect(al.groupOf.c?.[3]).toBe(gb);
    expect(al.groups[gb!]?.members.map((m) => m.version)).toEqual(['b', 'c']);
  });

  it('stays linear: the synthetic set aligns every shifted sentence to its original', () => {
    const set = syntheticArticleSet(6, 40);
    const docs = set.map((v) => analyze(version(v.id, v.text)));
    const al = alignSet(docs, 'v000');
    for (const d of docs.slice(1)) {
      const row = al.groupOf[d.version.id] ?? [];
      const aligned = row.filter((_, i) => (d.sentences[i]?.text.trim() ?? '') !== '');
      expect(aligned.every((g) => al.groups[g]?.representative.version === 'v000')).toBe(true);
    }
    // Each synthetic copy lost one person's name from one sentence.
    const found = findDeletedMentions(docs, { reference: 'v000' });
    expect(found.length).toBe(5);
    expect(found.every((f) => f.versions.length === 1 && f.evidence.length >= 2)).toBe(true);
  });
});

describe('findDeletedMentions on written article sets', () => {
  it('finds exactly a cut name, number and place, with evidence from the versions that keep them', () => {
    const a = doc('a', FIRE);
    const b = doc('b', FIRE.map((s, i) => (i === 1 ? s.replace('Fire Chief Laura Mendes said', 'Fire Chief said').replace('destroyed 340 homes', 'destroyed homes') : s)));
    const c = doc('c', FIRE.map((s, i) => (i === 2 ? s.replace('Crews from Redding and Sacramento', 'Crews from and Sacramento') : s)));
    const findings = findDeletedMentions([a, b, c]);
    expect(findings.map((f) => [f.subject, f.versions.join(','), f.severity]).sort()).toEqual([
      ['340', 'b', 'warning'],
      ['Laura Mendes', 'b', 'error'],
      ['Redding', 'c', 'error'],
    ]);
    const laura = findings.find((f) => f.subject === 'Laura Mendes')!;
    expect(laura.type).toBe('deleted-mention');
    expect(laura.rule).toBe('deleted-mention');
    expect(laura.message).toBe('"Laura Mendes" was cut from a sentence in b (still in a, c)');
    expect(laura.evidence[0]).toMatchObject({ version: 'b', line: 3, column: 12 });
    expect(laura.evidence[0]?.text).toContain('Fire Chief ⟦cut: Laura Mendes⟧ said');
    expect(laura.evidence.slice(1).map((e) => [e.version, e.line, e.column])).toEqual([
      ['a', 3, 1],
      ['c', 3, 1],
    ]);
  });

  it('reports a date cut from a sentence', () => {
    const earthquake = [
      'A magnitude 6.1 earthquake struck the coastal city of Valdoro early on Monday, toppling churches and cutting power to much of the region.',
      'Mayor Ines Carvalho said rescue teams had pulled 14 people from collapsed buildings on Monday and were still searching for others.',
      'The national seismology institute said the quake was centered 12 kilometers off the coast at a shallow depth.',
    ];
    const a = doc('a', earthquake);
    const b = doc('b', [earthquake[0]!, earthquake[1]!.replace('from collapsed buildings on Monday and', 'from collapsed buildings and'), earthquake[2]!]);
    expect(subjects([a, b])).toEqual(['Monday']);
  });

  it('a sentence split in two keeps its figures: no cut; a long chunk really gone is still one', () => {
    const train = [
      'A passenger train derailed outside the town of Ruvenna before dawn on Tuesday, killing at least 14 people, police said.',
      "Six of the train's 11 carriages left the track shortly after the curve, and three of them rolled down an embankment into a dry riverbed, the regional police commander told reporters.",
      'Rescuers were still cutting into the overturned carriages in the afternoon.',
    ];
    const a = doc('a', train);
    const split = doc('b', [train[0]!, 'Six of the 11 carriages of the train left the track on the curve. Three of them rolled down an embankment into a dry riverbed, the regional police commander told reporters.', train[2]!]);
    expect(subjects([a, split])).toEqual([]);
    const cut = doc('c', [train[0]!, 'Three of them rolled down an embankment into a dry riverbed, the regional police commander told reporters.', train[2]!]);
    expect(subjects([a, cut])).toContain('11');
  });

  it('reports nothing for reordered paragraphs', () => {
    const a = doc('a', FIRE);
    const b = doc('b', [FIRE[4]!, FIRE[2]!, FIRE[0]!, FIRE[7]!, FIRE[1]!, FIRE[3]!, FIRE[6]!, FIRE[5]!]);
    const c = doc('c', [...FIRE].reverse());
    expect(checkAlignment([a, b, c]).findings).toEqual([]);
  });

  it('reports no deleted-mention storm for a whole deleted paragraph', () => {
    const a = doc('a', FIRE);
    const b = doc('b', FIRE.filter((_, i) => i !== 1 && i !== 3));
    const c = doc('c', FIRE.filter((_, i) => i !== 5));
    expect(checkAlignment([a, b, c]).findings).toEqual([]);
  });

  it('reports nothing for a sentence reworded with its facts kept', () => {
    const a = doc('a', FIRE);
    const b = doc('b', FIRE.map((s, i) => (i === 1 ? 'By Wednesday morning the blaze had destroyed 340 homes and damaged dozens of other buildings, according to Fire Chief Laura Mendes.' : s)));
    const c = doc('c', FIRE.map((s, i) => (i === 3 ? 'A state of emergency for the county was declared by Governor Tom Baxter, who asked Washington for help.' : s)));
    expect(findDeletedMentions([a, b, c])).toEqual([]);
  });

  it('does not report a name shortened to a surname, or an appositive clause dropped', () => {
    const a = doc('a', FIRE);
    const b = doc('b', FIRE.map((s, i) => (i === 3 ? s.replace('Governor Tom Baxter declared', 'Baxter declared') : i === 0 ? s.replace('above Cedar Falls on Tuesday,', 'on Tuesday,') : s)));
    const c = doc('c', FIRE.map((s, i) => (i === 1 ? s.replace(' by Wednesday morning.', '.') : s)));
    // "above Cedar Falls" is a mid-sentence cut of a place, the others are not cuts of a mention.
    expect(subjects([a, b, c])).toEqual(['Cedar Falls']);
  });
});

describe('missingOpenings', () => {
  it('flags a version that starts mid-story', () => {
    const a = doc('a', FIRE);
    const b = doc('b', FIRE.slice(3));
    const c = doc('c', FIRE.slice(0, 6));
    const docs = [a, b, c];
    const notices = missingOpenings(docs, alignSet(docs));
    expect([...notices.keys()]).toEqual(['b']);
    expect(notices.get('b')?.[0]).toMatchObject({ type: 'missing-opening', count: 3, places: [{ line: 1, column: 1 }] });
  });

  it('does not flag a copy that opens with its own dateline or byline (another outlet, a rewritten lede)', () => {
    const a = doc('a', FIRE);
    const dated = doc('b', ['CEDAR FALLS, Ore. (Reuters) - Firefighters battled a blaze on the edge of town on Tuesday.', ...FIRE.slice(3)]);
    const bylined = doc('c', ['By Ana Ruiz', ...FIRE.slice(3)]);
    const docs = [a, dated, bylined];
    expect([...missingOpenings(docs, alignSet(docs)).keys()]).toEqual([]);
  });
});

// ---------------------------------------------------------------- seeds


describe('seeds', () => {
  it('000 vs 004 (an AI rewrite): no deleted-mention', () => {
    expect(findDeletedMentions([seed('000'), seed('004')])).toEqual([]);
  });

  it('000, 001, 003, 004: no deleted-mention, and 001 starts mid-story', () => {
    const docs = [seed('000'), seed('001'), seed('003'), seed('004')];
    const result = checkAlignment(docs);
    expect(result.findings.filter((f) => f.type === 'deleted-mention')).toEqual([]);
    expect([...result.notices.keys()]).toEqual(['001_c3607f5320d1cbec']);
  });

  it('001 vs 002 (after normalize): names cut from 002', async () => {
    const mod = (await import('../src/normalize/index.js')) as typeof import('../src/normalize/index.js');
    const norm = (file: string): Doc => {
      const n = mod.normalize({ id: file.slice(0, 3), path: `seeds/${file}.txt`, bytes: new Uint8Array(readFileSync(new URL(`../seeds/${file}.txt`, import.meta.url))) });
      if (mod.isInputProblem(n)) throw new Error(n.message);
      return analyze(n);
    };
    const d000 = norm('000_156529bb3accbe6d');
    const d001 = norm('001_c3607f5320d1cbec');
    const d002 = norm('002_e1ffd014517375af');
    const pair = findDeletedMentions([d001, d002]);
    const cut = new Set(pair.map((f) => f.subject));
    for (const name of ['Vladimir Putin', 'Volodymyr Zelenskyy', 'NATO', 'Greenland', 'Saudi Arabia']) expect(cut).toContain(name);
    expect(pair.every((f) => f.versions.join() === '002')).toBe(true);
    const greenland = pair.find((f) => f.subject === 'Greenland')!;
    expect(greenland.severity).toBe('error');
    expect(greenland.evidence.map((e) => e.version)).toEqual(['002', '001']);
    // The Macron sentence is missing from 001 altogether: 000 supplies it.
    const three = new Set(findDeletedMentions([d000, d001, d002]).map((f) => f.subject));
    expect(three).toContain('Emmanuel Macron');
  });
});

describe('alignSet on repeated sentences', () => {
  it('aligns every copy of a sentence repeated thousands of times (candidates per sentence are capped)', () => {
    const text = new Array(2000).fill('Three people were killed and four were injured in the village on Monday.').join(' ');
    const a = doc('a', [text]);
    const b = doc('b', [text]);
    const alignment = alignSet([a, b]);
    const row = alignment.groupOf['b'] ?? [];
    expect(row.length).toBe(b.sentences.length);
    const worded = row.filter((_, i) => (b.sentences[i]?.text.trim() ?? '') !== '');
    expect(worded.length).toBeGreaterThan(1000);
    expect(worded.every((g) => g >= 0 && (alignment.groups[g]?.members.length ?? 0) === 2)).toBe(true);
  });
});
