import { builtin } from '../findings.js';
import type { Finding, Notice, NormalizedVersion, NoticeType, Severity } from '../types.js';

/**
 * Damage to a version that a reader of that copy sees becomes a finding, so that CI can fail
 * on a damaged copy; the notice stays too. A copy that differs only by a clean encoding
 * (UTF-16, a BOM, Windows-1252 decoded correctly) has no such notice and yields no finding.
 */
const AS_FINDING: Partial<Record<NoticeType, (n: Notice) => Severity | null>> = {
  'injected-text': () => 'warning',
  'injected-link': () => 'warning',
  truncation: () => 'info',
  'missing-opening': () => 'info',
  // Garbled characters: lost for good when a repair had to guess a byte, else repaired exactly.
  mojibake: (n) => ((n.lossy ?? 0) > 0 ? 'warning' : 'info'),
  // A flood of repeated lines ("Credit: AP" × 22); a single copyright or follow line is not damage.
  boilerplate: (n) => ((n.repeated ?? 0) > 0 ? 'info' : null),
};

const WHAT: Partial<Record<NoticeType, string>> = {
  mojibake: 'readers of this copy see garbled characters',
  boilerplate: 'readers of this copy see a flood of repeated lines',
};

export function integrityFindings(version: NormalizedVersion): Finding[] {
  const findings: Finding[] = [];
  // Split only for a notice that becomes a finding (most versions have none).
  let lines: string[] | undefined;
  const line = (n: number): string => (lines ??= version.original.split(/\r\n|\r|\n/))[n - 1] ?? '';
  for (const notice of version.notices) {
    const severity = AS_FINDING[notice.type]?.(notice) ?? null;
    if (severity === null) continue;
    const what = WHAT[notice.type];
    findings.push({
      ...builtin('integrity'),
      severity,
      subject: notice.type,
      versions: [version.id],
      message: `${version.id}: ${what ? `${what}; ` : ''}${notice.message}`,
      evidence: notice.places.map((p) => ({
        version: version.id,
        path: version.path,
        line: p.line,
        column: p.column,
        text: clipLine(line(p.line)),
      })),
    });
  }
  return findings;
}

function clipLine(l: string): string {
  return l.length > 300 ? `${l.slice(0, 297)}…` : l;
}
