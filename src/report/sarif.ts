import type { Reporter, Severity } from '../types.js';
import { fingerprint } from '../noise/baseline.js';
import { safeText, uriPath } from './safe.js';
import { allFindings, primaryLocation, relatedLocations, type Location } from './locate.js';

const LEVEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note' };

const physical = (l: Location) => ({
  physicalLocation: { artifactLocation: { uri: uriPath(l.path) }, region: { startLine: l.line, startColumn: l.column } },
});

/** SARIF 2.1.0 for code scanning: first location is the version with the problem. */
export const sarifReporter: Reporter = {
  name: 'sarif',
  format(report) {
    const findings = allFindings(report);
    const ruleIds = [...new Set(findings.map(([f]) => f.rule))].sort();
    const results = findings.map(([f, set]) => {
      const where = primaryLocation(f, set);
      return {
        ruleId: f.rule,
        level: LEVEL[f.severity],
        message: { text: safeText(f.message) },
        properties: { type: f.type, subject: safeText(f.subject), versions: f.versions },
        // The baseline's fingerprint (set, rule, type, subject, versions): code scanning tracks a finding across runs.
        partialFingerprints: { 'factlint/v1': fingerprint(set?.path ?? '', f) },
        ...(where ? { locations: [physical(where)] } : {}),
        relatedLocations: relatedLocations(f, set).map((l, id) => ({ id, ...physical(l) })),
      };
    });
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'factlint', version: report.tool.version, rules: ruleIds.map((id) => ({ id })) } },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
  },
};
