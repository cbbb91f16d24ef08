import { checkAlignment } from './align/index.js';
import { analyze } from './analyze/index.js';
import { checkRule, configFinding, createSimilarity, dropRedundant, inputFinding, integrityFindings, orderVersions } from './check/index.js';
import { creditInfo } from './extract/bylines.js';
import { extractClaims, hasHeadline, presence, type ClaimTable } from './extract/claims.js';
import { applyCheckSettings, summarize } from './noise/filter.js';
import { parseManifest } from './load/manifest.js';
import { kindOf } from './kinds/index.js';
import { detectLanguage } from './lang/detect.js';
import { lexiconFor } from './lang/index.js';
import { normalize } from './normalize/index.js';
import { capEvidence, capFindings, capSkipped, capValues } from './report/bounds.js';
import { displayPath, planRun, type PlanOptions } from './run/plan.js';
import { runSets } from './run/run.js';
import { inShard } from './run/shard.js';
import type { Shard } from './run/shard.js';
import type { ShardedReport } from './run/stream.js';
import type {
  ClaimReport,
  ClaimValue,
  Doc,
  Finding,
  LoadedSet,
  Manifest,
  NormalizedVersion,
  Report,
  Rule,
  SetReport,
  VersionInfo,
} from './types.js';
import { SEVERITY_RANK } from './types.js';

export { VERSION } from './version.js';
import { VERSION } from './version.js';
export { bundledRulesDir } from './run/plan.js';
export { effectiveRules } from './run/rules.js';

/** `check()`'s options: where rules and inputs come from (PlanOptions), and how the run goes. */
export interface CheckOptions extends PlanOptions {
  /** Called after each set is checked (progress lines). */
  onSet?: (set: SetReport, done: number, total: number) => void;
  /** Sets checked in parallel by worker threads (default 1: in this thread); results stay in input order. */
  jobs?: number;
  /** Check only the sets of this shard (`--shard=i/n`); the report then carries `shard` for `factlint merge`. */
  shard?: Shard | null;
}

/** Reads the article sets at `paths`, checks every rule in every version, and reports. */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<Report> {
  const plan = await planRun(paths, options);
  const display = displayPath(plan.cwd);
  const report = emptyReport(plan.findings);
  const shard = options.shard ?? null;
  const total = plan.items.filter((i) => i.kind === 'set' && (shard === null || inShard(display(i.path), shard))).length;
  const positions: number[] = [];
  await runSets(plan, {
    jobs: options.jobs ?? 1,
    shard,
    language: plan.language,
    emit(outcome) {
      if (outcome.kind === 'config') {
        report.findings.push(...outcome.findings);
        return;
      }
      report.sets.push(outcome.report);
      positions.push(outcome.position);
      options.onSet?.(outcome.report, report.sets.length, total);
    },
  });
  const out: ShardedReport = summarize(applyCheckSettings(finish(report), plan.config.checks));
  // A shard's report says where its sets sit in the whole run, for `factlint merge`.
  if (!shard) return out;
  const sharded: ShardedReport = { ...out, shard: { index: shard.index, count: shard.count, sets: positions, findings: out.findings.map(() => -1) } };
  return sharded;
}

/** A report with no sets yet. */
export function emptyReport(findings: readonly Finding[] = []): Report {
  return { tool: { name: 'factlint', version: VERSION }, sets: [], findings: [...findings], summary: { errors: 0, warnings: 0, infos: 0 } };
}

/** Checks one loaded set with the given rules: normalize, analyze, extract, compare. */
export function checkSet(
  set: LoadedSet,
  rules: readonly Rule[],
  display: (p: string) => string,
  settings: { language?: string | null } = {},
): SetReport {
  const findings: Finding[] = set.problems.map((p) => inputFinding(p, display));

  let manifest: Manifest | null = null;
  if (set.manifestFile) {
    const parsed = parseManifest(set.manifestFile.text, display(set.manifestFile.path));
    manifest = parsed.manifest;
    findings.push(...parsed.problems.map((p) => configFinding(p, (x) => x)));
  }

  const decoded: NormalizedVersion[] = [];
  for (const raw of set.versions) {
    const result = normalize(raw);
    if ('message' in result) findings.push(inputFinding({ ...result, version: raw.id }, display));
    else decoded.push({ ...result, path: display(raw.path) });
  }
  const languages = new Map(decoded.map((v) => [v.id, manifest?.versions[v.id]?.language ?? settings.language ?? detectLanguage(v.text)]));
  const normalized = decoded.filter((v) => lexiconFor(languages.get(v.id) ?? '') !== null);
  findings.push(...unsupportedLanguages(decoded, languages));

  const ordering = orderVersions(
    normalized.map((v) => ({ id: v.id, dateLine: v.dateLine })),
    manifest,
  );
  if (manifest) {
    const known = new Set(decoded.map((v) => v.id));
    const listedMissing = manifest.order.filter((id) => !known.has(id) && !set.problems.some((p) => p.version === id));
    for (const id of listedMissing) {
      findings.push({
        rule: 'input',
        type: 'input',
        severity: 'warning',
        subject: id,
        versions: [id],
        message: `${manifest.path} lists version ${id}, but there is no such file in the set`,
        evidence: [],
      });
    }
  }

  const byId = new Map(normalized.map((v) => [v.id, v]));
  const docs = new Map<string, Doc>();
  for (const v of ordering.versions) {
    const version = byId.get(v.id);
    if (version) docs.set(v.id, analyze(version));
  }
  const paths = new Map(normalized.map((v) => [v.id, v.path]));

  if (normalized.length === 1) {
    findings.push({
      rule: 'input',
      type: 'input',
      severity: 'warning',
      subject: display(set.path),
      versions: normalized.map((v) => v.id),
      message: `${display(set.path)}: only one readable version, nothing to compare across versions`,
      evidence: [],
    });
  }

  const extracted = extractClaims(rules, ordering.versions, docs, ordering.setDate, kindOf);
  const sentences = new Map([...docs].map(([id, doc]) => [id, doc.sentences.map((x) => x.text)]));
  const similarity = createSimilarity();

  const claims: ClaimReport[] = [];
  for (const rule of rules) {
    const values = extracted.get(rule.id) ?? new Map<string, ClaimValue[]>();
    claims.push({ rule: rule.id, label: rule.label, kind: rule.kind, ...capValues(values) });
    if (normalized.length < 2) continue;
    const input = {
      rule,
      values,
      versions: ordering.versions,
      paths,
      similarity,
      order: ordering.order,
      sentencesOf: (id: string) => sentences.get(id) ?? [],
      ...(rule.kind === 'people' && rule.cues.length > 0
        ? { present: presence(rule, ordering.versions, docs, ordering.setDate, kindOf) }
        : {}),
    };
    findings.push(...checkRule(input));
  }

  const docList = ordering.versions.map((v) => docs.get(v.id)).filter((d): d is Doc => d !== undefined);
  const rank = new Map(ordering.versions.map((v) => [v.id, v.rank]));
  const alignment = checkAlignment(docList, {
    older: (a, b) => (rank.get(a) ?? 0) < (rank.get(b) ?? 0),
    ruleFindings: findings,
    minorFigures: minorFigures(rules, extracted, rank),
  });
  findings.push(...alignment.findings);
  for (const doc of docList) {
    const extra = alignment.notices.get(doc.version.id) ?? [];
    const version = { ...doc.version, notices: [...doc.version.notices, ...extra] };
    byId.set(version.id, version);
    findings.push(...integrityFindings(version));
  }

  const versions: VersionInfo[] = ordering.versions.map((o) => {
    const v = byId.get(o.id) as NormalizedVersion;
    const credits = creditInfo(v);
    const language = languages.get(o.id) ?? 'en';
    return {
      id: o.id, path: v.path, date: o.date, time: o.time, role: o.role, encoding: v.encoding, language, notices: v.notices, rank: o.rank,
      ...(credits.length > 0 ? { credits } : {}),
    };
  });

  return {
    path: display(set.path),
    order: ordering.order,
    orderNote: ordering.note,
    versions,
    rules: rules.map((r) => r.id),
    claims,
    findings: capFindings(sortFindings(dropRedundant(findings))).map((f) => capEvidence(f)),
    ...capSkipped(set.skipped, display),
  };
}

/**
 * A version in a language without a lexicon is not read (its numbers, dates and names
 * would be misread or missed): a warning names it instead of a silent pass.
 */
function unsupportedLanguages(versions: readonly NormalizedVersion[], languages: ReadonlyMap<string, string>): Finding[] {
  return versions
    .filter((v) => lexiconFor(languages.get(v.id) ?? '') === null)
    .map((v) => ({
      ...inputFinding({ path: v.path, version: v.id, message: `language ${languages.get(v.id) ?? '?'} is not supported: not checked` }, (p) => p),
      severity: 'warning' as const,
    }));
}

/**
 * Figures that are not the story's current facts: the parts, background figures and
 * other mentions of headline rules, and every headline but the latest one (superseded).
 */
function minorFigures(rules: readonly Rule[], extracted: ClaimTable, rank: ReadonlyMap<string, number>): Set<number> {
  const out = new Set<number>();
  for (const rule of rules.filter(hasHeadline)) {
    const values = [...(extracted.get(rule.id)?.values() ?? [])].flat();
    const headlines = values.filter((x) => x.role === 'headline');
    const latest = Math.max(-1, ...headlines.map((x) => rank.get(x.version) ?? 0));
    const current = new Set(headlines.filter((x) => (rank.get(x.version) ?? 0) === latest).map((x) => Number(x.value)));
    for (const x of values) if (!current.has(Number(x.value))) out.add(Number(x.value));
  }
  return out;
}

const TYPE_ORDER = [
  'input', 'config', 'contradiction', 'stale', 'deleted-mention', 'qualifier-change', 'omission',
  'unreadable', 'integrity', 'update', 'not-yet-reported',
];

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      a.rule.localeCompare(b.rule) ||
      a.subject.localeCompare(b.subject),
  );
}

/** Fills in the summary counts of a report. */
export function finish(report: Report): Report {
  const all = [...report.findings, ...report.sets.flatMap((s) => s.findings)];
  report.summary = {
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
  };
  return report;
}

/** True when not a single version of any set could be read. */
export function nothingChecked(report: Report): boolean {
  return report.sets.every((s) => s.versions.length === 0);
}
