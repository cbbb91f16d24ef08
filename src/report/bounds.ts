import { valueAt } from '../claim-value.js';
import type { ClaimValue, Finding, SkippedFile } from '../types.js';
import { SEVERITY_RANK } from '../types.js';

/**
 * Bounds on what a report holds, so that its size stays proportional to the input
 * (a list of 5,000 names gives a report of kilobytes, not of megabytes). Checks run on
 * every value; only the report is capped, and every cap leaves a count of what it left out.
 */
export const MAX_VALUES_PER_VERSION = 100;
/** Evidence quoted per finding: the first items (earliest versions) and the last ones (latest). */
export const MAX_EVIDENCE = 8;
const EVIDENCE_TAIL = 2;
/** Findings of one rule and type listed per set; the rest are folded into one finding with their count. */
export const MAX_FINDINGS_PER_KIND = 50;

export interface CappedValues {
  values: Record<string, ClaimValue[]>;
  /** Per version, how many values were left out of the report (only versions with some). */
  omitted?: Record<string, number>;
}

/** A quoted sentence longer than this is quoted as a window around the value (news sentences are far shorter). */
export const MAX_QUOTE = 600;
/** Values of one claim and version that quote the same sentence whole; the next ones quote a short window around themselves. */
export const FULL_QUOTES_PER_SENTENCE = 4;
const WINDOW = 80;

/** `text` cut to at most `before` characters before `at` and `after` characters from it, with "…" where cut. */
function window(text: string, at: number, before: number, after: number): string {
  const start = Math.max(0, at - before);
  const end = Math.min(text.length, at + after);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * The values of one version as reported: a sentence over MAX_QUOTE characters (a window of 120
 * huge tokens) and the sentence of the 5th and later value in it are quoted as a window around
 * the value, so that the report stays proportional to the input (a sentence holding 40 names
 * was quoted 40 times whole). The checks compare the values as read, with whole sentences.
 */
function quoted(list: readonly ClaimValue[]): ClaimValue[] {
  // Uses of each sentence are counted only once a value needs them: most values quote a
  // sentence short enough to stay whole whatever its count (no Map per version and rule).
  let uses: Map<string, number> | undefined;
  const out = new Array<ClaimValue>(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as ClaimValue;
    if (v.sentence.length <= Math.min(MAX_QUOTE, 2 * WINDOW + v.text.length)) {
      if (uses) uses.set(v.sentence, (uses.get(v.sentence) ?? 0) + 1);
      out[i] = v;
      continue;
    }
    if (!uses) {
      uses = new Map();
      for (let k = 0; k < i; k++) {
        const sentence = (list[k] as ClaimValue).sentence;
        uses.set(sentence, (uses.get(sentence) ?? 0) + 1);
      }
    }
    const n = (uses.get(v.sentence) ?? 0) + 1;
    uses.set(v.sentence, n);
    out[i] = quotedValue(v, n);
  }
  return out;
}

/** A value as quoted when it is the `n`th of its list to quote its sentence. */
function quotedValue(v: ClaimValue, n: number): ClaimValue {
  const limit = n <= FULL_QUOTES_PER_SENTENCE ? MAX_QUOTE : 2 * WINDOW + v.text.length;
  if (v.sentence.length <= limit) return v;
  const at = Math.max(0, valueAt(v));
  const before = n <= FULL_QUOTES_PER_SENTENCE ? Math.max(0, Math.floor((MAX_QUOTE - v.text.length) / 2)) : WINDOW;
  return { ...v, sentence: window(v.sentence, at, before, Math.max(limit - before, v.text.length)) };
}

/** Evidence text over MAX_QUOTE characters: a window around its first cut mark (⟦), else its start. */
function quotedEvidence(text: string): string {
  if (text.length <= MAX_QUOTE) return text;
  const mark = text.indexOf('⟦');
  const before = mark < 0 ? 0 : Math.floor(MAX_QUOTE / 3);
  return window(text, Math.max(0, mark), before, MAX_QUOTE - before);
}

/** At most MAX_VALUES_PER_VERSION values per version: one of each distinct value first, then the rest in text order. */
export function capValues(values: ReadonlyMap<string, readonly ClaimValue[]>, max = MAX_VALUES_PER_VERSION): CappedValues {
  const out: Record<string, ClaimValue[]> = {};
  const omitted: Record<string, number> = {};
  for (const [version, list] of values) {
    out[version] = quoted(list.length <= max ? list : pick(list, max));
    if (list.length > max) omitted[version] = list.length - max;
  }
  return Object.keys(omitted).length > 0 ? { values: out, omitted } : { values: out };
}

function pick(list: readonly ClaimValue[], max: number): ClaimValue[] {
  const chosen = new Set<number>();
  const keys = new Set<string>();
  list.forEach((v, i) => {
    if (chosen.size < max && !keys.has(v.key)) {
      keys.add(v.key);
      chosen.add(i);
    }
  });
  for (let i = 0; i < list.length && chosen.size < max; i++) chosen.add(i);
  return list.filter((_, i) => chosen.has(i));
}

/** A finding with at most MAX_EVIDENCE evidence items (the first and the latest) and a count of the rest. */
export function capEvidence(unclipped: Finding, max = MAX_EVIDENCE): Finding {
  const long = unclipped.evidence.some((e) => e.text.length > MAX_QUOTE);
  const finding = long ? { ...unclipped, evidence: unclipped.evidence.map((e) => ({ ...e, text: quotedEvidence(e.text) })) } : unclipped;
  if (finding.evidence.length <= max) return finding;
  const tail = Math.min(EVIDENCE_TAIL, max);
  const evidence = [...finding.evidence.slice(0, max - tail), ...finding.evidence.slice(finding.evidence.length - tail)];
  return { ...finding, evidence, evidenceOmitted: (finding.evidenceOmitted ?? 0) + finding.evidence.length - max };
}

/**
 * At most MAX_FINDINGS_PER_KIND findings per rule and type (in the given order, so the most
 * severe first when sorted); the rest become one finding that counts them and keeps their
 * highest severity, so that `--fail-on` decides as it would on the full list.
 */
export function capFindings(findings: readonly Finding[], max = MAX_FINDINGS_PER_KIND): Finding[] {
  const kept: Finding[] = [];
  const rest = new Map<string, Finding[]>();
  const seen = new Map<string, number>();
  for (const f of findings) {
    const kind = `${f.rule}\u0000${f.type}`;
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    if (n < max) kept.push(f);
    else rest.set(kind, [...(rest.get(kind) ?? []), f]);
  }
  for (const more of rest.values()) kept.push(folded(more));
  return kept;
}

function folded(more: readonly Finding[]): Finding {
  const first = more[0] as Finding;
  const severity = more.reduce((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), first.severity);
  const versions = [...new Set(more.flatMap((f) => f.versions))];
  return {
    rule: first.rule,
    type: first.type,
    severity,
    subject: `${more.length} more`,
    versions,
    message: `… and ${more.length} more ${first.type} findings of ${first.rule}, not listed (first: ${first.subject})`,
    evidence: [],
    findingsOmitted: more.length,
  };
}

/** Skipped files listed per set; the rest are counted in `skippedOmitted`. */
export const MAX_SKIPPED = 20;

/** The `skipped` fields of a set report: at most MAX_SKIPPED files (paths as displayed), nothing when none. */
export function capSkipped(
  skipped: readonly SkippedFile[] | undefined,
  display: (p: string) => string,
  max = MAX_SKIPPED,
): { skipped?: SkippedFile[]; skippedOmitted?: number } {
  if (!skipped || skipped.length === 0) return {};
  const listed = skipped.slice(0, max).map((s) => ({ path: display(s.path), reason: s.reason }));
  return skipped.length > max ? { skipped: listed, skippedOmitted: skipped.length - max } : { skipped: listed };
}
