/**
 * factlint as a newsroom installs it: the packed tarball unpacked into a fresh project's
 * node_modules (dependencies linked from this checkout: nothing is fetched from the network),
 * then its CLI run there. And the integration files name only options that exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { USAGE } from '../../src/cli/usage.js';
import type { Report } from '../../src/types.js';
import { removeProject, ROOT, story, tempProject } from './helpers.js';

let project = '';
let installed = '';
let packed: string[] = [];

beforeAll(() => {
  project = tempProject({ 'other/seeds/a.txt': story(), 'other/seeds/b.txt': story({ toll: 'twelve' }) });
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
  if (pack.status !== 0) throw new Error(pack.stderr);
  const info = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info[0]?.files.map((f) => f.path) ?? [];
  installed = path.join(project, 'node_modules', 'factlint');
  mkdirSync(installed, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', path.join(project, info[0]?.filename ?? ''), '-C', installed, '--strip-components=1'], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(untar.stderr);
  for (const dep of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (dep.startsWith('.')) continue;
    symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(project, 'node_modules', dep));
  }
}, 120_000);
afterAll(() => removeProject(project));

const run = (args: string[]) =>
  spawnSync(process.execPath, [path.join(installed, 'bin', 'factlint.js'), ...args], { cwd: project, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });

describe('the packed package', () => {
  it('ships the license, the built CLI, the generic rules and the schemas', () => {
    for (const f of ['LICENSE', 'package.json', 'bin/factlint.js', 'dist/cli/bin.js', 'rules/news-core.yaml', 'rules/config.schema.json', 'rules/rules.schema.json']) {
      expect(packed, f).toContain(f);
    }
    expect(existsSync(path.join(installed, 'dist', 'index.js'))).toBe(true);
  });

  it('installed elsewhere, applies the generic rules only to a folder named seeds', () => {
    const result = run(['check', 'other/seeds', '--format', 'json']);
    const set = (JSON.parse(result.stdout) as Report).sets[0];
    expect(set?.rules).toContain('death-toll');
    expect(set?.rules?.some((r) => r.startsWith('dnipro') || r.startsWith('talks'))).toBe(false);
    expect(result.status).toBe(1);
  }, 60_000);

  it('--version answers without loading the NLP model', () => {
    const probe = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const { runCli } = await import(${JSON.stringify(path.join(installed, 'dist', 'cli', 'main.js'))}); let out = ''; await runCli(['--version'], { stdout: (s) => (out += s), stderr: () => {}, cwd: '.', env: {} }); const cache = Object.keys(createRequire(import.meta.url).cache); console.log(out.trim(), cache.some((k) => k.includes('wink')))`],
      { cwd: project, encoding: 'utf8' },
    );
    expect(probe.stdout.trim()).toBe('0.1.0 false');
  }, 60_000);
});

describe('integration files', () => {
  const optionsIn = (lines: string[]): string[] => [...new Set(lines.join('\n').match(/(?<![\w-])--[a-z][a-z-]+/g) ?? [])];

  it('action.yml and .pre-commit-hooks.yaml give factlint only options it has', () => {
    const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8').split('\n').filter((l) => /opts|factlint check/.test(l));
    const hooks = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8').split('\n').filter((l) => /entry:|args:/.test(l));
    const used = optionsIn([...action, ...hooks]);
    expect(used).toEqual(expect.arrayContaining(['--format', '--fail-on', '--git-base', '--set']));
    for (const option of used) expect(USAGE, option).toContain(option);
  });

  it('action.yml is a composite action that passes inputs through the environment', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Array<{ run?: string }> } };
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('the pre-commit hooks run factlint check', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string }>;
    expect(hooks.map((h) => h.entry.split(' ').slice(0, 2).join(' '))).toEqual(['factlint check', 'factlint check']);
  });
});
