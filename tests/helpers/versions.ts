/** The `.txt` versions of a folder (an evaluation set), normalized by the real stage, in file-name order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../../src/normalize/index.js';
import type { NormalizedVersion } from '../../src/types.js';

export function versionsOf(dir: string): NormalizedVersion[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const result = normalize({ id: name, path, bytes: readFileSync(path) });
      return 'message' in result ? [] : [result];
    });
}
