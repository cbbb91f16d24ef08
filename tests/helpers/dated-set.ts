/** A set folder of versions with ` date` lines, written to a temporary folder and checked with news-core. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/index.js';
import type { Finding } from '../../src/types.js';

const CORE = join(import.meta.dirname, '..', '..', 'rules', 'news-core.yaml');

/** Findings of one rule for versions given as name -> [date, text]; `cleanup` removes every folder made. */
export function datedSets(): { findings(files: Record<string, readonly [string, string]>, rule: string): Promise<Finding[]>; cleanup(): void } {
  const roots: string[] = [];
  return {
    async findings(files, rule) {
      const root = mkdtempSync(join(tmpdir(), 'factlint-dated-'));
      roots.push(root);
      const dir = join(root, 'story');
      mkdirSync(dir);
      for (const [name, [date, text]] of Object.entries(files)) writeFileSync(join(dir, `${name}.txt`), ` date ${date}\n${text}`);
      const report = await check([dir], { rules: [CORE] });
      return (report.sets[0]?.findings ?? []).filter((f) => f.rule === rule);
    },
    cleanup: () => roots.forEach((r) => rmSync(r, { recursive: true, force: true })),
  };
}
