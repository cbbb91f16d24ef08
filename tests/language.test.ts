import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/api.js';
import { detectLanguage } from '../src/lang/detect.js';
import { parseManifest } from '../src/load/manifest.js';
import { seedVersion } from './helpers/seeds.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Short English wire copy full of foreign names: every detector misreads some of these alone. */
const ENGLISH_SHORT = [
  'KYIV, Ukraine (AP) — Volodymyr Zelenskyy met Andrii Yermak, Rustem Umerov and Keith Kellogg in Paris on Thursday.',
  'Olaf Scholz, Friedrich Merz and Ursula von der Leyen arrived in Brussels.',
  'Pedro Sánchez and Giorgia Meloni spoke with Recep Tayyip Erdoğan by phone.',
  'Xi Jinping, Li Qiang and Wang Yi hosted Lula da Silva and Cyril Ramaphosa in Beijing.',
  'Le Pen, Mélenchon and Bardella traded blows on France 2 Thursday night, while Attal and Retailleau watched.',
  'By Samya Kullab and Illia Novikov',
  'At least 12 people died.',
];

const FRENCH =
  'Une frappe russe a tué trois personnes, dont un enfant, à Dnipro jeudi, selon les autorités locales. ' +
  'Les négociations de paix se sont poursuivies à Paris mercredi soir avec les délégations ukrainienne et américaine.\n';
const GERMAN =
  'Ein russischer Angriff hat in Dnipro drei Menschen getötet, darunter ein Kind, teilten die Behörden mit. ' +
  'Die Gespräche in Paris wurden am Mittwochabend fortgesetzt, teilte das Auswärtige Amt mit.\n';
const ENGLISH =
  'A Russian strike killed three people, including a child, in Dnipro on Thursday, local officials said. ' +
  'Peace talks continued in Paris on Wednesday night with the Ukrainian and American delegations.\n';

describe('detectLanguage', () => {
  it.each(ENGLISH_SHORT)('keeps short, name-heavy English as English: %s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it('reads the seeds as English', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) expect(detectLanguage(seedVersion(prefix).text)).toBe('en');
  });

  it('names French, German and Spanish', () => {
    expect(detectLanguage(FRENCH)).toBe('fr');
    expect(detectLanguage(GERMAN)).toBe('de');
    expect(detectLanguage('Al menos doce personas murieron en las inundaciones del jueves en Valencia, según las autoridades regionales.')).toBe('es');
  });
});

describe('versions in a language without a lexicon', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'factlint-lang-'));
    writeFileSync(path.join(dir, '01_en.txt'), ENGLISH);
    writeFileSync(path.join(dir, '02_fr.txt'), FRENCH);
    writeFileSync(path.join(dir, '03_de.txt'), GERMAN);
    writeFileSync(path.join(dir, '04_en.txt'), ENGLISH.replace('three', 'four'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are reported as unsupported and left out of comparisons', async () => {
    const report = await check([dir], { rules: [path.join(ROOT, 'rules', 'news-core.yaml')], cwd: dir });
    const set = report.sets[0];
    const input = set?.findings.filter((f) => f.type === 'input') ?? [];
    expect(input.map((f) => [f.message, f.severity])).toEqual([
      ['02_fr.txt: language fr is not supported: not checked', 'warning'],
      ['03_de.txt: language de is not supported: not checked', 'warning'],
    ]);
    expect(set?.versions.map((v) => [v.id, v.language])).toEqual([['01_en', 'en'], ['04_en', 'en']]);
    const toll = set?.findings.filter((f) => f.rule === 'death-toll') ?? [];
    expect(toll.flatMap((f) => f.versions)).toEqual(['04_en']);
    const others = set?.findings.filter((f) => f.type !== 'input') ?? [];
    expect(others.flatMap((f) => [...f.versions, ...f.evidence.map((e) => e.version)]).filter((v) => /fr|de/.test(v))).toEqual([]);
    expect(report.summary.warnings).toBeGreaterThanOrEqual(2);
  });

  it('follow the manifest language over detection', async () => {
    writeFileSync(path.join(dir, 'factlint.set.yaml'), 'version: 1\nversions:\n  - id: 01_en\n    language: es\n  - id: 02_fr\n    language: en\n  - id: 03_de\n  - id: 04_en\n');
    try {
      const report = await check([dir], { rules: [path.join(ROOT, 'rules', 'news-core.yaml')], cwd: dir });
      const messages = report.sets[0]?.findings.filter((f) => f.type === 'input').map((f) => f.message);
      expect(messages).toEqual(['01_en.txt: language es is not supported: not checked', '03_de.txt: language de is not supported: not checked']);
    } finally {
      rmSync(path.join(dir, 'factlint.set.yaml'));
    }
  });
});

describe('manifest language', () => {
  it('accepts a language code and refuses anything else', () => {
    const ok = parseManifest('version: 1\nversions:\n  - id: a\n    language: fr\n', 'm.yaml');
    expect(ok.manifest?.versions['a']?.language).toBe('fr');
    const bad = parseManifest('version: 1\nversions:\n  - id: a\n    language: French\n', 'm.yaml');
    expect(bad.problems[0]?.message).toMatch(/language/);
  });
});
