import type { Finding, Reporter, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { xmlText as xml } from './safe.js';

/** A finding fails its test case when at or above the exit threshold (`--fail-on`; default warning). */
function fails(f: Finding, failOn: Severity | 'none'): boolean {
  return failOn !== 'none' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
}

function failure(f: Finding): string {
  const evidence = f.evidence.map((e) => `${e.path ?? e.version}:${e.line}:${e.column} ${e.text}`).join('\n');
  return `      <failure type="${xml(f.type)}" message="${xml(f.message)}">${xml(evidence)}</failure>`;
}

function testcase(classname: string, name: string, failing: readonly Finding[]): string {
  const body = failing.map(failure).join('\n');
  return `    <testcase classname="${xml(classname)}" name="${xml(name)}">${body ? `\n${body}\n    ` : ''}</testcase>`;
}

function suite(name: string, cases: ReadonlyArray<{ name: string; failing: readonly Finding[] }>): string {
  const failures = cases.filter((c) => c.failing.length > 0).length;
  return `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}">\n${cases.map((c) => testcase(name, c.name, c.failing)).join('\n')}\n  </testsuite>`;
}

/**
 * JUnit XML: one test suite per set, one test case per claim; a case fails on findings at or
 * above `failOn`. Problems outside any set (a broken rule or config file, a missing path) are
 * a suite of their own with failing cases, so a CI test view never shows green on exit code 2.
 */
export const junitReporter: Reporter = {
  name: 'junit',
  format(report, options) {
    const failOn = options.failOn ?? 'warning';
    const suites = report.sets.map((set) => {
      const ids = [...new Set([...set.claims.map((c) => c.rule), ...set.findings.map((f) => f.rule)])];
      return suite(set.path, ids.map((id) => ({ name: id, failing: set.findings.filter((f) => f.rule === id && fails(f, failOn)) })));
    });
    if (report.findings.length > 0) {
      const cases = report.findings.map((f) => ({ name: `${f.type}: ${f.subject}`, failing: f.type === 'config' || f.severity === 'error' || fails(f, failOn) ? [f] : [] }));
      suites.unshift(suite('factlint', cases));
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factlint">\n${suites.join('\n')}\n</testsuites>\n`;
  },
};
