/**
 * The accuracy evaluation: for each story × transformation, a two-version set (base first,
 * same day) is written to a temp dir, checked with the library API, and the findings scored
 * against the transformation's labels.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../src/index.js';
import { REPO_ROOT } from './paths.js';
import { TRANSFORMS, type Story, type Transform } from './perturb.js';
import { score, type EvalCase, type ReportedFinding, type Scores } from './score.js';
import { loadStories } from './stories.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export { REPO_ROOT };

export interface RunOptions {
  /** Use only the first N stories (all transformations on each). */
  slice?: number;
  /** Base seed; each case derives its own from it, the story id and the transformation. */
  seed?: number;
  /** Rule files; default rules/news-core.yaml (+ tests/eval/rules/*.yaml when present). */
  rules?: string[];
  /** Only these transformations. */
  transforms?: string[];
  stories?: Story[];
  /** Keep the temp dir (its path is printed to stderr). */
  keep?: boolean;
}

export function defaultRules(): string[] {
  const out = [join(REPO_ROOT, 'rules', 'news-core.yaml')];
  const evalRules = join(HERE, 'rules', 'eval.yaml');
  if (existsSync(evalRules)) out.push(evalRules);
  return out;
}

/** FNV-1a over a string, mixed with a base seed: a stable per-case seed. */
export function caseSeed(base: number, ...parts: string[]): number {
  let h = (0x811c9dc5 ^ base) >>> 0;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function storyDate(text: string): string {
  return /^ date (\d{4}-\d{2}-\d{2}) /.exec(text)?.[1] ?? '2024-01-01';
}

/** Writes one two-version set and returns its directory. */
export function writeSet(root: string, name: string, base: string, perturbed: string, date: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'base.txt'), Buffer.from(base, 'utf8'));
  writeFileSync(join(dir, 'perturbed.txt'), Buffer.from(perturbed, 'utf8'));
  writeFileSync(
    join(dir, 'factlint.set.yaml'),
    ['version: 1', 'versions:', '  - id: base', `    date: ${date}`, '  - id: perturbed', `    date: ${date}`, ''].join('\n'),
  );
  return dir;
}

/**
 * Notice types that mean a copy was damaged (date-line is not damage). Mojibake and a
 * boilerplate flood are integrity findings of their own, scored as such, not through notices.
 */
const DAMAGE_NOTICES: ReadonlySet<string> = new Set([
  'encoding',
  'injected-text',
  'injected-link',
  'truncation',
  'missing-opening',
  'control-characters',
]);

/** The control: an identical copy, where nothing at all should be reported. */
export const IDENTICAL: Transform = {
  name: 'control-identical',
  safe: true,
  apply: (story) => ({ text: story.text, expected: [{ type: 'none' }], note: 'identical copy' }),
};

async function runCase(root: string, story: Story, t: Transform, seed: number, rules: string[]): Promise<EvalCase | null> {
  const p = t.apply(story, caseSeed(seed, story.id, t.name));
  if (p === null) return null;
  const dir = writeSet(root, `${story.id}--${t.name}`, story.text, p.text, storyDate(story.text));
  const base: EvalCase = {
    story: story.id,
    transform: t.name,
    safe: t.safe,
    expected: p.expected,
    reported: [],
    baseText: story.text,
    perturbedText: p.text,
  };
  try {
    const report = await check([dir], { rules, cwd: REPO_ROOT });
    const findings = [...report.findings, ...report.sets.flatMap((s) => s.findings)];
    const reported: ReportedFinding[] = findings.map((f) => ({
      type: f.type,
      rule: f.rule,
      subject: f.subject,
      message: f.message,
      versions: f.versions,
    }));
    // Other repairs are notices on the version, not findings:
    // for scoring, a damage notice counts as an integrity verdict on that version.
    for (const v of report.sets.flatMap((s) => s.versions)) {
      for (const n of v.notices) {
        if (!DAMAGE_NOTICES.has(n.type)) continue;
        if (reported.some((r) => r.type === 'integrity' && r.subject === n.type && r.versions?.includes(v.id))) continue;
        reported.push({ type: 'integrity', rule: `notice:${n.type}`, subject: n.type, message: n.message, versions: [v.id] });
      }
    }
    const broken = findings.filter((f) => f.type === 'input' || f.type === 'config');
    return broken.length > 0
      ? { ...base, reported, error: broken.map((f) => f.message).join('; ') }
      : { ...base, reported };
  } catch (err) {
    return { ...base, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Runs every story × transformation and returns the cases with their findings. */
export async function runCases(options: RunOptions = {}): Promise<EvalCase[]> {
  const stories = (options.stories ?? loadStories()).slice(0, options.slice ?? Infinity);
  const transforms = [IDENTICAL, ...TRANSFORMS].filter((t) => options.transforms === undefined || options.transforms.includes(t.name));
  const rules = options.rules ?? defaultRules();
  const root = mkdtempSync(join(tmpdir(), 'factlint-eval-'));
  const cases: EvalCase[] = [];
  try {
    for (const story of stories) {
      for (const t of transforms) {
        const c = await runCase(root, story, t, options.seed ?? 1, rules);
        if (c !== null) cases.push(c);
      }
    }
  } finally {
    if (options.keep === true) process.stderr.write(`eval sets kept in ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  }
  return cases;
}

export async function runEval(options: RunOptions = {}): Promise<Scores> {
  return score(await runCases(options));
}
