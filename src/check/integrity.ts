import type { Finding, NormalizedVersion, NoticeType, Severity } from '../types.js';

/**
 * Damage to a version that a reader must know about becomes a finding; repairs that
 * lose nothing (mojibake re-encoded exactly, boilerplate stripped) stay notices.
 */
const AS_FINDING: Partial<Record<NoticeType, Severity>> = {
  'injected-text': 'warning',
  'injected-link': 'warning',
  truncation: 'info',
  'missing-opening': 'info',
};

export function integrityFindings(version: NormalizedVersion): Finding[] {
  const findings: Finding[] = [];
  for (const notice of version.notices) {
    const severity = AS_FINDING[notice.type];
    if (!severity) continue;
    findings.push({
      rule: 'integrity',
      type: 'integrity',
      severity,
      subject: notice.type,
      versions: [version.id],
      message: `${version.id}: ${notice.message}`,
      evidence: notice.places.map((p) => ({
        version: version.id,
        path: version.path,
        line: p.line,
        column: p.column,
        text: lineAt(version.original, p.line),
      })),
    });
  }
  return findings;
}

function lineAt(text: string, line: number): string {
  const l = text.split(/\r\n|\r|\n/)[line - 1] ?? '';
  return l.length > 300 ? `${l.slice(0, 297)}…` : l;
}
