import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupLooseFiles } from '../../src/load/group.js';
import { expandGlob, splitGlob } from '../../src/load/glob-files.js';
import { isIncluded, loadSets } from '../../src/load/index.js';
import { blankDirectives } from '../../src/load/directives.js';
import { htmlEdits } from '../../src/normalize/html.js';
import { normalize } from '../../src/normalize/index.js';
import { applyEdits } from '../../src/normalize/offsets.js';
import { DEFAULT_INCLUDE } from '../../src/config/schema.js';
import { projectMaker } from './helpers.js';

const project = projectMaker();

describe('which files are versions', () => {
  it('by default .txt, .md and .html; never JSON sidecars, manifests, README or YAML', () => {
    const opts = { include: DEFAULT_INCLUDE };
    expect(['a.txt', 'b.md', 'c.html', 'd.htm'].map((n) => isIncluded(n, opts))).toEqual([true, true, true, true]);
    expect(['meta.json', 'gold.json', 'factlint.set.yaml', 'README.md', '.DS_Store', 'x.png', 'notes.yaml'].map((n) => isIncluded(n, opts))).toEqual(
      [false, false, false, false, false, false, false],
    );
    expect(isIncluded('meta.json', { include: ['*'] })).toBe(false);
    expect(isIncluded('draft-1.txt', { include: DEFAULT_INCLUDE, exclude: ['draft-*'] })).toBe(false);
  });

  it('a meta.json sidecar in a set folder is not a version', async () => {
    const root = project({ 'set/a.txt': 'one', 'set/b.txt': 'two', 'set/meta.json': '{"x":1}', 'set/photo.jpg': 'jpg' });
    const { sets } = await loadSets([path.join(root, 'set')], { include: DEFAULT_INCLUDE });
    expect(sets[0]?.versions.map((v) => v.id)).toEqual(['a', 'b']);
  });
});

describe('loose files', () => {
  it('in one folder are one set; the same name in two folders joins them (ids old/story, new/story)', () => {
    expect(groupLooseFiles(['/p/a/1.txt', '/p/a/2.txt'], false).map((g) => g.files)).toEqual([['/p/a/1.txt', '/p/a/2.txt']]);
    const [group, ...rest] = groupLooseFiles(['/p/old/story.txt', '/p/new/story.txt'], false);
    expect(rest).toEqual([]);
    expect(group?.path).toBe('/p');
    expect([...(group?.ids.values() ?? [])]).toEqual(['old/story', 'new/story']);
    expect(groupLooseFiles(['/p/x/a.txt', '/p/y/b.txt'], false)).toHaveLength(2);
    expect(groupLooseFiles(['/p/x/a.txt', '/p/y/b.txt'], true)).toHaveLength(1);
  });

  it('loadSets reads them with those ids', async () => {
    const root = project({ 'old/story.txt': 'one', 'new/story.txt': 'two' });
    const { sets } = await loadSets([path.join(root, 'old/story.txt'), path.join(root, 'new/story.txt')]);
    expect(sets.map((s) => s.versions.map((v) => v.id))).toEqual([['old/story', 'new/story']]);
  });

  it('quoted globs are expanded relative to the working directory', async () => {
    const root = project({ 'stories/a/v1.txt': '1', 'stories/a/v2.txt': '2', 'stories/b/v1.md': '3', 'stories/.git/x.txt': 'no' });
    expect(splitGlob('stories/*/v*.txt')).toEqual({ base: 'stories', rest: '*/v*.txt' });
    expect(await expandGlob('stories/*/v*.txt', root)).toEqual(['stories/a/v1.txt', 'stories/a/v2.txt']);
    expect(await expandGlob('stories/**/*.{txt,md}', root)).toEqual(['stories/a/v1.txt', 'stories/a/v2.txt', 'stories/b/v1.md']);
    expect(await expandGlob('nothing/*.txt', root)).toEqual([]);
  });
});

describe('HTML copies', () => {
  const html = [
    '<!doctype html><html><head><title>Landslide kills nine</title><style>p { color: red }</style>',
    '<script>var s = "<p>killing 40 people</p>";</script></head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>',
    '<article><h1>Landslide kills nine</h1>',
    '<p>A landslide killed at least nine people, Home Minister Rabi&nbsp;Lamichhane said. The army&rsquo;s <b>helicopters</b> &amp; soldiers helped.</p>',
    '</article></body></html>',
  ].join('\n');

  it('are read as text: no tags, scripts, styles or menus; entities decoded', () => {
    const text = applyEdits(html, htmlEdits(html)).text;
    expect(text).not.toMatch(/[<>]|killing 40|color|Home<|World/);
    expect(text).toMatch(/Home Minister Rabi\u00a0Lamichhane said\./);
    expect(text).toContain('The army’s helicopters & soldiers helped.');
  });

  it('keep line and column in the original HTML file', () => {
    const raw = { id: 'v', path: 'v.html', bytes: new TextEncoder().encode(html) };
    const v = normalize(raw);
    if ('message' in v) throw new Error(v.message);
    const at = v.text.indexOf('Lamichhane');
    const place = v.map.place(at);
    const line = html.split('\n')[(place?.line ?? 1) - 1] ?? '';
    expect(line.slice((place?.column ?? 1) - 1)).toMatch(/^Lamichhane/);
  });
});

describe('inline suppression lines', () => {
  it('are blanked with spaces of the same length before analysis', () => {
    const text = 'Line one.\n<!-- factlint-disable people-named -->\nLine three.\n';
    const blanked = blankDirectives(new TextEncoder().encode(text));
    const out = Buffer.from(blanked.bytes).toString('utf8');
    expect(out.length).toBe(text.length);
    expect(out).not.toContain('factlint');
    expect(out.split('\n')[2]).toBe('Line three.');
    // kept for the post-passes, which need not read the file again
    expect(blanked.directives).toBe('<!-- factlint-disable people-named -->');
    expect(blankDirectives(new TextEncoder().encode('No directive.\n')).directives).toBeNull();
  });
});
