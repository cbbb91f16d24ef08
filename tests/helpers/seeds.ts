/** The seed articles as the pipeline reads them: loaded, normalized (the real stage) and analyzed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/index.js';
import { normalize } from '../../src/normalize/index.js';
import type { Doc, NormalizedVersion } from '../../src/types.js';

export const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** The seed whose file name starts with `prefix` ("000", "004_2215…"), normalized. */
export function seedVersion(prefix: string): NormalizedVersion {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${prefix}`);
  const result = normalize({ id: file.replace(/\.txt$/u, ''), path: join(SEEDS, file), bytes: readFileSync(join(SEEDS, file)) });
  if ('message' in result) throw new Error(`seed ${file}: ${result.message}`);
  return result;
}

export function seedDoc(prefix: string): Doc {
  return analyze(seedVersion(prefix));
}
