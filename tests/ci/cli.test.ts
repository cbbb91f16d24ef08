/** End-to-end: the built CLI (bin/factlint.js) in temporary projects, as a newsroom's CI runs it. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { factlint, projectMaker, story } from './helpers.js';

const project = projectMaker();
const json = (stdout: string): Report => JSON.parse(stdout) as Report;
const allFindings = (r: Report) => [...r.findings, ...r.sets.flatMap((s) => s.findings)];

const FLOOD_RULES = `version: 1
applies-to: [stories/landslide]
rules:
  - id: landslide-toll
    label: Landslide death toll
    kind: quantity
    cues: [killing, killed, dead]
    expect: 9
    severity: error
`;

describe('rule selection', () => {
  it("a user's own rules/flood.yaml applies by path, next to the generic rules (no news-core.yaml copy needed)", () => {
    const root = project({ 'rules/flood.yaml': FLOOD_RULES, 'stories/landslide/a.txt': story(), 'stories/landslide/b.txt': story({ toll: 'twelve' }) });
    const run = factlint(['check', 'stories/landslide', '--format', 'json'], root);
    const set = json(run.stdout).sets[0];
    expect(set?.rules).toContain('landslide-toll');
    expect(set?.rules).toContain('death-toll');
    expect(run.code).toBe(1);
  }, 60_000);

  it('a set folder named seeds elsewhere gets the generic rules only (no demo story rules)', () => {
    const root = project({ 'other/seeds/a.txt': story(), 'other/seeds/b.txt': story() });
    const run = factlint(['check', 'other/seeds', '--format', 'json'], root);
    const set = json(run.stdout).sets[0];
    expect(set?.rules).toContain('death-toll');
    expect(set?.rules).not.toContain('dnipro-death-toll');
    expect(run.code).toBe(0);
  }, 60_000);

  it('the config file is found from a sub-folder; its story rules apply by path relative to it', () => {
    const root = project({
      'factlint.config.yaml': 'version: 1\nrules: [checks/]\n',
      'checks/flood.yaml': FLOOD_RULES,
      'stories/landslide/a.txt': story(),
      'stories/landslide/b.txt': story(),
      'stories/other/landslide/a.txt': story(),
    });
    const run = factlint(['check', '.', '--format', 'json'], path.join(root, 'stories'));
    const rules = Object.fromEntries(json(run.stdout).sets.map((s) => [s.path, s.rules]));
    expect(rules.landslide).toContain('landslide-toll');
    expect(rules['other/landslide']).not.toContain('landslide-toll');
    expect(rules['other/landslide']).not.toContain('death-toll');
  }, 60_000);

  it('a broken config is file:line:col on stderr, exit 2, and a failing JUnit case', () => {
    const root = project({ 'factlint.config.yaml': 'version: 1\nmin-severty: error\n', 's/a.txt': story(), 's/b.txt': story() });
    const run = factlint(['check', 's', '--format', 'junit'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/factlint\.config\.yaml:2:1 .*min-severity/);
    expect(run.stdout).toMatch(/<testsuite name="factlint" tests="1" failures="1">/);
  }, 60_000);

  it('a broken rule file also gives a failing JUnit case', () => {
    const root = project({ 'rules/bad.yaml': 'version: 1\nrules:\n  - id: x\n    lable: X\n', 's/a.txt': story(), 's/b.txt': story() });
    const run = factlint(['check', 's', '--format', 'junit'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('failures="1"');
    expect(run.stdout).toContain('type="config"');
  }, 60_000);
});

describe('input selection', () => {
  it('old/story.txt new/story.txt is one set: the changed toll is an error (exit 1)', () => {
    const root = project({ 'old/story.txt': story(), 'new/story.txt': story({ toll: 'twelve' }) });
    const run = factlint(['check', 'old/story.txt', 'new/story.txt', '--format', 'json'], root);
    const r = json(run.stdout);
    expect(r.sets.map((s) => s.versions.map((v) => v.id).sort())).toEqual([['new/story', 'old/story']]);
    expect(allFindings(r).some((f) => f.rule === 'death-toll' && f.severity === 'error')).toBe(true);
    expect(run.code).toBe(1);
  }, 60_000);

  it('--set groups files from different folders; stdin (-) joins them', () => {
    const root = project({ 'x/a.txt': story(), 'y/b.txt': story() });
    const run = factlint(['check', '--set', 'x/a.txt', '-', '--format', 'json'], root, { input: story({ toll: 'twelve' }) });
    const r = json(run.stdout);
    expect(r.sets.map((s) => s.versions.map((v) => v.id).sort())).toEqual([['a', 'stdin']]);
    expect(run.code).toBe(1);
  }, 60_000);

  it('a mistyped path next to a valid one is a usage error (exit 2), not a finding', () => {
    const root = project({ 's/a.txt': story(), 's/b.txt': story() });
    const run = factlint(['check', 's', 'stories-typo'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file or directory: stories-typo');
  }, 60_000);

  it('quoted globs are expanded; a glob that matches nothing is exit 2', () => {
    const root = project({ 'stories/a/v1.txt': story(), 'stories/a/v2.txt': story(), 'stories/a/meta.json': '{}' });
    const ok = factlint(['check', 'stories/*/v*.txt', '--format', 'json'], root);
    expect(json(ok.stdout).sets.map((s) => s.versions.length)).toEqual([2]);
    expect(factlint(['check', 'nothing/*.txt'], root).code).toBe(2);
  }, 60_000);

  it('an HTML copy is read without its tags; a JSON sidecar is never a version', () => {
    const html = `<html><head><title>Landslide</title></head><body><article>${story().split('\n\n').map((p) => `<p>${p.trim()}</p>`).join('\n')}</article></body></html>\n`;
    const changed = html.replace('nine people', 'twelve people');
    const root = project({ 's/a.txt': story(), 's/b.html': changed, 's/gold.json': '{"x": 1}' });
    const run = factlint(['check', 's', '--format', 'json'], root);
    const r = json(run.stdout);
    expect(r.sets[0]?.versions.map((v) => v.id)).toEqual(['a', 'b']);
    const toll = allFindings(r).find((f) => f.rule === 'death-toll');
    expect(toll?.evidence.map((e) => e.text).join(' ')).not.toMatch(/<\/?p>/);
    const inHtml = toll?.evidence.find((e) => e.version === 'b');
    expect(inHtml?.line).toBe(1);
    expect(changed.split('\n')[0]?.slice((inHtml?.column ?? 1) - 1)).toMatch(/^(?:at least )?twelve people/);
  }, 60_000);
});

describe('noise control', () => {
  it('baseline round trip: accept all (exit 0), then a new change fails again (exit 1)', () => {
    const root = project({ 's/a.txt': story(), 's/b.txt': story({ toll: 'twelve' }) });
    const first = factlint(['check', 's', '--write-baseline', 'baseline.json'], root);
    expect(first.code).toBe(1);
    const accepted = factlint(['check', 's', '--baseline', 'baseline.json', '--format', 'json'], root);
    expect(accepted.code).toBe(0);
    expect(json(accepted.stdout).summary.baselined).toBeGreaterThan(0);
    expect(accepted.stderr).toMatch(/factlint: left out \d+ findings? in the baseline/);
    writeFileSync(path.join(root, 's', 'b.txt'), story({ toll: 'twelve', minister: 'Officials said' }).replace('injuring 15', 'injuring 25'));
    writeFileSync(path.join(root, 's', 'c.txt'), story({ toll: 'thirty' }));
    expect(factlint(['check', 's', '--baseline', 'baseline.json'], root).code).toBe(1);
  }, 90_000);

  it('--quiet shows errors only; multi-format output equals separate runs', () => {
    const root = project({ 's/a.txt': story(), 's/b.txt': story({ toll: 'twelve', minister: 'Officials said' }) });
    const quiet = json(factlint(['check', 's', '--quiet', '--format', 'json'], root).stdout);
    expect(allFindings(quiet).every((f) => f.severity === 'error')).toBe(true);
    const both = factlint(['check', 's', '--format', 'json', '--format', 'sarif:out.sarif'], root);
    const sarif = readFileSync(path.join(root, 'out.sarif'), 'utf8');
    const results = (JSON.parse(sarif) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> }).runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => /^[0-9a-f]{16}$/.test(r.partialFingerprints['factlint/v1'] ?? ''))).toBe(true);
    expect(both.stdout).toBe(factlint(['check', 's', '--format', 'json'], root).stdout);
    expect(sarif).toBe(factlint(['check', 's', '--format', 'sarif'], root).stdout);
  }, 90_000);

  it('a factlint-disable line in a version suppresses that rule for it', () => {
    const root = project({ 's/a.txt': story(), 's/b.txt': `${story({ toll: 'twelve' })}\n<!-- factlint-disable death-toll -->\n` });
    const run = factlint(['check', 's', '--format', 'json'], root);
    const r = json(run.stdout);
    expect(allFindings(r).filter((f) => f.rule === 'death-toll')).toEqual([]);
    expect(r.summary.disabled).toBeGreaterThan(0);
  }, 60_000);

  it('--progress prints one line per set and a summary on stderr', () => {
    const root = project({ 'a/1.txt': story(), 'a/2.txt': story({ toll: 'twelve' }), 'b/1.txt': story(), 'b/2.txt': story() });
    const run = factlint(['check', 'a', 'b', '--progress'], root);
    expect(run.stderr).toMatch(/\[1\/2\] a: 1 error/);
    expect(run.stderr).toMatch(/\[2\/2\] b: 0 errors/);
    expect(run.stderr).toContain('factlint: 1 of 2 sets has errors');
  }, 60_000);
});
