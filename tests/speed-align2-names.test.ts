import { describe, it, expect } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { checkAlignment } from '../src/align/index.js';
import type { Doc, Finding } from '../src/types.js';
import { plainVersion } from '../src/normalize/plain.js';

// The names of a version (align/dropped.ts, versionWords) are looked up
// exactly and by a five-letter prefix, and the same when the docs are checked again in a new set.
const doc = (id: string, paragraphs: readonly string[]): Doc => analyze(plainVersion(id, paragraphs.join('\n\n') + '\n'));

const STORY = [
  'A magnitude 6.4 earthquake struck the mountain town of Valdoro early on Monday, toppling old churches and cutting power across the province.',
  'Mayor Ines Carvalho said rescue teams had pulled 14 people alive from collapsed buildings and were still searching for others.',
  'Interior Minister Paulo Serrano flew to Valdoro on Monday afternoon and promised emergency funds for rebuilding.',
  'Schools in the province will stay closed until Thursday while engineers inspect the buildings for damage.',
  'The Red Cross set up tents for about 300 families in the town stadium, and volunteers handed out blankets and water.',
];

function reworded(minister: string): string[] {
  return [
    'Early on Monday a magnitude 6.4 quake hit Valdoro, a mountain town, bringing down old churches and knocking out electricity in the province.',
    'Rescuers have so far pulled 14 survivors from the rubble of collapsed buildings and the search goes on, according to Mayor Ines Carvalho.',
    `Visiting Valdoro on Monday afternoon, ${minister} pledged emergency money to rebuild.`,
    'Engineers will inspect buildings for damage, and schools across the province are to remain shut until Thursday.',
    'Tents for about 300 families went up in the town stadium, set up by the Red Cross, as volunteers distributed blankets and water.',
  ];
}

function droppedNames(docs: readonly Doc[]): string[] {
  const older = (a: string, b: string): boolean => a < b;
  return checkAlignment(docs, { older })
    .findings.filter((f: Finding) => f.rule === 'dropped-fact')
    .map((f) => `${f.versions.join(',')}:${f.subject}`)
    .sort();
}

describe('dropped-fact names by number', () => {
  const docs = [doc('a', STORY), doc('b', STORY), doc('c', reworded('the interior minister'))];

  it('a name the rewrite left out is dropped, one it kept exactly or by prefix is not', () => {
    expect(droppedNames(docs).some((x) => x.startsWith('c:') && x.includes('Serrano'))).toBe(true);
    const kept = [doc('a', STORY), doc('b', STORY), doc('c', reworded('Interior Minister Paulo Serrano'))];
    expect(droppedNames(kept).some((x) => x.includes('Serrano'))).toBe(false);
    const prefixed = [doc('a', STORY), doc('b', STORY), doc('c', reworded('Interior Minister Serranova'))];
    expect(droppedNames(prefixed).some((x) => x.includes('Serrano'))).toBe(false);
  });

  it('the same docs checked again (a new set) give the same findings', () => {
    const first = droppedNames(docs);
    expect(droppedNames(docs)).toEqual(first);
    expect(droppedNames([docs[2] as Doc, docs[0] as Doc, docs[1] as Doc])).toEqual(first);
  });
});
