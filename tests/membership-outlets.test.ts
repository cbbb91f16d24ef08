/**
 * Two outlets' own lists of one event differ by design; a name cut from one copy of a list does
 * not. In a set of two versions (where one version is a majority), a member only one version
 * names is a warning against the other only when the other has a near-copy of the naming
 * sentence; otherwise the members fold into one info finding. Texts written for this test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { Finding } from '../src/types.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const CORE = join(import.meta.dirname, '..', 'rules', 'news-core.yaml');

async function participants(files: Record<string, string>): Promise<Finding[]> {
  const root = mkdtempSync(join(tmpdir(), 'factlint-outlets-'));
  roots.push(root);
  const dir = join(root, 'story');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.txt`), ` date 2026-03-10\n${text}`);
  const report = await check([dir], { rules: [CORE] });
  return (report.sets[0]?.findings ?? []).filter((f) => f.rule === 'participants');
}

const OPENING = 'Leaders from across the region gathered in Corvel on Tuesday for the funeral of former President Anselm Ardrey, who died last week at 91.';
const CLOSING = 'The service at the cathedral lasted three hours, and thousands lined the route of the procession.';

describe('attendee lists of two versions', () => {
  it('two outlets listing different mourners: one info fold per version, no warning', async () => {
    const a = `${OPENING}\n\nAmong the mourners were President Livia Marsh of Estrava, Prime Minister Tomas Brandt of Halden and King Oren of Vallmark.\n\n${CLOSING}\n`;
    const b = `Foreign dignitaries at the funeral included Chancellor Ida Severin of Norrholm and President Paulo Quental of Serrana, officials said.\n\n${OPENING}\n\n${CLOSING}\n`;
    const found = await participants({ a, b });
    expect(found.filter((f) => f.severity === 'warning')).toEqual([]);
    const folds = found.filter((f) => f.members !== undefined);
    expect(folds.map((f) => f.versions[0]).sort()).toEqual(['a', 'b']);
    expect(folds.every((f) => f.severity === 'info' && /named by one version only/.test(f.message))).toBe(true);
  });

  it('a name cut from a copy of the same list sentence is still a warning', async () => {
    const list = (names: string): string => `${OPENING}\n\nAmong the mourners were ${names}.\n\n${CLOSING}\n`;
    const a = list('President Livia Marsh of Estrava, Prime Minister Tomas Brandt of Halden and King Oren of Vallmark');
    const b = list('President Livia Marsh of Estrava and King Oren of Vallmark');
    const found = await participants({ a, b });
    expect(found.filter((f) => f.severity === 'warning').map((f) => [f.type, f.subject, f.versions])).toEqual([['omission', 'Tomas Brandt', ['b']]]);
  });
});
