/**
 * The HTML report opened in real headless Chromium (Debian's `chromium`, driven by
 * playwright-core), measured the way a fact-checker meets it: the seeds and the wire-story sets
 * through the real check() pipeline, a generated 30-version × 50-claim set, and 200 sets.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { formatHtmlSite, htmlReporter } from '../src/report/html.js';
import { jsonReporter } from '../src/report/json.js';
import type { Report, SetReport } from '../src/types.js';
import { OUTPUT, launchChromium, openPage } from './helpers/browser.js';
import { reportOf, syntheticSet } from './helpers/synthetic-report.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OPTIONS = { color: false, cwd: ROOT };
const EVAL_SETS = path.join(ROOT, 'tests', 'eval', 'sets');

/** The version files of the wire-story sets (not their gold.json), grouped into one set per folder by check(). */
function evalVersionFiles(): string[] {
  return readdirSync(EVAL_SETS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(EVAL_SETS, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(EVAL_SETS, d.name, f)),
    );
}

/**
 * One browser for the file, launched by the first test that needs it. Each test awaits it, so a
 * missing Chromium fails every browser test with the install hint instead of skipping them.
 */
let launched: Promise<Browser> | null = null;
function chromiumBrowser(): Promise<Browser> {
  launched ??= launchChromium();
  return launched;
}
afterAll(async () => {
  if (launched) await (await launched.catch(() => null))?.close();
});

it('says how to install Chromium when it is missing (never skips)', async () => {
  await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(/apt-get install -y chromium/);
});

function write(name: string, text: string): string {
  const file = path.join(OUTPUT, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Every request the page made was for the page itself: nothing from the network or other files. */
function expectOffline(requests: readonly string[], file: string): void {
  expect(requests).toEqual([`file://${file}`]);
}

/** Text elements whose colour contrast with their background is below WCAG AA. */
async function contrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]): number => {
      const f = (v: number): number => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0.5) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      const box = el.getBoundingClientRect();
      if (!own || box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const [a, b] = [lum(parse(style.color)), lum(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}" ${ratio.toFixed(2)}`);
    }
    return [...new Set(out)];
  });
}

describe('the seeds report in Chromium (real check() pipeline)', () => {
  let file: string;
  let report: Report;
  beforeAll(async () => {
    report = await check(['seeds'], { cwd: ROOT });
    file = write('seeds.html', htmlReporter.format(report, OPTIONS));
  }, 120_000);

  it('shows the first finding card without scrolling at 1280×800, with the two sentences side by side', async () => {
    const { page, requests } = await openPage(await chromiumBrowser(), file);
    const card = await page.locator('article.card').first().boundingBox();
    expect(card).not.toBeNull();
    console.log(`[browser] seeds: first finding card at y=${Math.round(card?.y ?? -1)} px; page height ${await page.evaluate(() => document.documentElement.scrollHeight)} px`);
    expect(card?.y ?? 9999).toBeGreaterThanOrEqual(0);
    expect(card?.y ?? 9999).toBeLessThan(800 - 120);
    const first = page.locator('article.card').first();
    expect(await first.getAttribute('data-sev')).toBe('error');
    const sides = await first.locator('.pair figure').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y })));
    expect(sides).toHaveLength(2);
    expect(sides[1]?.x ?? 0).toBeGreaterThan((sides[0]?.x ?? 0) + 200); // side by side, not stacked
    expect(Math.abs((sides[1]?.y ?? 0) - (sides[0]?.y ?? 0))).toBeLessThan(2);
    expect(await first.locator('mark.cut, ins, del').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUTPUT, 'seeds.png') });
    expectOffline(requests, file);
    await page.close();
  });

  it('folds the infos under a count, and has a legend of the verdict colours', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    const infos = report.sets[0]?.findings.filter((f) => f.severity === 'info').length ?? 0;
    const summary = page.locator('details.infos > summary');
    expect(await summary.textContent()).toContain(`${infos} infos`);
    expect(await page.locator('details.infos article.card').first().isVisible()).toBe(false);
    await summary.click();
    expect(await page.locator('details.infos article.card').first().isVisible()).toBe(true);
    for (const type of ['contradiction', 'deleted-mention', 'omission', 'qualifier-change']) {
      const badge = page.locator('.legend .badge', { hasText: type });
      expect(await badge.count()).toBe(1);
      expect(await badge.isVisible()).toBe(true);
      expect(((await badge.boundingBox())?.y ?? 9999) < 800).toBe(true); // in the first screen, with the first card
    }
    await page.close();
  });

  it('clicking a cell shows the sentence its value was read from, with line:column', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    const claim = report.sets[0]?.claims.find((c) => c.rule === 'dnipro-death-toll');
    const version = report.sets[0]?.versions.find((v) => v.rank === 0);
    const value = claim && version ? claim.values[version.id]?.[0] : undefined;
    expect(value).toBeDefined();
    const inspector = page.locator('#s0-inspector');
    expect(await inspector.isVisible()).toBe(false);
    await page.locator(`tr[data-rule="dnipro-death-toll"] td.cell[data-v="${version?.id}"]`).click();
    expect(await inspector.isVisible()).toBe(true);
    const text = (await inspector.textContent()) ?? '';
    expect(text.replace(/\s+/g, ' ')).toContain((value?.sentence ?? '').replace(/\s+/g, ' ').slice(0, 60));
    expect(text).toContain(`${value?.line}:${value?.column}`);
    await page.close();
  });

  it('passes WCAG AA colour contrast for every visible text, infos and legend opened', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.locator('#s0-empty').check();
    await page.locator('tr[data-rule="dnipro-death-toll"] td.cell').first().click();
    expect(await contrastFailures(page)).toEqual([]);
    await page.close();
  });

  it('print opens the evidence: folded quotes and the sentences of every cell', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    const quote = page.locator('details.quotes ul.evidence').first();
    const sentence = page.locator('td.cell .ev').first();
    expect(await quote.isVisible()).toBe(false);
    expect(await sentence.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await quote.isVisible()).toBe(true);
    expect(await sentence.isVisible()).toBe(true);
    expect(await page.locator('form.filters').first().isVisible()).toBe(false);
    await page.close();
  });
});

describe('a generated set of 30 versions × 50 claims in Chromium', () => {
  const set = syntheticSet({ versions: 30, claims: 50 });
  const report = reportOf([set]);
  let file: string;
  beforeAll(() => {
    file = write('grid-30x50.html', htmlReporter.format(report, OPTIONS));
  });

  it('never lets two cells overlap, keeps every cell at a readable width, and scrolls inside the grid', async () => {
    const { page, requests } = await openPage(await chromiumBrowser(), file);
    await page.locator('#s0-empty').check();
    const m = await page.evaluate(() => {
      const table = document.querySelector('#s0-grid') as HTMLTableElement;
      const boxes: Array<{ l: number; r: number; t: number; b: number; id: string }> = [];
      let narrowest = Infinity;
      let spills = 0;
      for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
        if ((cell.parentElement as HTMLElement).hidden) continue;
        const outer = cell.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(cell.firstElementChild ?? cell);
        const text = range.getBoundingClientRect();
        narrowest = Math.min(narrowest, outer.width);
        // The text stays inside its own cell.
        if (text.left < outer.left - 0.5 || text.right > outer.right + 0.5 || text.top < outer.top - 0.5 || text.bottom > outer.bottom + 0.5) spills++;
        boxes.push({ l: text.left, r: text.right, t: text.top, b: text.bottom, id: `${(cell.parentElement as HTMLTableRowElement).rowIndex}:${(cell as HTMLTableCellElement).cellIndex}` });
      }
      let overlaps = 0;
      const sample: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as (typeof boxes)[number];
          const b = boxes[j] as (typeof boxes)[number];
          if (a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5) {
            overlaps++;
            if (sample.length < 5) sample.push(`${a.id}/${b.id}`);
          }
        }
      }
      const scroller = document.querySelector('#s0-grid-scroll') as HTMLElement;
      return {
        cells: boxes.length,
        narrowest,
        spills,
        overlaps,
        sample,
        scrollsInside: scroller.scrollWidth > scroller.clientWidth,
        pageWidth: document.documentElement.scrollWidth,
        pageHeight: document.documentElement.scrollHeight,
        gridHeight: scroller.getBoundingClientRect().height,
      };
    });
    console.log(`[browser] 30×50: ${m.cells} cells, narrowest ${Math.round(m.narrowest)} px, overlaps ${m.overlaps}, page ${m.pageWidth}×${m.pageHeight} px, grid viewport ${Math.round(m.gridHeight)} px tall`);
    expect(m.cells).toBe(31 * 51);
    expect(m.overlaps, m.sample.join(' ')).toBe(0);
    expect(m.spills).toBe(0);
    expect(m.narrowest).toBeGreaterThanOrEqual(136); // 8.5rem
    expect(m.scrollsInside).toBe(true);
    expect(m.pageWidth).toBeLessThanOrEqual(1280); // the page itself never scrolls sideways
    expect(m.pageHeight).toBeLessThan(8000);
    await page.screenshot({ path: path.join(OUTPUT, 'grid-30x50-top.png') });
    expectOffline(requests, file);
    await page.close();
  });

  it('keeps the version header row and the claim column in view after scrolling the grid', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    await page.locator('#s0-claims').scrollIntoViewIfNeeded();
    const m = await page.evaluate(() => {
      const scroller = document.querySelector('#s0-grid-scroll') as HTMLElement;
      scroller.scrollIntoView({ block: 'center' });
      scroller.scrollTop = scroller.scrollHeight;
      scroller.scrollLeft = scroller.scrollWidth;
      const box = scroller.getBoundingClientRect();
      const heads = [...document.querySelectorAll('#s0-grid thead th')];
      const lastHead = (heads[heads.length - 1] as HTMLElement).getBoundingClientRect();
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('#s0-grid tbody tr')].filter((r) => !r.hidden);
      const lastLabel = (rows[rows.length - 1]?.cells[0] as HTMLElement).getBoundingClientRect();
      const at = (x: number, y: number): string => {
        const el = document.elementFromPoint(x, y)?.closest('th, td');
        return el ? `${el.tagName}.${el.className}` : 'none';
      };
      return {
        scrolled: scroller.scrollTop > 0 && scroller.scrollLeft > 0,
        headTop: lastHead.top - box.top,
        labelLeft: lastLabel.left - box.left,
        corner: at(box.left + 20, box.top + 20),
        header: at(lastHead.left + 20, lastHead.top + 20),
        label: at(lastLabel.left + 20, lastLabel.top + 10),
      };
    });
    expect(m.scrolled).toBe(true);
    expect(Math.abs(m.headTop)).toBeLessThanOrEqual(2);
    expect(Math.abs(m.labelLeft)).toBeLessThanOrEqual(2);
    expect(m.corner).toBe('TH.corner');
    expect(m.header).toContain('TH.vh');
    expect(m.label).toContain('TH.label');
    await page.screenshot({ path: path.join(OUTPUT, 'grid-30x50-scrolled.png') });
    await page.close();
  });

  it('orders claims with findings first and hides empty claims by default', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    const rows = await page.locator('#s0-grid tbody tr').evaluateAll((trs) => trs.map((tr) => ({ sev: tr.getAttribute('data-sev'), hidden: (tr as HTMLElement).hidden, empty: tr.classList.contains('empty-row') })));
    const firstPlain = rows.findIndex((r) => r.sev === '');
    expect(firstPlain).toBeGreaterThan(0);
    expect(rows.slice(firstPlain).every((r) => r.sev === '')).toBe(true);
    expect(rows.filter((r) => r.empty).length).toBe(5);
    expect(rows.filter((r) => r.hidden).length).toBe(5);
    expect(rows.every((r) => r.hidden === r.empty)).toBe(true);
    await page.close();
  });

  it('filters by severity, verdict and rule, searches values and sentences, and shows rows with findings only', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    const visibleRows = (): Promise<number> => page.locator('#s0-grid tbody tr:not([hidden])').count();
    const visibleCards = (): Promise<number> => page.locator('#s0 article.card:not([hidden])').count();
    const rulesWith = (pred: (f: SetReport['findings'][number]) => boolean): number => new Set(set.findings.filter(pred).map((f) => f.rule)).size;
    const total = await visibleRows();
    expect(total).toBe(45);

    await page.selectOption('#s0-sev', 'error');
    expect(await visibleRows()).toBe(rulesWith((f) => f.severity === 'error'));
    expect(await visibleCards()).toBe(set.findings.filter((f) => f.severity === 'error').length);
    await page.selectOption('#s0-sev', '');

    await page.selectOption('#s0-type', 'omission');
    expect(await visibleRows()).toBe(rulesWith((f) => f.type === 'omission'));
    await page.selectOption('#s0-type', '');

    await page.selectOption('#s0-rule', 'generated-claim-04');
    expect(await visibleRows()).toBe(1);
    await page.selectOption('#s0-rule', '');

    await page.fill('#s0-q', 'Claim 22 (');
    expect(await visibleRows()).toBe(1);
    await page.fill('#s0-q', 'Northern Highlands'); // a place only in the cells' sentences and role labels
    const withPlace = set.claims.filter((c) => Object.values(c.values).some((vs) => vs.some((v) => v.place?.includes('Northern Highlands')))).length;
    expect(await visibleRows()).toBe(withPlace);
    await page.fill('#s0-q', '');

    await page.check('#s0-flagged');
    expect(await visibleRows()).toBe(rulesWith(() => true));
    await page.uncheck('#s0-flagged');
    expect(await visibleRows()).toBe(total);
    expect(await page.locator('#s0-note').textContent()).toContain('Showing 45 of 50 claims');
    await page.close();
  });

  it('moves keyboard focus through the cells with the arrow keys, shows it, and opens a cell with Enter', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    await page.focus('#s0-empty');
    await page.keyboard.press('Tab');
    const where = (): Promise<{ row: number; col: number; outline: string; tag: string }> =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLTableCellElement;
        const style = getComputedStyle(el);
        return { row: (el.parentElement as HTMLTableRowElement).rowIndex ?? -1, col: el.cellIndex ?? -1, outline: `${style.outlineStyle} ${style.outlineWidth}`, tag: el.tagName };
      });
    expect(await where()).toMatchObject({ tag: 'TD', row: 1, col: 1, outline: 'solid 3px' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await where()).toMatchObject({ tag: 'TD', row: 1, col: 3 });
    await page.keyboard.press('ArrowDown');
    expect(await where()).toMatchObject({ tag: 'TD', row: 2, col: 3 });
    await page.keyboard.press('Home');
    expect(await where()).toMatchObject({ tag: 'TH', row: 2, col: 0 });
    await page.keyboard.press('End');
    expect(await where()).toMatchObject({ row: 2, col: 30 });
    const visible = await page.evaluate(() => {
      const r = (document.activeElement as HTMLElement).getBoundingClientRect();
      const s = (document.querySelector('#s0-grid-scroll') as HTMLElement).getBoundingClientRect();
      return r.left >= s.left && r.right <= s.right + 1;
    });
    expect(visible).toBe(true); // scrolled into view, not hidden under the sticky claim column
    await page.keyboard.press('Enter');
    expect(await page.locator('#s0-inspector').isVisible()).toBe(true);
    expect(await page.locator('#s0-inspector q').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('#s0-inspector').isVisible()).toBe(false);
    // One tab stop for the whole grid: Tab leaves it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#s0-grid') === null)).toBe(true);
    await page.close();
  });

  it('dims the values that are not the headline, lists the headline first, and keeps AA contrast on every tone', async () => {
    const { page } = await openPage(await chromiumBrowser(), file);
    const cells = await page.locator('#s0-grid td.cell ul.vals:not(.list)').evaluateAll((uls) =>
      uls.map((ul) => [...ul.children].map((li) => ({ headline: li.classList.contains('headline'), dim: li.classList.contains('dim'), color: getComputedStyle(li).color }))),
    );
    const mixed = cells.filter((c) => c.some((v) => v.dim));
    expect(mixed.length).toBeGreaterThan(10);
    for (const c of mixed) {
      expect(c[0]?.headline).toBe(true);
      expect(c[0]?.color).not.toBe(c.find((v) => v.dim)?.color);
    }
    // Dimmed values, roles and badges on every cell tone still pass WCAG AA.
    await page.locator('#s0-empty').check();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await contrastFailures(page)).toEqual([]);
    await page.close();
  });
});

describe('hostile article text in Chromium', () => {
  it('runs no script from the text, loads nothing, and shows the markup as text', async () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>';
    const set = syntheticSet({ versions: 3, claims: 4, path: `stories/${evil}` });
    const first = set.claims[0];
    const v0 = set.versions[0];
    if (!first || !v0) throw new Error('no claim');
    first.label = `Toll ${evil}`;
    for (const v of first.values[v0.id] ?? []) v.sentence = `Officials said ${v.text} ${evil} \u202e died.`;
    set.findings[0] = { ...(set.findings[0] as SetReport['findings'][number]), message: evil, subject: evil };
    const report = reportOf([set]);
    const files = [write('hostile.html', htmlReporter.format(report, OPTIONS)), ...formatHtmlSite(report, OPTIONS).map((f) => write(path.join('hostile-site', f.name), f.text))];
    for (const file of files) {
      const { page, requests } = await openPage(await chromiumBrowser(), file);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const cell = page.locator(`td.cell[data-v="${v0.id}"]`).first();
      if ((await cell.count()) > 0) await cell.click();
      expect(dialogs).toEqual([]);
      expect(await page.locator('img, a[href^="javascript:"], script:not(:last-of-type)').count()).toBe(0);
      expect(requests).toEqual([`file://${file}`]);
      await page.close();
    }
    expect(readFileSync(files[0] ?? '', 'utf8')).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});

describe('many sets: an index page and one page per set', () => {
  let real: Report;
  let checkMs = 0;
  beforeAll(async () => {
    const started = performance.now();
    real = await check([...evalVersionFiles(), 'seeds'], { cwd: ROOT });
    expect(real.sets.flatMap((s) => s.versions).some((v) => v.id === 'gold')).toBe(false);
    checkMs = performance.now() - started;
  }, 180_000);

  it('links the index to every set page; each page opens with its first finding in the first screen', async () => {
    const dir = path.join(OUTPUT, 'site');
    rmSync(dir, { recursive: true, force: true });
    const files = formatHtmlSite(real, OPTIONS);
    for (const f of files) write(path.join('site', f.name), f.text);
    expect(files.map((f) => f.name)).toContain('index.html');
    expect(files).toHaveLength(real.sets.length + 1);
    const index = path.join(dir, 'index.html');
    const { page, requests } = await openPage(await chromiumBrowser(), index);
    const links = await page.locator('#set-index tbody th a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
    expect(links).toHaveLength(real.sets.length);
    await page.screenshot({ path: path.join(OUTPUT, 'index.png') });
    expectOffline(requests, index);
    const sizes: string[] = [];
    for (const link of links) {
      const target = path.join(dir, link.href);
      expect(existsSync(target), link.href).toBe(true);
      sizes.push(`${link.href} ${Math.round(statSync(target).size / 1024)} KiB`);
      await page.goto(`file://${target}`);
      expect(await page.locator('section.set h2').textContent()).toBe(link.text);
      const set = real.sets.find((s) => s.path === link.text);
      if (set && set.findings.length > 0) {
        const y = (await page.locator('article.card').first().boundingBox())?.y ?? 9999;
        expect(y, link.href).toBeLessThan(800 - 120);
      }
      expect(await page.locator('a[href="index.html"]').count()).toBe(1);
    }
    console.log(`[browser] per-set pages: ${sizes.join(', ')}`);
    await page.close();
  });

  it('a 200-set run: 201 self-contained pages, the index lists all of them, written faster than the sets were checked', async () => {
    const sets = Array.from({ length: 200 }, (_, i) => {
      const base = real.sets[i % real.sets.length] as SetReport;
      return { ...base, path: `batch/${String(i).padStart(3, '0')}-${path.basename(base.path)}` };
    });
    const big: Report = { ...real, sets };
    let started = performance.now();
    const json = jsonReporter.format(big, OPTIONS);
    const jsonMs = performance.now() - started;
    started = performance.now();
    const files = formatHtmlSite(big, OPTIONS);
    const htmlMs = performance.now() - started;
    const dir = path.join(OUTPUT, 'site-200');
    rmSync(dir, { recursive: true, force: true });
    for (const f of files) write(path.join('site-200', f.name), f.text);
    const sizes = files.map((f) => f.text.length);
    const largest = Math.max(...sizes.slice(1));
    console.log(
      `[browser] 200 sets: check() of the ${real.sets.length} real sets ${Math.round(checkMs)} ms; format json ${Math.round(jsonMs)} ms (${Math.round(json.length / 1024)} KiB), html ${Math.round(htmlMs)} ms; index ${Math.round((sizes[0] ?? 0) / 1024)} KiB, largest set page ${Math.round(largest / 1024)} KiB`,
    );
    expect(files).toHaveLength(201);
    expect(new Set(files.map((f) => f.name)).size).toBe(201);
    // Writing the pages costs less than checking the sets (the check of the 200 copies estimated from the real
    // sets' time): a report run (check + pages) stays under twice a JSON run (check + JSON).
    expect(htmlMs).toBeLessThan((checkMs * 200) / real.sets.length);
    expect(largest).toBeLessThan(1024 * 1024);
    const index = path.join(dir, 'index.html');
    const { page, requests } = await openPage(await chromiumBrowser(), index);
    expect(await page.locator('#set-index tbody tr').count()).toBe(200);
    await page.fill('.index-filter input[type=search]', '137-');
    expect(await page.locator('#set-index tbody tr:not([hidden])').count()).toBe(1);
    await page.locator('#set-index tbody tr:not([hidden]) a').click();
    await page.waitForURL(/137-/);
    expect(await page.locator('section.set h2').textContent()).toContain('batch/137-');
    expect(requests.every((u) => u.startsWith(`file://${dir}/`))).toBe(true);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).not.toMatch(/<link\b|\bsrc=|@import|url\(|https?:\/\//);
    await page.close();
  });
});
