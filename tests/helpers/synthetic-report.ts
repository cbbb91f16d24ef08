/**
 * A generated report at real scale (many versions × many claims) for layout tests: values of
 * every kind and role, long names and long figures, findings of every verdict. Deterministic.
 */
import type { ClaimReport, ClaimValue, Finding, FindingType, Report, RuleKind, SetReport, Severity, ValueRole, VersionInfo } from '../../src/types.js';
import { rng as random } from '../../src/rng.js';


const NAMES = ['Grace Atieno', 'Li Wenhua', 'Park Min-seo', 'Tomás Ortega', 'Maximiliano Fernández de la Cruz-Villanueva', 'Ana Ruiz', 'Oluwaseun Adeyemi-Bakare', 'Jean Dupont'];
const PLACES = ['Alder County', 'Kesarpur', 'Valdera', 'the Northern Highlands Administrative Region', 'Meghla', 'Sulawesi'];
const ROLES: readonly ValueRole[] = ['part', 'background', 'other'];

export interface SyntheticOptions {
  versions: number;
  claims: number;
  seed?: number;
  path?: string;
}

function versionInfo(i: number): VersionInfo {
  const day = String(1 + Math.floor(i / 8)).padStart(2, '0');
  const hour = String(6 + (i % 8) * 2).padStart(2, '0');
  return {
    id: `${String(i).padStart(3, '0')}_${(0x9e3779b1 * (i + 1)).toString(16).padStart(8, '0')}a1b2c3d4`,
    path: `stories/generated/${String(i).padStart(3, '0')}_copy-from-a-syndication-partner.txt`,
    date: `2025-03-${day}`,
    time: `${hour}:00`,
    role: i === 0 ? 'first' : i % 7 === 3 ? 'scraped copy' : null,
    encoding: 'utf-8',
    language: 'en',
    notices: [],
    rank: i,
  };
}

/** A claim value quoting `text` inside `sentence` (its span and column found there). */
export function valueIn(rule: string, version: string, kind: RuleKind, v: number | string, sentence: string, text: string, line = 2): ClaimValue {
  const at = sentence.indexOf(text);
  return {
    rule,
    version,
    kind,
    key: String(v),
    value: v,
    qualifier: null,
    text,
    sentence,
    span: { start: at, end: at + text.length },
    line,
    column: at + 1,
    uncertain: false,
  };
}

function value(rule: string, kind: RuleKind, version: string, v: number | string, text: string, rand: () => number, role?: ValueRole): ClaimValue {
  const sentence = `In the ${Math.floor(rand() * 90) + 10}th paragraph the report says ${text} according to officials quoted by the agency on Tuesday evening.`;
  const out = valueIn(rule, version, kind, v, sentence, text, 3 + Math.floor(rand() * 40));
  if (role) out.role = role;
  if (role === 'part') out.place = PLACES[Math.floor(rand() * PLACES.length)] ?? 'Valdera';
  return out;
}

function cellValues(c: number, kind: RuleKind, rule: string, version: string, vi: number, rand: () => number): ClaimValue[] {
  if (c % 9 === 8) return []; // an empty claim
  if (kind === 'people') {
    const n = 1 + Math.floor(rand() * 7);
    return Array.from({ length: n }, (_, k) => {
      const name = NAMES[(c + k + vi) % NAMES.length] ?? 'Ana Ruiz';
      return value(rule, 'people', version, name, name, rand);
    });
  }
  const base = c % 4 === 0 ? 1234567 + c : 10 + c;
  const headline = base + (vi % 10 === 9 ? 1 : 0);
  const unit = c % 5 === 0 ? 'people displaced from their homes in the flooded districts' : 'people';
  const out = [value(rule, 'quantity', version, headline, `${headline.toLocaleString('en-US')} ${unit}`, rand, 'headline')];
  if (rand() < 0.5) {
    const role = ROLES[Math.floor(rand() * ROLES.length)] ?? 'other';
    out.push(value(rule, 'quantity', version, Math.floor(base / 3), `${Math.floor(base / 3)} people`, rand, role));
  }
  return out;
}

const VERDICTS: ReadonlyArray<[FindingType, Severity]> = [
  ['contradiction', 'error'],
  ['omission', 'warning'],
  ['qualifier-change', 'warning'],
  ['stale', 'warning'],
  ['update', 'info'],
  ['not-yet-reported', 'info'],
];

function finding(claim: ClaimReport, versions: readonly VersionInfo[], c: number): Finding {
  const [type, severity] = VERDICTS[c % VERDICTS.length] ?? ['contradiction', 'error'];
  const bad = versions[(c * 7) % versions.length] ?? versions[0];
  const good = versions[0];
  const ev = (v: VersionInfo | undefined): Finding['evidence'] => {
    const first = v ? claim.values[v.id]?.[0] : undefined;
    return first && v ? [{ version: v.id, path: v.path, line: first.line, column: first.column, text: first.sentence, value: first.text }] : [];
  };
  return {
    rule: claim.rule,
    type,
    severity,
    subject: claim.label,
    versions: bad ? [bad.id] : [],
    message: `${claim.label}: ${bad?.id ?? '?'} differs from ${good?.id ?? '?'} (${type})`,
    evidence: [...ev(bad), ...ev(good)],
  };
}

/** One set of `versions` versions and `claims` claims, every third claim with a finding. */
export function syntheticSet(options: SyntheticOptions): SetReport {
  const rand = random(options.seed ?? 1);
  const versions = Array.from({ length: options.versions }, (_, i) => versionInfo(i));
  const claims: ClaimReport[] = Array.from({ length: options.claims }, (_, c) => {
    const kind: RuleKind = c % 3 === 1 ? 'people' : 'quantity';
    const rule = `generated-claim-${String(c).padStart(2, '0')}${c % 10 === 0 ? '-with-a-rather-long-rule-identifier' : ''}`;
    const label = c % 10 === 0 ? `Claim ${c}: people displaced by the floods in the northern districts` : `Claim ${c} (${kind})`;
    const values: Record<string, ClaimValue[]> = {};
    versions.forEach((v, vi) => (values[v.id] = cellValues(c, kind, rule, v.id, vi, rand)));
    return { rule, label, kind, values };
  });
  const findings = claims.filter((cl, c) => c % 3 === 0 && c % 9 !== 8).map((cl, k) => finding(cl, versions, k));
  return {
    path: options.path ?? 'stories/generated',
    order: 'manifest',
    orderNote: 'ordered as listed in the generated manifest',
    versions,
    rules: claims.map((c) => c.rule),
    claims,
    findings,
  };
}

/** A report holding the given sets, with the summary counted. */
export function reportOf(sets: SetReport[]): Report {
  const all = sets.flatMap((s) => s.findings);
  const n = (s: Severity): number => all.filter((f) => f.severity === s).length;
  return { tool: { name: 'factlint', version: '0.1.0' }, sets, findings: [], summary: { errors: n('error'), warnings: n('warning'), infos: n('info') } };
}
