import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TRANSFORMS, perturb, type Story } from './perturb.js';
import { REPO_ROOT } from './paths.js';
import { loadStories } from './stories.js';
import { countNumbers, layout, numberValues, people, rng, sentences } from './text.js';

const stories = loadStories();
const SEEDS = [1, 2, 3, 42, 1234];
const RULE_IDS = new Set(
  ((parse(readFileSync(join(REPO_ROOT, 'rules', 'news-core.yaml'), 'utf8')) as { rules: Array<{ id: string }> }).rules).map(
    (r) => r.id,
  ),
);

function shingles(text: string, n = 6): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

describe('eval stories', () => {
  it('has at least seven stories of 12–20 paragraphs with a date line', () => {
    expect(stories.length).toBeGreaterThanOrEqual(7);
    for (const s of stories) {
      expect(s.text, s.id).toMatch(/^ date \d{4}-\d{2}-\d{2} [A-Z]/);
      const paragraphs = layout(s.text).paragraphs;
      expect(paragraphs.length, s.id).toBeGreaterThanOrEqual(12);
      expect(paragraphs.length, s.id).toBeLessThanOrEqual(20);
      expect(s.paraphrase, s.id).not.toBeNull();
      expect(s.text.includes(s.paraphrase?.original ?? '\u0000'), s.id).toBe(true);
    }
  });

  it('shares no six-word run with the seed articles', () => {
    const seedDir = join(REPO_ROOT, 'seeds');
    const seed = new Set<string>();
    for (const f of readdirSync(seedDir)) for (const s of shingles(readFileSync(join(seedDir, f), 'utf8'))) seed.add(s);
    for (const s of stories) expect([...shingles(s.text)].filter((x) => seed.has(x)), s.id).toEqual([]);
  });

  it('finds people with titles and later short forms in every story', () => {
    for (const s of stories) {
      const cast = people(s.text);
      expect(cast.length, s.id).toBeGreaterThanOrEqual(3);
      for (const p of cast) expect(p.name.split(' ').length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('text helpers', () => {
  it('splits sentences without breaking at abbreviations', () => {
    const parts = sentences('The summit opens on Nov. 11 in Baku. U.S. officials said it would last 2 days. “Fine,” he said.');
    expect(parts.map((p) => p.text)).toEqual([
      'The summit opens on Nov. 11 in Baku.',
      'U.S. officials said it would last 2 days.',
      '“Fine,” he said.',
    ]);
  });

  it('counts numbers but not years, times, percentages or calendar days', () => {
    const found = countNumbers('At 4:17 a.m. on March 3, 2023, nine people and 1,200 residents left; 49.8% voted.').map((n) => n.value);
    expect(found).toEqual([9, 1200]);
  });

  it('has a deterministic PRNG', () => {
    const a = rng(5);
    const b = rng(5);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('perturbations', () => {
  it('every transformation applies to every story or returns null, deterministically', () => {
    for (const s of stories) {
      for (const t of TRANSFORMS) {
        for (const seed of SEEDS) {
          const p = t.apply(s, seed);
          const again = t.apply(s, seed);
          expect(again, `${s.id} ${t.name}`).toEqual(p);
          if (p === null) continue;
          expect(p.text, `${s.id} ${t.name}`).not.toBe(s.text);
          expect(p.expected.length).toBeGreaterThan(0);
          expect(p.text.slice(0, 17), `${s.id} ${t.name} keeps the date line`).toBe(s.text.slice(0, 17));
        }
      }
    }
  });

  it('covers every transformation on some story and most transformations on every story', () => {
    for (const t of TRANSFORMS) expect(stories.some((s) => t.apply(s, 1) !== null), t.name).toBe(true);
    for (const s of stories) {
      expect(TRANSFORMS.filter((t) => t.apply(s, 1) !== null).length, s.id).toBeGreaterThanOrEqual(12);
    }
  });

  it('labels safe edits as none and factual edits with known verdicts and rule ids', () => {
    for (const s of stories) {
      for (const t of TRANSFORMS) {
        const p = t.apply(s, 3);
        if (p === null) continue;
        if (t.safe) {
          expect(p.expected, `${s.id} ${t.name}`).toEqual([{ type: 'none' }]);
          continue;
        }
        for (const e of p.expected) {
          expect(e.type, `${s.id} ${t.name}`).not.toBe('none');
          if (e.rule !== undefined) expect(RULE_IDS.has(e.rule), `${e.rule} is in news-core.yaml`).toBe(true);
        }
      }
    }
  });

  it('safe edits keep every number’s value', () => {
    for (const s of stories) {
      for (const t of TRANSFORMS.filter((x) => x.safe)) {
        for (const seed of SEEDS) {
          const p = t.apply(s, seed);
          if (p === null) continue;
          expect(numberValues(p.text), `${s.id} ${t.name}: ${p.note}`).toEqual(numberValues(s.text));
        }
      }
    }
  });

  it('number changes change exactly one value; qualifier changes keep values', () => {
    for (const s of stories) {
      for (const seed of SEEDS) {
        const n = perturb(s, 'number-change', seed);
        if (n !== null) {
          const before = numberValues(s.text);
          const after = numberValues(n.text);
          expect(after.length).toBe(before.length);
          const diff = after.filter((v, i) => v !== before[i]);
          expect(diff.length, n.note).toBeGreaterThan(0);
        }
        const q = perturb(s, 'qualifier-change', seed);
        if (q !== null) expect(numberValues(q.text), q.note).toEqual(numberValues(s.text));
      }
    }
  });

  it('person cuts and attendee drops remove the labelled name from one place', () => {
    for (const s of stories) {
      for (const name of ['person-cut', 'attendee-drop']) {
        const p = perturb(s, name, 2);
        if (p === null) continue;
        const subject = p.expected[0]?.subject;
        expect(subject, `${s.id} ${name}`).toBeDefined();
        const count = (t: string): number => t.split(subject ?? '\u0000').length - 1;
        expect(count(p.text), `${s.id} ${name}: ${p.note}`).toBe(count(s.text) - 1);
      }
    }
  });

  it('person swaps change exactly one sentence', () => {
    for (const s of stories) {
      const p = perturb(s, 'person-swap', 4);
      if (p === null) continue;
      const before = layout(s.text).paragraphs.flatMap((x) => sentences(x).map((y) => y.text));
      const after = layout(p.text).paragraphs.flatMap((x) => sentences(x).map((y) => y.text));
      expect(after.length).toBe(before.length);
      expect(after.filter((x, i) => x !== before[i]).length, p.note).toBe(1);
    }
  });

  it('the summit attendee list loses exactly one participant', () => {
    const summit = stories.find((s) => /participants included/.test(s.text)) as Story;
    const p = perturb(summit, 'attendee-drop', 9);
    expect(p).not.toBeNull();
    const list = (t: string): string => /participants included ([^.]+)\./.exec(t)?.[1] ?? '';
    expect(list(p?.text ?? '').split(/, | and /).length).toBe(list(summit.text).split(/, | and /).length - 1);
  });

  it('mojibake garbles curly quotes and dashes, boilerplate adds 20 credit lines', () => {
    for (const s of stories) {
      const gbk = perturb(s, 'mojibake-gbk', 1);
      const cp = perturb(s, 'mojibake-cp1252', 1);
      expect(gbk?.text.includes('’')).toBe(false);
      expect(cp?.text).toMatch(/â€/);
      const flood = perturb(s, 'boilerplate-flood', 1);
      expect(flood?.text.match(/^Credit: AP Photo$/gm)?.length).toBe(20);
      expect(flood?.text).toMatch(/Follow our coverage at https:\/\//);
    }
  });

  it('paragraph deletion labels the people it alone named', () => {
    const withPeople = stories
      .flatMap((s) => SEEDS.map((seed) => perturb(s, 'paragraph-delete', seed)))
      .filter((p) => p !== null)
      .flatMap((p) => p.expected.filter((e) => e.subject !== undefined).map((e) => ({ p, e })));
    expect(withPeople.length).toBeGreaterThan(0);
    for (const { p, e } of withPeople) expect(p.text.includes(e.subject ?? ''), p.note).toBe(false);
  });
});
