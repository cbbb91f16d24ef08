/** A set folder of versions with ` date` lines, written to a temporary folder and checked with news-core. */
import { join } from 'node:path';
import { check } from '../../src/index.js';
import type { Finding } from '../../src/types.js';
import { tempSets } from './temp-set.js';

const CORE = join(import.meta.dirname, '..', '..', 'rules', 'news-core.yaml');

/** Findings of one rule for versions given as name -> [date, text]; `cleanup` removes every folder made. */
export function datedSets(): { findings(files: Record<string, readonly [string, string]>, rule: string): Promise<Finding[]>; cleanup(): void } {
  const sets = tempSets();
  return {
    async findings(files, rule) {
      const texts = Object.fromEntries(Object.entries(files).map(([name, [date, text]]) => [`${name}.txt`, ` date ${date}\n${text}`]));
      const report = await check([sets.write(texts)], { rules: [CORE] });
      return (report.sets[0]?.findings ?? []).filter((f) => f.rule === rule);
    },
    cleanup: () => sets.cleanup(),
  };
}
