/** The library honours `cwd` (issue 11): story rules apply by path relative to it, whatever process.cwd() is. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/api.js';
import { loadConfig } from '../../src/config/load.js';
import { removeProject, ROOT, story, tempProject } from './helpers.js';

const root = tempProject({
  'rules/flood.yaml': 'version: 1\napplies-to: [stories/landslide]\nrules:\n  - id: landslide-toll\n    label: Landslide toll\n    kind: quantity\n    cues: [killing]\n    severity: error\n',
  'stories/landslide/a.txt': story(),
  'stories/landslide/b.txt': story(),
  'elsewhere/seeds/a.txt': story(),
  'elsewhere/seeds/b.txt': story(),
});
afterAll(() => removeProject(root));

describe('check(paths, { cwd })', () => {
  it("applies a project's story rules by path relative to cwd, not process.cwd()", async () => {
    expect(process.cwd()).not.toBe(root);
    const report = await check(['stories/landslide', 'elsewhere/seeds'], { cwd: root });
    const rules = Object.fromEntries(report.sets.map((s) => [s.path, s.rules]));
    expect(rules['stories/landslide']).toContain('landslide-toll');
    expect(rules['elsewhere/seeds']).not.toContain('landslide-toll');
    expect(rules['elsewhere/seeds']).not.toContain('dnipro-death-toll');
    expect(rules['elsewhere/seeds']).toContain('death-toll');
  }, 60_000);

  it('takes a config (loadConfig) with its include globs and check settings', async () => {
    const { config } = await loadConfig(ROOT, path.join(ROOT, 'factlint.config.yaml'));
    if (!config) throw new Error('config');
    const report = await check([path.join(root, 'stories/landslide')], { cwd: root, config: { ...config, checks: { 'people-named': 'off' } } });
    expect(report.sets[0]?.rules).not.toContain('people-named');
  }, 60_000);
});
