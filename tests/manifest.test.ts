import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchemaText, parseManifest } from '../src/load/manifest.js';
import { formatProblem } from '../src/rules/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const problemsOf = (text: string): string[] => parseManifest(text, 'm.yaml').problems.map(formatProblem);

describe('parseManifest', () => {
  it('parses a listed manifest and keeps only the fields given', () => {
    const text = [
      'version: 1',
      'versions:',
      '  - id: flood_early',
      '    date: 2024-09-14',
      '    time: "06:30"',
      '    role: early',
      '    source: Reuters',
      '  - id: flood_update',
      '    date: 2024-09-14',
      '    time: "18:05"',
      '  - id: flood_scrape',
      '',
    ].join('\n');
    const { manifest, problems } = parseManifest(text, 'stories/flood/factlint.set.yaml');
    expect(problems).toEqual([]);
    expect(manifest).toEqual({
      path: 'stories/flood/factlint.set.yaml',
      order: ['flood_early', 'flood_update', 'flood_scrape'],
      versions: {
        flood_early: { date: '2024-09-14', time: '06:30', role: 'early', source: 'Reuters' },
        flood_update: { date: '2024-09-14', time: '18:05' },
        flood_scrape: {},
      },
    });
  });

  it('accepts a date YAML reads as a Date object and emits an ISO string', () => {
    const { manifest, problems } = parseManifest(
      'version: 1\nversions:\n  - id: a\n    date: !!timestamp 2023-02-06\n',
      'm.yaml',
    );
    expect(problems).toEqual([]);
    expect(manifest?.versions['a']).toEqual({ date: '2023-02-06' });
  });

  it('sorts by date and time with order: date (stable for ties)', () => {
    const text = [
      'version: 1',
      'order: date',
      'versions:',
      '  - { id: c, date: 2023-02-07 }',
      '  - { id: b, date: 2023-02-06, time: "21:00" }',
      '  - { id: a, date: 2023-02-06, time: "04:17" }',
      '  - { id: d, date: 2023-02-07 }',
      '',
    ].join('\n');
    const { manifest, problems } = parseManifest(text, 'm.yaml');
    expect(problems).toEqual([]);
    expect(manifest?.order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reports unknown keys, bad dates and times with positions', () => {
    const text = [
      'version: 1',
      'order: listd',
      'versions:',
      '  - id: a',
      '    date: 2025-02-30',
      '    time: "9:00"',
      '    rol: early',
      '  - id: b/c',
      '    date: 17 April 2025',
      '',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      "m.yaml:2:8 'order' must be one of listed, date; got 'listd' (did you mean 'listed'?)",
      "m.yaml:5:11 '2025-02-30' is not a real calendar date",
      `m.yaml:6:11 '9:00' is not a 24-hour time HH:MM (quote it: "09:00")`,
      "m.yaml:7:5 unknown key 'rol' (did you mean 'role'?)",
      "m.yaml:8:9 version id 'b/c' must be a file name without extension (no path separators)",
      "m.yaml:9:11 '17 April 2025' is not an ISO date (YYYY-MM-DD)",
    ]);
  });

  it('reports duplicate versions and versions listed out of time order', () => {
    const text = [
      'version: 1',
      'versions:',
      '  - { id: a, date: 2024-05-02 }',
      '  - { id: b, date: 2024-05-01 }',
      '  - { id: a, date: 2024-05-03 }',
      '',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      "m.yaml:4:20 version 'b' (2024-05-01) is listed after 'a' (2024-05-02): list versions in time order, or set 'order: date'",
      "m.yaml:5:11 duplicate version 'a' (first listed at m.yaml:3:11)",
    ]);
    const sameDay = 'version: 1\nversions:\n  - { id: a, date: 2024-05-02, time: "10:00" }\n  - { id: b, date: 2024-05-02, time: "09:00" }\n';
    expect(problemsOf(sameDay)).toEqual([
      "m.yaml:4:38 version 'b' (2024-05-02T09:00) is listed after 'a' (2024-05-02T10:00): list versions in time order, or set 'order: date'",
    ]);
  });

  it('needs a date on every version with order: date', () => {
    expect(problemsOf('version: 1\norder: date\nversions:\n  - id: a\n')).toEqual([
      "m.yaml:4:5 version 'a' has no 'date' (needed by 'order: date')",
    ]);
  });

  it('reports syntax errors, duplicate keys, empty files and missing keys', () => {
    expect(problemsOf('version: 1\nversion: 1\nversions: []\n')).toEqual(["m.yaml:2:1 duplicate key 'version'"]);
    expect(problemsOf('version: 1\nversions: [\n')).toEqual([
      'm.yaml:3:1 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(problemsOf('')).toEqual(["m.yaml:1:1 file is empty: expected a mapping with 'version' and 'versions'"]);
    expect(problemsOf('version: 1\n')).toEqual(["m.yaml:1:1 missing required key 'versions'"]);
    expect(problemsOf('version: 1\nversions: []\n')).toEqual(["m.yaml:2:11 'versions' must not be empty"]);
  });
});

describe('seeds/factlint.set.yaml', () => {
  it('parses and orders the five seeds', async () => {
    const file = path.join(ROOT, 'seeds', 'factlint.set.yaml');
    const { manifest, problems } = parseManifest(await readFile(file, 'utf8'), file);
    expect(problems).toEqual([]);
    expect(manifest?.order.map((id) => id.slice(0, 3))).toEqual(['003', '000', '001', '002', '004']);
    const seeds = (await readdir(path.join(ROOT, 'seeds'))).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
    expect([...(manifest?.order ?? [])].sort()).toEqual(seeds.sort());
    const roles = manifest?.order.map((id) => manifest.versions[id]?.role);
    expect(roles).toEqual(['early', 'update', 'reference', 'damaged', 'rewrite']);
    expect(manifest?.versions['004_22156154f291d882']?.date).toBe('2025-04-18');
  });
});

describe('manifest input quirks', () => {
  it('reads unquoted times, CRLF line ends and a byte-order mark', () => {
    const text = '\uFEFFversion: 1\r\nversions:\r\n  - id: a\r\n    date: 2024-01-01\r\n    time: 09:00\r\n    rol: x\r\n';
    expect(problemsOf(text)).toEqual(["m.yaml:6:5 unknown key 'rol' (did you mean 'role'?)"]);
    const ok = parseManifest(text.replace('    rol: x\r\n', ''), 'm.yaml');
    expect(ok.manifest?.versions['a']).toEqual({ date: '2024-01-01', time: '09:00' });
  });
});

describe('manifest JSON Schema', () => {
  it('is committed up to date', async () => {
    const committed = await readFile(path.join(ROOT, 'rules', 'manifest.schema.json'), 'utf8');
    expect(committed).toBe(manifestJsonSchemaText());
  });
});
