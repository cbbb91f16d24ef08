/** Loads the evaluation stories (`stories/<id>.txt` + optional `<id>.paraphrase.json`). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Story } from './perturb.js';

export const STORIES_DIR: string = join(dirname(fileURLToPath(import.meta.url)), 'stories');

export function loadStories(dir: string = STORIES_DIR): Story[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const text = readFileSync(join(dir, f), 'utf8');
      const pPath = join(dir, `${id}.paraphrase.json`);
      const parsed: unknown = existsSync(pPath) ? JSON.parse(readFileSync(pPath, 'utf8')) : null;
      return { id, text, paraphrase: isParaphrase(parsed) ? parsed : null };
    });
}

function isParaphrase(v: unknown): v is { original: string; paraphrase: string } {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r['original'] === 'string' && typeof r['paraphrase'] === 'string';
}
