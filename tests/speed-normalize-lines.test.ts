/**
 * Guard for the normalize speed work: boilerplate line kinds shared by the versions of a set
 * (normalize's `kinds`) must give every version exactly what normalizing it alone gives.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, type LineKinds } from '../src/normalize/index.js';

const REPO = join(import.meta.dirname, '..');
const ROOTS = ['seeds', 'tests/fixtures', 'tests/eval/sets', 'tests/hostile'].map((d) => join(REPO, d));

/** Every folder holding version files, with its files. */
function folders(dir: string): string[][] {
  const names = readdirSync(dir);
  const files = names.map((n) => join(dir, n)).filter((p) => statSync(p).isFile() && /\.(txt|md|html?)$/.test(p));
  const below = names.map((n) => join(dir, n)).filter((p) => statSync(p).isDirectory()).flatMap(folders);
  return files.length > 0 ? [files, ...below] : below;
}

describe('boilerplate line kinds shared within a set', () => {
  it('normalize every version as it is normalized alone', () => {
    let versions = 0;
    for (const files of ROOTS.flatMap((root) => folders(root))) {
      const kinds: LineKinds = new Map();
      for (const path of files) {
        const raw = { id: path, path, bytes: readFileSync(path) };
        const shared = normalize(raw, path, kinds);
        const alone = normalize(raw);
        expect(JSON.stringify({ ...shared, map: null }), path).toBe(JSON.stringify({ ...alone, map: null }));
        versions++;
      }
    }
    expect(versions).toBeGreaterThan(100);
  });
});
