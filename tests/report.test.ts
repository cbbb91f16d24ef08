import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../src/report/github.js';
import { REPORTERS } from '../src/report/index.js';
import { clip } from '../src/report/style.js';
import type { Report } from '../src/types.js';

const report: Report = {
  tool: { name: 'factlint', version: '0.1.0' },
  findings: [],
  summary: { errors: 1, warnings: 0, infos: 0 },
  sets: [
    {
      path: 'stories/flood',
      order: 'date-line',
      orderNote: 'ordered by the date line of each version',
      rules: ['death-toll'],
      versions: [
        { id: 'a', path: 'stories/flood/a.txt', date: '2024-01-01', time: null, role: null, encoding: 'utf-8', language: 'en', notices: [], rank: 0 },
        { id: 'b', path: 'stories/flood/b.txt', date: '2024-01-01', time: null, role: null, encoding: 'utf-8', language: 'en', notices: [], rank: 0 },
      ],
      claims: [],
      findings: [
        {
          rule: 'death-toll', type: 'contradiction', severity: 'error', subject: 'Death toll', versions: ['b'],
          message: 'Death toll: b says 4, a says 3, 100% sure', actual: '4', expected: '3',
          evidence: [
            { version: 'b', path: 'stories/flood/b.txt', line: 3, column: 7, text: 'The flood killed 4 people.' },
            { version: 'a', path: 'stories/flood/a.txt', line: 3, column: 7, text: 'The flood killed 3 people.' },
          ],
        },
      ],
    },
  ],
};

describe('reporters', () => {
  it('sarif: the version with the problem is the location, others are related', () => {
    const sarif = JSON.parse(REPORTERS.sarif?.format(report, { color: false, cwd: '.' }) ?? '{}');
    const result = sarif.runs[0].results[0];
    expect(sarif.version).toBe('2.1.0');
    expect(result).toMatchObject({ ruleId: 'death-toll', level: 'error' });
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'stories/flood/b.txt' }, region: { startLine: 3, startColumn: 7 } });
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('stories/flood/a.txt');
  });

  it('github: one escaped workflow command per finding', () => {
    const out = REPORTERS.github?.format(report, { color: false, cwd: '.' }) ?? '';
    expect(out).toBe(
      '::error file=stories/flood/b.txt,line=3,col=7,title=factlint contradiction (death-toll)::Death toll: b says 4, a says 3, 100%25 sure\n' +
        '::notice title=factlint summary::factlint: 1 error, 0 warnings, 0 infos in 1 set\n',
    );
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('x:y,z')).toBe('x%3Ay%2Cz');
  });

  it('junit: one test case per rule, failing on errors and warnings', () => {
    const out = REPORTERS.junit?.format(report, { color: false, cwd: '.' }) ?? '';
    expect(out).toContain('<testsuite name="stories/flood" tests="1" failures="1">');
    expect(out).toContain('<failure type="contradiction" message="Death toll: b says 4, a says 3, 100% sure">');
  });

  it('json: the report as is', () => {
    expect(JSON.parse(REPORTERS.json?.format(report, { color: false, cwd: '.' }) ?? '')).toEqual(report);
  });

  it('text: colour only when asked', () => {
    const plain = REPORTERS.text?.format(report, { color: false, cwd: '.' }) ?? '';
    expect(plain).not.toMatch(/\u001b\[/);
    expect(plain).toContain('stories/flood/b.txt:3:7 The flood killed 4 people.');
    expect(REPORTERS.text?.format(report, { color: true, cwd: '.' })).toMatch(/\u001b\[31m/);
  });

  it('clip keeps a cut marker in view', () => {
    const long = `${'word '.repeat(60)}⟦cut: Vladimir Putin⟧ ${'tail '.repeat(30)}`;
    const out = clip(long, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out).toContain('⟦cut: Vladimir Putin⟧');
  });
});
