/** Set folders written to temporary folders for end-to-end checks; `cleanup` removes every folder made. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempSets {
  /** A folder `story` holding `files` (name -> text) and, when given, a `factlint.set.yaml` manifest. */
  write(files: Record<string, string>, manifest?: string): string;
  cleanup(): void;
}

export function tempSets(): TempSets {
  const roots: string[] = [];
  return {
    write(files, manifest) {
      const root = mkdtempSync(join(tmpdir(), 'factlint-set-'));
      roots.push(root);
      const dir = join(root, 'story');
      mkdirSync(dir);
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      if (manifest !== undefined) writeFileSync(join(dir, 'factlint.set.yaml'), manifest);
      return dir;
    },
    cleanup: () => roots.forEach((r) => rmSync(r, { recursive: true, force: true })),
  };
}
