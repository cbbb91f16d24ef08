/**
 * The pipeline of one article set, in one direction: normalize, order, analyze, extract,
 * align, claim checks, set checks, then the declared passes over the findings.
 */
import { checkAlignment } from './align/index.js';
import { versionRelations, type VersionRelations } from './align/relations.js';
import { analyze, type ParagraphCache } from './analyze/index.js';
import {
  checkRule,
  configFinding,
  createSimilarity,
  dropCoveredChanges,
  dropRedundant,
  inputFinding,
  integrityFindings,
  orderVersions,
  sortFindings,
  type Ordering,
  wireUpdateNumber,
} from './check/index.js';
import { creditInfo } from './read/bylines.js';
import { extractClaims, hasHeadline, presence, presenceIn, type ClaimTable } from './extract/claims.js';
import { mentionPresence } from './extract/mention.js';
import { attendanceReader } from './extract/people.js';
import { parseManifest } from './load/manifest.js';
import { kindOf } from './kinds/index.js';
import { detectLanguage } from './lang/detect.js';
import { lexiconFor } from './lang/index.js';
import { normalize, type LineKinds } from './normalize/index.js';
import { capEvidence, capFindings, capSkipped, capValues } from './report/bounds.js';
import { builtin, unkeyed } from './findings.js';
import { withSetCaches } from './set-cache.js';
import type {
  ClaimReport,
  ClaimValue,
  Doc,
  Finding,
  LoadedSet,
  Manifest,
  NormalizedVersion,
  Rule,
  SetReport,
  VersionInfo,
} from './types.js';

/**
 * The passes over a set's findings once every check has run, in this order (as textlint's
 * message processes): drop changed facts a claim finding already reports, fold losses
 * several rules report, sort, bound the report, drop the internal fact keys.
 */
const SET_PASSES: ReadonlyArray<(findings: Finding[]) => Finding[]> = [
  dropCoveredChanges,
  dropRedundant,
  sortFindings,
  (findings) => capFindings(findings).map((f) => capEvidence(f)),
  (findings) => findings.map(unkeyed),
];

function settleFindings(findings: readonly Finding[]): Finding[] {
  return SET_PASSES.reduce((acc, pass) => pass(acc), [...findings]);
}

/**
 * Checks one loaded set with the given rules. The readings cached along the way are the set's
 * own and are dropped with it (set-cache.ts: kept past the set, they cost more in garbage
 * collection than they saved).
 */
export function checkSet(
  set: LoadedSet,
  rules: readonly Rule[],
  display: (p: string) => string,
  settings: { language?: string | null } = {},
): SetReport {
  return withSetCaches(() => checkSetNow(set, rules, display, settings));
}

/** checkSet's work; each stage below feeds only the later ones. */
function checkSetNow(set: LoadedSet, rules: readonly Rule[], display: (p: string) => string, settings: { language?: string | null }): SetReport {
  const { findings, ordering, normalized, languages } = readSet(set, display, settings);
  const byId = new Map(normalized.map((v) => [v.id, v]));
  const docs = new Map<string, Doc>();
  const paragraphs: ParagraphCache = new Map();
  for (const v of ordering.versions) {
    const version = byId.get(v.id);
    if (version) docs.set(v.id, analyze(version, paragraphs));
  }
  const extracted = extractClaims(rules, ordering.versions, docs, ordering.setDate, kindOf);

  const docList = ordering.versions.map((v) => docs.get(v.id)).filter((d): d is Doc => d !== undefined);
  const rank = new Map(ordering.versions.map((v) => [v.id, v.rank]));
  const relations = versionRelations(ordering.versions, docs);
  const aligned = checkAlignment(docList, {
    older: (a, b) => (rank.get(a) ?? 0) < (rank.get(b) ?? 0),
    minorFigures: minorFigures(rules, extracted, rank),
    rewriteOf: relations.rewriteOf,
  });

  const claims = rules.map((rule): ClaimReport => ({ rule: rule.id, label: rule.label, kind: rule.kind, ...capValues(extracted.get(rule.id) ?? new Map()) }));
  if (normalized.length >= 2) findings.push(...claimFindings(rules, extracted, ordering, docs, new Map(normalized.map((v) => [v.id, v.path])), relations));

  // Set checks: what the alignment found, and the damage each version shows.
  findings.push(...aligned.findings);
  for (const doc of docList) {
    const extra = aligned.notices.get(doc.version.id) ?? [];
    const version = { ...doc.version, notices: [...doc.version.notices, ...extra] };
    byId.set(version.id, version);
    findings.push(...integrityFindings(version));
  }

  return {
    path: display(set.path),
    order: ordering.order,
    orderNote: ordering.note,
    versions: versionInfos(ordering, byId, languages),
    rules: rules.map((r) => r.id),
    claims,
    findings: settleFindings(findings),
    ...capSkipped(set.skipped, display),
  };
}

/** A set read for checking: its readable versions in time order, their languages, and the input findings so far. */
interface ReadSet {
  findings: Finding[];
  ordering: Ordering;
  /** Versions decoded and in a language with a lexicon. */
  normalized: NormalizedVersion[];
  languages: ReadonlyMap<string, string>;
}

/** Load's output made readable: the manifest, each version normalized and its language, the time order. */
function readSet(set: LoadedSet, display: (p: string) => string, settings: { language?: string | null }): ReadSet {
  const findings: Finding[] = set.problems.map((p) => inputFinding(p, display));

  let manifest: Manifest | null = null;
  if (set.manifestFile) {
    const parsed = parseManifest(set.manifestFile.text, display(set.manifestFile.path));
    manifest = parsed.manifest;
    findings.push(...parsed.problems.map((p) => configFinding(p, (x) => x)));
  }

  const decoded: NormalizedVersion[] = [];
  const lineKinds: LineKinds = new Map();
  for (const raw of set.versions) {
    const result = normalize(raw, display(raw.path), lineKinds);
    if ('message' in result) findings.push(inputFinding({ ...result, version: raw.id }, display));
    else decoded.push(result);
  }
  const languages = new Map(decoded.map((v) => [v.id, manifest?.versions[v.id]?.language ?? settings.language ?? detectLanguage(v.text)]));
  const normalized = decoded.filter((v) => lexiconFor(languages.get(v.id) ?? '') !== null);
  findings.push(...unsupportedLanguages(decoded, languages));

  const ordering = orderVersions(
    normalized.map((v) => ({ id: v.id, dateLine: v.dateLine, update: wireUpdateNumber(v.text) })),
    manifest,
  );
  if (manifest) findings.push(...unlisted(set, manifest, decoded));
  if (normalized.length === 1) {
    findings.push({
      ...builtin('input'),
      severity: 'warning',
      subject: display(set.path),
      versions: normalized.map((v) => v.id),
      message: `${display(set.path)}: only one readable version, nothing to compare across versions`,
      evidence: [],
    });
  }
  return { findings, ordering, normalized, languages };
}

/** Versions the manifest lists that are not in the set (and not already an input problem). */
function unlisted(set: LoadedSet, manifest: Manifest, decoded: readonly NormalizedVersion[]): Finding[] {
  const known = new Set(decoded.map((v) => v.id));
  return manifest.order
    .filter((id) => !known.has(id) && !set.problems.some((p) => p.version === id))
    .map((id) => ({
      ...builtin('input'),
      severity: 'warning' as const,
      subject: id,
      versions: [id],
      message: `${manifest.path} lists version ${id}, but there is no such file in the set`,
      evidence: [],
    }));
}

/** Claim checks: each rule's values compared across the versions. */
function claimFindings(
  rules: readonly Rule[],
  extracted: ClaimTable,
  ordering: Ordering,
  docs: ReadonlyMap<string, Doc>,
  paths: ReadonlyMap<string, string>,
  relations: VersionRelations,
): Finding[] {
  const sentences = new Map([...docs].map(([id, doc]) => [id, doc.sentences.map((x) => x.text)]));
  const similarity = createSimilarity();
  return rules.flatMap((rule) =>
    checkRule({
      rule,
      values: extracted.get(rule.id) ?? new Map<string, ClaimValue[]>(),
      versions: ordering.versions,
      paths,
      similarity,
      order: ordering.order,
      relations,
      sentencesOf: (id: string) => sentences.get(id) ?? [],
      ...(rule.kind === 'people' && rule.cues.length > 0
        ? { present: presence(rule, ordering.versions, docs, ordering.setDate, kindOf), attendance: attendanceReader(rule, docs) }
        : rule.kind === 'people'
          ? { present: presenceIn(extracted.get(rule.id) ?? new Map<string, ClaimValue[]>()) }
        : rule.kind === 'mention' && rule.names.length === 0
          ? { present: mentionPresence(docs) }
          : {}),
    }),
  );
}

function versionInfos(ordering: Ordering, byId: ReadonlyMap<string, NormalizedVersion>, languages: ReadonlyMap<string, string>): VersionInfo[] {
  return ordering.versions.map((o) => {
    const v = byId.get(o.id) as NormalizedVersion;
    const credits = creditInfo(v);
    const language = languages.get(o.id) ?? 'en';
    return {
      id: o.id, path: v.path, date: o.date, time: o.time, role: o.role, encoding: v.encoding, language, notices: v.notices, rank: o.rank,
      ...(credits.length > 0 ? { credits } : {}),
    };
  });
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
