/**
 * Hedged figures agree with exact ones their hedge allows ("more than 40 countries" and "44
 * countries"); the same figures without the hedge contradict. "former President" is a title,
 * not a sign that a figure is about an earlier event.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boundsAgree } from '../src/kinds/hedges.js';
import { check } from '../src/index.js';
import type { ClaimValue, Qualifier } from '../src/types.js';

const fig = (value: number, qualifier: Qualifier | null): ClaimValue =>
  ({ kind: 'quantity', key: String(value), value, qualifier }) as unknown as ClaimValue;

describe('boundsAgree', () => {
  it('reads lower and upper bounds, "about" and "nearly"', () => {
    expect(boundsAgree(fig(40, 'more-than'), fig(44, null))).toBe(true);
    expect(boundsAgree(fig(40, 'more-than'), fig(40, null))).toBe(false);
    expect(boundsAgree(fig(12, 'at-least'), fig(12, null))).toBe(true);
    expect(boundsAgree(fig(12, 'at-least'), fig(9, null))).toBe(false);
    expect(boundsAgree(fig(50, 'fewer-than'), fig(48, null))).toBe(true);
    expect(boundsAgree(fig(50, 'nearly'), fig(47, null))).toBe(true);
    expect(boundsAgree(fig(50, 'nearly'), fig(52, null))).toBe(false);
    expect(boundsAgree(fig(40, 'about'), fig(42, null))).toBe(true);
    expect(boundsAgree(fig(40, 'about'), fig(60, null))).toBe(false);
    expect(boundsAgree(fig(12, 'at-least'), fig(15, 'more-than'))).toBe(false);
    expect(boundsAgree(fig(12, null), fig(15, null))).toBe(false);
  });
});

describe('hedged counts in a set', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });
  const lede = (count: string): string =>
    ` date 2026-11-14\nGENEVA (AP) — Delegates from ${count} countries attended talks on river pollution chaired by former President Anna Berg on Saturday, officials said.\n`;
  async function countries(a: string, b: string, c: string): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'factlint-hedges-'));
    roots.push(dir);
    writeFileSync(join(dir, 'a.txt'), lede(a));
    writeFileSync(join(dir, 'b.txt'), lede(b));
    writeFileSync(join(dir, 'c.txt'), lede(c));
    const report = await check([dir], { rules: [join(import.meta.dirname, '..', 'rules', 'news-core.yaml')] });
    const set = report.sets[0]!;
    const values = set.claims.find((x) => x.rule === 'countries-count')!.values;
    expect(Object.values(values).flat().every((x) => x.role !== 'background')).toBe(true);
    return set.findings.filter((f) => f.rule === 'countries-count' && f.type === 'contradiction').map((f) => f.versions.join(' '));
  }
  it('"more than 40" and "44" agree; "more than 40" and "35" do not', async () => {
    expect(await countries('more than 40', 'more than 40', '44')).toEqual([]);
    expect(await countries('more than 40', 'more than 40', '35')).toEqual(['c']);
  });
});
