/**
 * The multi-version evaluation on wire-style stories (issue 8, "Headline facts on real wire copy").
 *
 * Each folder of tests/eval/sets/ is one story in 3–6 versions with a `gold.json` (see the
 * README there). Every set is checked with the library API and `rules/news-core.yaml` only, and the
 * report is scored against the gold file:
 *
 * - headline accuracy: of the versions with a gold death toll (and injured count), those whose claim
 *   has exactly one value with `role === 'headline'`, equal to the gold figure;
 * - distinct values per version in the death-toll claim (mean; 1 is the ideal for a version that
 *   states a toll);
 * - person precision: of the `people-named` values (unique per set by key), the share that names a
 *   gold person (bylines and notPeople count as wrong);
 * - findings per set (all severities), and by severity;
 * - expected findings found (recall against `expected`);
 * - false contradictions (contradictions on toll rules no gold entry expects) and other wrong
 *   findings (stale / update / qualifier-change on toll rules no gold entry expects).
 *
 * The scoring functions are pure over a small structural view of a SetReport, so that the unit
 * tests can feed them tiny synthetic reports.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/index.js';
import { REPO_ROOT } from './paths.js';

export const SETS_DIR: string = join(REPO_ROOT, 'tests', 'eval', 'sets');
export const GOLD_FILE = 'gold.json';
const MANIFEST_FILE = 'factlint.set.yaml';

/** The quantity claims whose headline figure is scored. */
export const HEADLINE_RULES = ['death-toll', 'injured'] as const;
export type HeadlineRule = (typeof HEADLINE_RULES)[number];
/** Rules whose contradictions, updates and stale copies are scored against the gold. */
export const TOLL_RULES: readonly string[] = ['death-toll', 'injured', 'missing', 'people-count'];
/** Finding types on toll rules that are wrong unless expected (besides contradictions). */
export const OTHER_SCORED_TYPES: readonly string[] = ['stale', 'update', 'qualifier-change'];
const SEVERITIES = ['error', 'warning', 'info'] as const;

// ---------------------------------------------------------------- gold

export interface ExpectedFinding {
  type: string;
  rule?: string;
  versions?: string[];
  subject?: string;
}

export interface Gold {
  story?: string;
  versions: Record<string, Partial<Record<HeadlineRule, number | null>>>;
  people: string[];
  bylines: string[];
  notPeople: string[];
  expected: ExpectedFinding[];
}

/** Reads and checks a gold file: a malformed gold file is an error, never a silent zero. */
export function parseGold(text: string, file: string): Gold {
  const data: unknown = JSON.parse(text);
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (typeof data !== 'object' || data === null) fail('not an object');
  const g = data as Record<string, unknown>;
  const strings = (k: string): string[] => {
    const v = g[k] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`"${k}" must be a list of strings`);
    return v as string[];
  };
  const versions = g['versions'];
  if (typeof versions !== 'object' || versions === null) fail('"versions" must be an object');
  for (const [id, v] of Object.entries(versions as Record<string, unknown>)) {
    if (typeof v !== 'object' || v === null) fail(`versions.${id} must be an object`);
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (!(HEADLINE_RULES as readonly string[]).includes(k)) fail(`versions.${id}: unknown key "${k}"`);
      if (x !== null && typeof x !== 'number') fail(`versions.${id}.${k} must be a number or null`);
    }
  }
  const expected = g['expected'] ?? [];
  if (!Array.isArray(expected)) fail('"expected" must be a list');
  for (const e of expected as unknown[]) {
    if (typeof e !== 'object' || e === null || typeof (e as { type?: unknown }).type !== 'string') fail('each expected entry needs a "type"');
  }
  const out: Gold = {
    versions: versions as Gold['versions'],
    people: strings('people'),
    bylines: strings('bylines'),
    notPeople: strings('notPeople'),
    expected: expected as ExpectedFinding[],
  };
  if (typeof g['story'] === 'string') out.story = g['story'];
  return out;
}

// ---------------------------------------------------------------- the part of a report the scorer reads

export interface ScoredValue {
  value: number | string;
  key: string;
  role?: string;
  place?: string;
  text?: string;
  qualifier?: string | null;
}

export interface ScoredFinding {
  type: string;
  rule: string;
  severity: string;
  subject: string;
  versions: string[];
  message?: string;
  alsoReportedBy?: string[];
}

export interface ScoredSet {
  /** Set id (folder name). */
  id: string;
  order: string;
  versions: string[];
  claims: Array<{ rule: string; values: Record<string, ScoredValue[]> }>;
  findings: ScoredFinding[];
  /** Notices per version (a damage notice counts as an `integrity` verdict when matching expected). */
  notices?: Record<string, Array<{ type: string; count: number }>>;
}

/**
 * Notice types that mean a copy was damaged (as in run.ts). Every wire copy has a copyright or
 * credit line or two; boilerplate counts as damage only from BOILERPLATE_FLOOD lines on.
 */
const DAMAGE_NOTICES: ReadonlySet<string> = new Set([
  'encoding',
  'mojibake',
  'boilerplate',
  'injected-text',
  'injected-link',
  'truncation',
  'missing-opening',
  'control-characters',
]);
export const BOILERPLATE_FLOOD = 5;

// ---------------------------------------------------------------- names

/** Lower case, no diacritics, letters and digits only, single spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * An extracted name matches a gold name when the full names are equal or they share the surname
 * token: the gold name's last token, or any of its non-first tokens for a one-word short form
 * ("Quispe" for "Rosa Quispe Mamani").
 */
export function nameMatches(extracted: string, gold: string): boolean {
  const x = fold(extracted);
  const g = fold(gold);
  if (x.length === 0 || g.length === 0) return false;
  if (x === g) return true;
  const xs = x.split(' ');
  const gs = g.split(' ');
  const xLast = xs[xs.length - 1] ?? '';
  const gLast = gs[gs.length - 1] ?? '';
  if (xs.length > 1 && gs.length > 1 && xLast === gLast) return true;
  if (xs.length === 1 && gs.slice(1).includes(xLast)) return true;
  if (gs.length === 1 && xLast === gLast) return true;
  return false;
}

export type PersonVerdict = 'person' | 'byline' | 'not-person' | 'unknown';

/** What an extracted name is by the gold: a person of the story, a writer, a non-person, or unknown (wrong). */
export function classifyName(extracted: string, gold: Pick<Gold, 'people' | 'bylines' | 'notPeople'>): PersonVerdict {
  // A full gold name wins; a short form shared with a writer or a non-person counts against.
  if (gold.people.some((n) => fold(n) === fold(extracted))) return 'person';
  if (gold.bylines.some((n) => nameMatches(extracted, n))) return 'byline';
  if (gold.notPeople.some((n) => nameMatches(extracted, n))) return 'not-person';
  if (gold.people.some((n) => nameMatches(extracted, n))) return 'person';
  return 'unknown';
}

// ---------------------------------------------------------------- scoring

export interface HeadlineOutcome {
  version: string;
  rule: HeadlineRule;
  gold: number;
  /** Values with role `headline`. */
  headlines: number[];
  correct: boolean;
  /** The version's first value of the claim equals the gold figure (a role-free baseline). */
  firstCorrect: boolean;
}

export interface PersonOutcome {
  key: string;
  name: string;
  verdict: PersonVerdict;
}

export interface ExpectedOutcome extends ExpectedFinding {
  found: boolean;
}

export interface SetScore {
  id: string;
  order: string;
  versions: number;
  headline: { correct: number; total: number; firstCorrect: number; outcomes: HeadlineOutcome[] };
  /** Versions with a null gold figure that still got a headline value (a toll where there is none). */
  spuriousHeadlines: Array<{ version: string; rule: HeadlineRule; value: number | string }>;
  /** Mean number of distinct death-toll values per version, and the counts. */
  distinctPerVersion: number;
  distinct: Record<string, number>;
  persons: { correct: number; total: number; outcomes: PersonOutcome[]; goldFound: number; goldTotal: number };
  findings: { total: number; error: number; warning: number; info: number };
  expected: { found: number; total: number; outcomes: ExpectedOutcome[] };
  falseContradictions: ScoredFinding[];
  otherWrong: ScoredFinding[];
  /** Integrity findings no gold entry expects (every copy here is complete and clean but one). */
  unexpectedIntegrity: ScoredFinding[];
}

function claimValues(set: ScoredSet, rule: string, version: string): ScoredValue[] {
  return set.claims.find((c) => c.rule === rule)?.values[version] ?? [];
}

/** A reported finding (or a damage notice standing for an integrity finding) meets an expected one. */
export function findingMatches(e: ExpectedFinding, f: ScoredFinding): boolean {
  if (e.type !== f.type) return false;
  if (e.rule !== undefined && e.rule !== f.rule && !(f.alsoReportedBy ?? []).includes(e.rule)) return false;
  if (e.versions !== undefined && !e.versions.every((v) => f.versions.includes(v))) return false;
  if (e.subject !== undefined) {
    const a = fold(e.subject);
    const b = fold(f.subject);
    if (a.length === 0 || b.length === 0 || !(a === b || a.includes(b) || b.includes(a) || nameMatches(f.subject, e.subject))) {
      return false;
    }
  }
  return true;
}

/** Report findings plus one integrity finding per damage notice (as in run.ts). */
function withNotices(set: ScoredSet): ScoredFinding[] {
  const out = [...set.findings];
  for (const [version, types] of Object.entries(set.notices ?? {})) {
    for (const n of types) {
      if (!DAMAGE_NOTICES.has(n.type) || (n.type === 'boilerplate' && n.count < BOILERPLATE_FLOOD)) continue;
      out.push({ type: 'integrity', rule: `notice:${n.type}`, severity: 'info', subject: n.type, versions: [version] });
    }
  }
  return out;
}

export function scoreSet(set: ScoredSet, gold: Gold): SetScore {
  // headline figures
  const outcomes: HeadlineOutcome[] = [];
  const spurious: SetScore['spuriousHeadlines'] = [];
  for (const version of set.versions) {
    const g = gold.versions[version] ?? {};
    for (const rule of HEADLINE_RULES) {
      const values = claimValues(set, rule, version);
      const headlines = values.filter((v) => v.role === 'headline');
      const want = g[rule];
      if (typeof want === 'number') {
        const nums = headlines.map((v) => (typeof v.value === 'number' ? v.value : Number.NaN));
        outcomes.push({
          version,
          rule,
          gold: want,
          headlines: nums,
          correct: nums.length === 1 && nums[0] === want,
          firstCorrect: values[0]?.value === want,
        });
      } else {
        for (const h of headlines) spurious.push({ version, rule, value: h.value });
      }
    }
  }

  // distinct death-toll values per version
  const distinct: Record<string, number> = {};
  for (const version of set.versions) distinct[version] = new Set(claimValues(set, 'death-toll', version).map((v) => v.key)).size;
  const counts = Object.values(distinct);

  // people
  const byKey = new Map<string, string>();
  for (const values of Object.values(set.claims.find((c) => c.rule === 'people-named')?.values ?? {})) {
    for (const v of values) if (!byKey.has(v.key)) byKey.set(v.key, String(v.value));
  }
  const persons: PersonOutcome[] = [...byKey].map(([key, name]) => ({ key, name, verdict: classifyName(name, gold) }));
  const names = [...byKey.values()];
  const goldFound = gold.people.filter((p) => names.some((n) => classifyName(n, gold) === 'person' && nameMatches(n, p))).length;

  // findings
  const findings = { total: set.findings.length, error: 0, warning: 0, info: 0 };
  for (const f of set.findings) if ((SEVERITIES as readonly string[]).includes(f.severity)) findings[f.severity as (typeof SEVERITIES)[number]]++;

  const all = withNotices(set);
  const expected: ExpectedOutcome[] = gold.expected.map((e) => ({ ...e, found: all.some((f) => findingMatches(e, f)) }));
  const expectedSomewhere = (f: ScoredFinding): boolean => gold.expected.some((e) => findingMatches(e, f));
  const onToll = (f: ScoredFinding): boolean => TOLL_RULES.includes(f.rule);
  const falseContradictions = set.findings.filter((f) => f.type === 'contradiction' && onToll(f) && !expectedSomewhere(f));
  const otherWrong = set.findings.filter((f) => OTHER_SCORED_TYPES.includes(f.type) && onToll(f) && !expectedSomewhere(f));
  const unexpectedIntegrity = set.findings.filter((f) => f.type === 'integrity' && !expectedSomewhere(f));

  return {
    id: set.id,
    order: set.order,
    versions: set.versions.length,
    headline: {
      correct: outcomes.filter((o) => o.correct).length,
      total: outcomes.length,
      firstCorrect: outcomes.filter((o) => o.firstCorrect).length,
      outcomes,
    },
    spuriousHeadlines: spurious,
    distinctPerVersion: counts.length === 0 ? 0 : counts.reduce((a, b) => a + b, 0) / counts.length,
    distinct,
    persons: {
      correct: persons.filter((p) => p.verdict === 'person').length,
      total: persons.length,
      outcomes: persons,
      goldFound,
      goldTotal: gold.people.length,
    },
    findings,
    expected: { found: expected.filter((e) => e.found).length, total: expected.length, outcomes: expected },
    falseContradictions,
    otherWrong,
    unexpectedIntegrity,
  };
}

export interface OverallScore {
  sets: number;
  versions: number;
  /** Share of gold headline figures matched by exactly one equal `headline` value. */
  headlineAccuracy: number;
  headlineCorrect: number;
  headlineTotal: number;
  /** Correct / total per rule (death-toll, injured). */
  headlineByRule: Record<HeadlineRule, { correct: number; total: number }>;
  /** Share of gold figures equal to the claim's first value (role-free baseline). */
  firstValueAccuracy: number;
  spuriousHeadlines: number;
  /** Mean distinct death-toll values per version, over all versions. */
  distinctPerVersion: number;
  personPrecision: number;
  personRecall: number;
  findingsPerSet: number;
  findingsBySeverity: { error: number; warning: number; info: number };
  expectedRecall: number;
  expectedFound: number;
  expectedTotal: number;
  falseContradictions: number;
  otherWrong: number;
  unexpectedIntegrity: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function overall(scores: readonly SetScore[]): OverallScore {
  const sum = (f: (s: SetScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  const versions = sum((s) => s.versions);
  const n = scores.length;
  return {
    sets: n,
    versions,
    headlineAccuracy: ratio(sum((s) => s.headline.correct), sum((s) => s.headline.total)),
    headlineCorrect: sum((s) => s.headline.correct),
    headlineTotal: sum((s) => s.headline.total),
    headlineByRule: Object.fromEntries(
      HEADLINE_RULES.map((rule) => {
        const os = scores.flatMap((s) => s.headline.outcomes.filter((x) => x.rule === rule));
        return [rule, { correct: os.filter((x) => x.correct).length, total: os.length }];
      }),
    ) as OverallScore['headlineByRule'],
    firstValueAccuracy: ratio(sum((s) => s.headline.firstCorrect), sum((s) => s.headline.total)),
    spuriousHeadlines: sum((s) => s.spuriousHeadlines.length),
    distinctPerVersion: ratio(sum((s) => Object.values(s.distinct).reduce((a, b) => a + b, 0)), versions),
    personPrecision: ratio(sum((s) => s.persons.correct), sum((s) => s.persons.total)),
    personRecall: ratio(sum((s) => s.persons.goldFound), sum((s) => s.persons.goldTotal)),
    findingsPerSet: ratio(sum((s) => s.findings.total), n),
    findingsBySeverity: {
      error: ratio(sum((s) => s.findings.error), n),
      warning: ratio(sum((s) => s.findings.warning), n),
      info: ratio(sum((s) => s.findings.info), n),
    },
    expectedRecall: ratio(sum((s) => s.expected.found), sum((s) => s.expected.total)),
    expectedFound: sum((s) => s.expected.found),
    expectedTotal: sum((s) => s.expected.total),
    falseContradictions: sum((s) => s.falseContradictions.length),
    otherWrong: sum((s) => s.otherWrong.length),
    unexpectedIntegrity: sum((s) => s.unexpectedIntegrity.length),
  };
}

// ---------------------------------------------------------------- running

export interface SetRun {
  set: ScoredSet;
  gold: Gold;
  score: SetScore;
}

/** Set folders (those with a gold file), sorted. */
export function listSets(dir: string = SETS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, GOLD_FILE)))
    .sort();
}

/**
 * Checks one set with the library API and news-core only. The version files are passed one by one
 * (the folder's manifest is still read), because gold.json in the folder is not a version.
 */
export async function runSet(id: string, dir: string = SETS_DIR): Promise<SetRun> {
  const setDir = join(dir, id);
  const gold = parseGold(readFileSync(join(setDir, GOLD_FILE), 'utf8'), join(setDir, GOLD_FILE));
  const files = readdirSync(setDir)
    .filter((f) => f !== GOLD_FILE && f !== MANIFEST_FILE && !f.startsWith('.') && !/^readme(\.|$)/i.test(f))
    .sort()
    .map((f) => join(setDir, f));
  const report = await check(files, { rules: [join(REPO_ROOT, 'rules', 'news-core.yaml')], cwd: REPO_ROOT });
  const problems = [...report.findings, ...report.sets.flatMap((s) => s.findings)].filter((f) => f.type === 'input' || f.type === 'config');
  if (problems.length > 0 || report.sets.length !== 1) {
    throw new Error(`set ${id}: ${problems.map((p) => p.message).join('; ') || `${report.sets.length} sets in the report`}`);
  }
  const s = report.sets[0]!;
  const missingGold = s.versions.filter((v) => gold.versions[v.id] === undefined).map((v) => v.id);
  if (missingGold.length > 0) throw new Error(`set ${id}: no gold for versions ${missingGold.join(', ')}`);
  const set: ScoredSet = {
    id,
    order: s.order,
    versions: [...s.versions].sort((a, b) => a.rank - b.rank).map((v) => v.id),
    claims: s.claims.map((c) => ({ rule: c.rule, values: c.values })),
    findings: s.findings,
    notices: Object.fromEntries(s.versions.map((v) => [v.id, v.notices.map((n) => ({ type: n.type, count: n.count }))])),
  };
  return { set, gold, score: scoreSet(set, gold) };
}

export async function runSets(options: { dir?: string; only?: string[] } = {}): Promise<SetRun[]> {
  const dir = options.dir ?? SETS_DIR;
  const ids = listSets(dir).filter((id) => options.only === undefined || options.only.includes(id));
  const out: SetRun[] = [];
  for (const id of ids) out.push(await runSet(id, dir));
  return out;
}

// ---------------------------------------------------------------- printing

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const frac = (a: number, b: number): string => `${a}/${b}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatSetsTable(scores: readonly SetScore[]): string {
  const o = overall(scores);
  const rows = scores.map((s) => [
    s.id,
    String(s.versions),
    s.order,
    frac(s.headline.correct, s.headline.total),
    frac(s.headline.firstCorrect, s.headline.total),
    s.distinctPerVersion.toFixed(1),
    frac(s.persons.correct, s.persons.total),
    `${s.findings.total} (${s.findings.error}/${s.findings.warning}/${s.findings.info})`,
    frac(s.expected.found, s.expected.total),
    String(s.falseContradictions.length),
    String(s.otherWrong.length),
  ]);
  rows.push([
    'all',
    String(o.versions),
    '',
    `${frac(o.headlineCorrect, o.headlineTotal)} ${pct(o.headlineAccuracy)}`,
    pct(o.firstValueAccuracy),
    o.distinctPerVersion.toFixed(2),
    pct(o.personPrecision),
    `${o.findingsPerSet.toFixed(1)} (${o.findingsBySeverity.error.toFixed(1)}/${o.findingsBySeverity.warning.toFixed(1)}/${o.findingsBySeverity.info.toFixed(1)})`,
    `${frac(o.expectedFound, o.expectedTotal)} ${pct(o.expectedRecall)}`,
    String(o.falseContradictions),
    String(o.otherWrong),
  ]);
  return [
    `factlint wire-story sets (tests/eval/sets, news-core only): ${o.sets} sets, ${o.versions} versions`,
    '',
    table(
      ['set', 'vers', 'order', 'headline', '1st=gold', 'toll values/ver', 'people ok', 'findings (e/w/i)', 'expected found', 'false contr.', 'other wrong'],
      rows,
    ),
    '',
    `headline: one value with role "headline" equal to the gold figure (death toll ` +
      `${frac(o.headlineByRule['death-toll'].correct, o.headlineByRule['death-toll'].total)}, injured ` +
      `${frac(o.headlineByRule.injured.correct, o.headlineByRule.injured.total)}); ` +
      `1st=gold: the claim's first value equals it (role-free baseline); ` +
      `${o.spuriousHeadlines} headline values where the gold has none; ` +
      `people found: ${pct(o.personRecall)} of the gold people; ${o.unexpectedIntegrity} unexpected integrity findings`,
  ].join('\n');
}

const showValue = (v: ScoredValue): string =>
  `${String(v.value)}${v.role !== undefined ? `(${v.role}${v.place !== undefined ? ` ${v.place}` : ''})` : ''}«${v.text ?? ''}»`;

/** Per-set details: values per version with roles, gold, unmatched expected findings, false findings, wrong names. */
export function formatSetDetails(run: SetRun): string {
  const { set, gold, score } = run;
  const lines = [`## ${set.id} (${set.order}): ${gold.story ?? ''}`];
  for (const version of set.versions) {
    for (const rule of HEADLINE_RULES) {
      const want = gold.versions[version]?.[rule];
      const values = claimValues(set, rule, version);
      lines.push(`  ${version} ${rule}: gold ${want === undefined ? '-' : String(want)} | ${values.map(showValue).join(' | ') || '(none)'}`);
    }
  }
  for (const e of score.expected.outcomes.filter((x) => !x.found)) {
    const { found: _f, ...rest } = e;
    lines.push(`  missed expected: ${JSON.stringify(rest)}`);
  }
  for (const f of score.falseContradictions) lines.push(`  false contradiction: ${f.rule} ${f.versions.join(',')} ${f.message ?? ''}`);
  for (const f of score.otherWrong) lines.push(`  wrong ${f.type}: ${f.rule} ${f.versions.join(',')} ${f.message ?? ''}`);
  for (const f of score.unexpectedIntegrity) lines.push(`  unexpected integrity: ${f.versions.join(',')} ${f.message ?? ''}`);
  for (const s of score.spuriousHeadlines) lines.push(`  headline where gold has none: ${s.version} ${s.rule} ${String(s.value)}`);
  const wrong = score.persons.outcomes.filter((p) => p.verdict !== 'person');
  if (wrong.length > 0) lines.push(`  names that are not people of the story: ${wrong.map((p) => `${p.name} [${p.verdict}]`).join(', ')}`);
  return lines.join('\n');
}
