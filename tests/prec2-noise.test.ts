import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { alignSet, checkAlignment, missingOpenings } from '../src/align/index.js';
import { check } from '../src/api.js';
import { factItems } from '../src/align/dropped.js';
import { sentenceWords } from '../src/align/tokens.js';
import { findTruncation } from '../src/normalize/integrity.js';
import { plainVersion } from '../src/normalize/plain.js';
import type { Doc, Finding } from '../src/types.js';

const doc = (id: string, paragraphs: readonly string[]): Doc => analyze(plainVersion(id, paragraphs.join('\n\n') + '\n'));

/** dropped-fact findings, versions listed earliest first. */
function dropped(docs: readonly Doc[]): Finding[] {
  const rank = new Map(docs.map((d, i) => [d.version.id, i]));
  const older = (a: string, b: string): boolean => (rank.get(a) ?? 0) < (rank.get(b) ?? 0);
  return checkAlignment(docs, { older }).findings.filter((f) => f.rule === 'dropped-fact');
}

/** One outlet's story of a school shooting in a fictional town. */
const OUTLET_A = [
  'Three people were killed and six others wounded in a shooting at Harrow Ridge High School in Calden, Marland, on Tuesday, police said.',
  'The suspect, a 15-year-old student, was taken into custody at the school without a struggle, officials said.',
  'Police Chief Dana Whitcombe said officers arrived within four minutes of the first call to the emergency line.',
  'Parents gathered at a church across the road from the school as buses carried students to a reunification center.',
  'Deputies with the Marlow County Sheriff’s Office questioned the teen last year after anonymous tips about online threats, the agency said.',
  'The victims were identified as two students, Ellis Varga and Nora Quint, and a history teacher, Samuel Brody.',
  'Governor Lena Ostrander ordered flags lowered across the state and said she was heartbroken for the town.',
  'Classes at Harrow Ridge will be cancelled for the rest of the week, the school district said.',
];

/** Another outlet's own story of the same event: its own lede and order, three sentences paraphrased loosely. */
const OUTLET_B = [
  'A teenager opened fire at a high school in Marland, killing three people and wounding six, in the state’s deadliest school attack.',
  'The state police are leading the investigation and have asked witnesses to come forward.',
  'Officers arrived within minutes of the first call, the police chief told a news conference in Calden on Tuesday.',
  'Parents gathered at a church across the road as buses carried students away from the school.',
  'Vigils were planned for Wednesday evening at the town square and at two churches.',
  'A crisis line for students and families will stay open through the weekend, the district said.',
  'Gun laws in Marland have been debated in the legislature for years without change.',
  'Last spring, lawmakers rejected a bill that would have raised the age to buy rifles.',
];

describe('missing-opening between outlets', () => {
  it('another outlet whose first sentence matches a later sentence of this one is not cut at the top; a cut copy is', () => {
    const a = doc('a', OUTLET_A);
    // b opens with a's fourth sentence and then tells a story of its own.
    const b = doc('b', [OUTLET_A[3] as string, ...OUTLET_B.slice(3), OUTLET_B[0] as string]);
    expect([...missingOpenings([a, b], alignSet([a, b])).keys()]).toEqual([]);
    const cut = doc('cut', OUTLET_A.slice(3));
    expect([...missingOpenings([a, cut], alignSet([a, cut])).keys()]).toEqual(['cut']);
  });
});

describe('truncation: photo credits', () => {
  const caption = 'Students walk past a row of flowers left at the gate of Harrow Ridge High School in Calden, Marland, on March 3.';
  it.each([`${caption} Jo Ferreira/AFP/Getty Images`, `${caption} Tom Ashdown via Getty Images`])(
    'a caption closed by a credit line is not cut: %s',
    (line) => {
      expect(findTruncation(`Headline of the story\n${line}\n`, [])).toEqual([]);
    },
  );

  it('among credited captions, only the paragraph that really stops mid-sentence is found', () => {
    const cut = `${caption} Police Chief Dana Whitcombe told reporters that the officers who arrived first had`;
    const text = ['Headline of the story', `${caption} Jo Ferreira/AFP/Getty Images`, `${caption} (AP Photo/Mika Tanner)`, `${caption} (Reuters)`, cut, ''].join('\n');
    expect(findTruncation(text, []).map((f) => f.text)).toEqual([`…${cut.slice(-60)}`]);
  });
});

describe('dropped-fact between outlets', () => {
  it('another outlet’s loosely similar sentence did not drop the facts of this one', () => {
    const subjects = dropped([doc('a', OUTLET_A), doc('b', OUTLET_B)]).map((f) => f.subject);
    expect(subjects).toEqual([]);
  });

  it('the head word of an organisation after a possessive ("Sheriff’s Office") is no name of its own; a person after one is', () => {
    const items = (text: string): string[] => {
      const d = doc('a', [text]);
      const s = d.sentences[0];
      if (!s) throw new Error('no sentence');
      return factItems(d, sentenceWords(d, s), new Set()).map((x) => x.text);
    };
    expect(items('The teen was questioned last year after anonymous tips about online threats, according to state police and the Marlow County Sheriff’s Office.')).toEqual(['last year']);
    expect(items('Officials said Varnia’s Tomas Reyl had called the mayor of Kestrel on Monday.')).toContain('Tomas Reyl');
  });
});

describe('omission of a figure given only in passing', () => {
  it('a count that no version gives as a headline figure is no warning when another version lacks it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prec2-noise-'));
    try {
      writeFileSync(
        join(dir, 'a.txt'),
        'date 2025-03-10\nLeaders from around the world gathered in the Varnian capital of Tessaly on Monday for the state funeral of former President Adela Morrow.\nMourners lined the streets as the coffin was carried from the cathedral to the national cemetery.\nThe ceremony lasted three hours and ended with a gun salute over the river.\n',
      );
      writeFileSync(
        join(dir, 'b.txt'),
        'date 2025-03-10\nKings, presidents and prime ministers came to Tessaly on Monday to bury Adela Morrow, the former president of Varnia.\nMourners lined the streets as the coffin was carried from the cathedral to the national cemetery.\nOfficials said Karesh, Dolmar, Vesk and Oronne were the four nations that had not been invited to the ceremony.\n',
      );
      const report = await check([dir]);
      const omissions = report.sets.flatMap((s) => s.findings).filter((f) => f.type === 'omission' && f.rule === 'countries-count');
      expect(omissions.length).toBeGreaterThan(0);
      expect(omissions.every((f) => f.severity === 'info')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
