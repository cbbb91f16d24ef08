import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { alignSet } from '../src/align/index.js';
import type { Doc } from '../src/types.js';
import { plainVersion } from '../src/normalize/plain.js';

// alignSet keeps which versions a group has as bits per version (more than 32 versions: rows of
// several words) and writes the member lists at the end, in the order the sentences joined.
const doc = (id: string, paragraphs: readonly string[]): Doc => analyze(plainVersion(id, paragraphs.join('\n\n') + '\n'));

const STORY = [
  'The river burst its banks north of Lindholm on Tuesday, flooding farms along the valley road.',
  'Firefighters evacuated 120 residents from the low-lying district by boat overnight.',
  'Forecasters expect the water to peak on Thursday before receding slowly over the weekend.',
];

describe('alignSet groups by version bits', () => {
  it('forty copies of a story make one group per sentence, members in version order', () => {
    const docs = Array.from({ length: 40 }, (_, k) => doc(`v${String(k).padStart(2, '0')}`, STORY));
    const al = alignSet(docs, 'v00');
    // (Each version also has a sentence without content words: it founds a group of its own.)
    const shared = al.groups.filter((g) => g.members.length > 1);
    expect(shared).toHaveLength(STORY.length);
    for (const g of shared) {
      expect(g.members.map((m) => m.version)).toEqual(docs.map((d) => d.version.id));
      expect(g.representative).toEqual(g.members[0]);
    }
    expect(al.groups.filter((g) => g.members.length === 1)).toHaveLength(docs.length);
    expect(al.matches).toHaveLength(39 * STORY.length);
  });

  it('a sentence a version repeats founds a second group (one member per version)', () => {
    const a = doc('a', STORY);
    const b = doc('b', [...STORY, STORY[1] as string]);
    const c = doc('c', [...STORY, STORY[1] as string]);
    const al = alignSet([a, b, c], 'a');
    const repeat = al.groupOf['b']?.[3] ?? -1;
    expect(repeat).not.toBe(al.groupOf['b']?.[1]);
    expect(al.groups[repeat]?.members.map((m) => `${m.version}${m.sentence}`)).toEqual(['b3', 'c3']);
    expect(al.groups.every((g) => new Set(g.members.map((m) => m.version)).size === g.members.length)).toBe(true);
  });
});
