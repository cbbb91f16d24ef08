import type { Reporter } from '../types.js';
import { xmlText as xml } from './safe.js';

/** JUnit XML: one test suite per set, one test case per claim; errors and warnings fail it. */
export const junitReporter: Reporter = {
  name: 'junit',
  format(report) {
    const suites = report.sets.map((set) => {
      const ids = [...new Set([...set.claims.map((c) => c.rule), ...set.findings.map((f) => f.rule)])];
      const cases = ids.map((id) => {
        const failing = set.findings.filter((f) => f.rule === id && f.severity !== 'info');
        const body = failing
          .map((f) => `      <failure type="${xml(f.type)}" message="${xml(f.message)}">${xml(f.evidence.map((e) => `${e.path ?? e.version}:${e.line}:${e.column} ${e.text}`).join('\n'))}</failure>`)
          .join('\n');
        return `    <testcase classname="${xml(set.path)}" name="${xml(id)}">${body ? `\n${body}\n    ` : ''}</testcase>`;
      });
      const failures = ids.filter((id) => set.findings.some((f) => f.rule === id && f.severity !== 'info')).length;
      return `  <testsuite name="${xml(set.path)}" tests="${ids.length}" failures="${failures}">\n${cases.join('\n')}\n  </testsuite>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factlint">\n${suites.join('\n')}\n</testsuites>\n`;
  },
};
