/**
 * Deterministic synthetic article sets for benchmarks and property tests: a base story of
 * N sentences and V versions of it with reordered paragraphs, dropped paragraphs and
 * names cut out of sentences.
 */
// Plain ESM over ../dist (build first); types in synthetic.d.ts.
import { rng } from '../dist/rng.js';

const PEOPLE = ['Maria Lopez', 'Daniel Okafor', 'Helen Park', 'Tomasz Nowak', 'Aisha Rahman', 'Lucas Meyer', 'Ingrid Berg', 'Rafael Costa'];
const PLACES = ['Riverton', 'Cedar Falls', 'Port Haven', 'Millbrook', 'Ashford', 'Lakeside', 'Greenvale', 'Stonebridge'];
const ORGS = ['Red Cross', 'National Weather Service', 'Coast Guard', 'Forest Service', 'City Council', 'UNICEF'];
const NOUNS = ['levee', 'bridge', 'shelter', 'highway', 'school', 'hospital', 'pipeline', 'harbor', 'reservoir', 'dam', 'market', 'station'];
const VERBS = ['inspected', 'reopened', 'evacuated', 'repaired', 'visited', 'closed', 'surveyed', 'reinforced', 'cleared', 'guarded'];
const ADJS = ['damaged', 'flooded', 'crowded', 'temporary', 'northern', 'southern', 'coastal', 'historic', 'main', 'regional'];

/** A base story: `sentences` sentences in paragraphs of two. */
export function syntheticBase(sentences, seed = 1) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const out = [];
  for (let i = 0; i < sentences; i++) {
    const n = 2 + Math.floor(r() * 400);
    out.push(
      `Officials from the ${pick(ORGS)} said ${pick(PEOPLE)} ${pick(VERBS)} the ${pick(ADJS)} ${pick(NOUNS)} near ${pick(PLACES)} ` +
        `on day ${i + 1}, where ${n} residents had waited for the ${pick(ADJS)} ${pick(NOUNS)} to open.`,
    );
  }
  return out;
}

/**
 * `versions` texts of one story: version 0 is the base; the others swap two paragraphs,
 * drop one paragraph, and cut a person's name from one sentence.
 */
export function syntheticArticleSet(versions, sentences = 40, seed = 1) {
  const base = syntheticBase(sentences, seed);
  const r = rng(seed * 7919 + 17);
  const out = [];
  for (let v = 0; v < versions; v++) {
    const paras = [];
    for (let i = 0; i < base.length; i += 2) paras.push(base.slice(i, i + 2));
    if (v > 0) {
      const a = Math.floor(r() * paras.length);
      const b = Math.floor(r() * paras.length);
      const pa = paras[a];
      const pb = paras[b];
      if (pa && pb) {
        paras[a] = pb;
        paras[b] = pa;
      }
      paras.splice(Math.floor(r() * paras.length), 1);
      const p = paras[Math.floor(r() * paras.length)];
      if (p && p[0]) {
        const person = PEOPLE.find((name) => p[0]?.includes(` ${name} `));
        if (person) p[0] = p[0].replace(` ${person} `, ' ');
      }
    }
    out.push({ id: `v${String(v).padStart(3, '0')}`, text: paras.map((p) => p.join(' ')).join('\n\n') + '\n' });
  }
  return out;
}
