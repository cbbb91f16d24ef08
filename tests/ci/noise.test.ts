import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineOf, fingerprint, parseBaseline, baselineText } from '../../src/noise/baseline.js';
import { applyCheckSettings, applyMinSeverity, summarize } from '../../src/noise/filter.js';
import { applyInlineDisables, disablesIn } from '../../src/noise/inline.js';
import { githubReporter } from '../../src/report/github.js';
import { junitReporter } from '../../src/report/junit.js';
import type { Finding, Report, Severity } from '../../src/types.js';

const finding = (rule: string, severity: Severity, subject: string, versions = ['v2'], message = `${rule} ${subject}`): Finding => ({
  rule, type: rule === 'input' ? 'input' : 'contradiction', severity, subject, versions, message, evidence: [{ version: versions[0] ?? 'v1', line: 3, column: 5, text: 'a sentence' }],
});

function reportOf(findings: Finding[], topLevel: Finding[] = []): Report {
  return summarize({
    tool: { name: 'factlint', version: '0.1.0' },
    sets: [{
      path: 'stories/flood', order: 'date-line', orderNote: '', rules: ['death-toll'],
      versions: ['v1', 'v2'].map((id, rank) => ({ id, path: `stories/flood/${id}.txt`, date: null, time: null, role: null, encoding: 'utf-8', language: 'en', notices: [], rank })),
      claims: [{ rule: 'death-toll', label: 'Death toll', kind: 'quantity', values: {} }],
      findings,
    }],
    findings: topLevel,
    summary: { errors: 0, warnings: 0, infos: 0 },
  } as unknown as Report);
}

describe('baseline', () => {
  it('fingerprints the fact, not the message or the line', () => {
    const a = finding('death-toll', 'error', 'Death toll');
    const moved = { ...a, message: 'reworded', evidence: [{ version: 'v2', line: 40, column: 1, text: 'moved' }] };
    expect(fingerprint('s', a)).toBe(fingerprint('s', moved));
    expect(fingerprint('s', a)).not.toBe(fingerprint('s', { ...a, subject: 'Injured' }));
    expect(fingerprint('s', a)).not.toBe(fingerprint('other', a));
    expect(fingerprint('s', { ...a, versions: ['a', 'b'] })).toBe(fingerprint('s', { ...a, versions: ['b', 'a'] }));
  });

  it('round-trips: every finding of a baseline is suppressed and counted; a new one is not', () => {
    const old = reportOf([finding('death-toll', 'error', 'Death toll'), finding('people-named', 'warning', 'Ann Lee')]);
    const parsed = parseBaseline(baselineText(baselineOf(old)));
    if ('problem' in parsed) throw new Error(parsed.problem);
    const again = summarize(applyBaseline(old, parsed.fingerprints));
    expect(again.summary).toMatchObject({ errors: 0, warnings: 0, baselined: 2 });
    const changed = reportOf([finding('death-toll', 'error', 'Death toll', ['v3']), finding('people-named', 'warning', 'Ann Lee')]);
    expect(summarize(applyBaseline(changed, parsed.fingerprints)).summary).toMatchObject({ errors: 1, baselined: 1 });
  });

  it('refuses a file that is not a baseline', () => {
    expect(parseBaseline('nope')).toHaveProperty('problem');
    expect(parseBaseline('{"findings": []}')).toHaveProperty('problem');
  });
});

describe('inline factlint-disable', () => {
  it('reads rule lists and bare directives', () => {
    expect(disablesIn('x\n<!-- factlint-disable people-named, dropped-fact -->\n')).toEqual({ all: false, rules: new Set(['people-named', 'dropped-fact']) });
    expect(disablesIn('factlint-disable\n').all).toBe(true);
  });

  it('drops a finding only when every version it is about disables its rule', () => {
    const report = reportOf([finding('people-named', 'warning', 'Ann Lee', ['v2']), finding('people-named', 'warning', 'Bo', ['v1', 'v2']), finding('death-toll', 'error', 'Toll')]);
    const out = applyInlineDisables(report, (v) => (v.path.endsWith('v2.txt') ? 'factlint-disable people-named' : ''));
    expect(out.sets[0]?.findings.map((f) => f.subject)).toEqual(['Bo', 'Toll']);
    expect(out.summary.disabled).toBe(1);
  });
});

describe('severity filters and check settings', () => {
  const report = reportOf([finding('death-toll', 'error', 'a'), finding('integrity', 'warning', 'b'), finding('changed-fact', 'info', 'c')]);
  it('--min-severity / --quiet hide findings below the level and count them', () => {
    const quiet = summarize(applyMinSeverity(report, 'error'));
    expect(quiet.summary).toMatchObject({ errors: 1, warnings: 0, infos: 0, hidden: 2 });
  });
  it('checks: off removes a check, a severity overrides it', () => {
    const out = summarize(applyCheckSettings(report, { 'changed-fact': 'off', integrity: 'error' }));
    expect(out.sets[0]?.findings.map((f) => [f.rule, f.severity])).toEqual([['death-toll', 'error'], ['integrity', 'error']]);
  });
});

describe('GitHub annotations', () => {
  it('are capped per type, most severe first, with one summary notice', () => {
    const many = reportOf([
      ...Array.from({ length: 14 }, (_, i) => finding('death-toll', 'error', `e${i}`)),
      ...Array.from({ length: 30 }, (_, i) => finding('integrity', 'warning', `w${i}`)),
      ...Array.from({ length: 50 }, (_, i) => finding('changed-fact', 'info', `i${i}`)),
    ]);
    const lines = githubReporter.format(many, { color: false, cwd: '/' }).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('::notice title=factlint summary::factlint: 14 errors, 30 warnings, 50 infos in 1 set; 74 not annotated here (see the job summary, or the SARIF or JSON report)');
    const withInfo = githubReporter.format(many, { color: false, cwd: '/', annotateInfo: true }).trimEnd().split('\n');
    expect(withInfo.filter((l) => l.startsWith('::notice'))).toHaveLength(10);
  });
});

describe('JUnit', () => {
  const report = reportOf([finding('death-toll', 'warning', 'Death toll')]);
  it('a warning fails its test case only at --fail-on warning or below', () => {
    expect(junitReporter.format(report, { color: false, cwd: '/', failOn: 'error' })).toContain('failures="0"');
    expect(junitReporter.format(report, { color: false, cwd: '/', failOn: 'warning' })).toContain('failures="1"');
    expect(junitReporter.format(report, { color: false, cwd: '/', failOn: 'none' })).toContain('failures="0"');
  });
  it('a config problem is a failing test case, never an empty <testsuites>', () => {
    const broken: Report = { tool: { name: 'factlint', version: '0.1.0' }, sets: [], findings: [{ rule: 'config', type: 'config', severity: 'error', subject: 'rules/x.yaml', versions: [], message: 'rules/x.yaml:3:5 unknown key', evidence: [] }], summary: { errors: 1, warnings: 0, infos: 0 } };
    const xml = junitReporter.format(broken, { color: false, cwd: '/', failOn: 'none' });
    expect(xml).toMatch(/<testsuite name="factlint" tests="1" failures="1">/);
    expect(xml).toContain('<failure type="config" message="rules/x.yaml:3:5 unknown key">');
  });
});
