import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import type { ClaimReport, Finding, Report, SetReport } from '../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Copies of the seeds live elsewhere: the seeds' story rules apply by path (seeds/), so they are named here. */
const SEED_RULES = ['--rules', 'rules/news-core.yaml', '--rules', 'rules/paris-talks.yaml'];
const SEEDS = path.join(ROOT, 'seeds');
const V = {
  early: '003_bf9c85de54b51111',
  update: '000_156529bb3accbe6d',
  reference: '001_c3607f5320d1cbec',
  damaged: '002_e1ffd014517375af',
  rewrite: '004_22156154f291d882',
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: ROOT,
    env: {},
  });
  return { code, stdout, stderr };
}

async function report(args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const run = await cli(['check', ...args, '--format', 'json']);
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const claim = (set: SetReport, rule: string): ClaimReport => {
  const c = set.claims.find((x) => x.rule === rule);
  if (!c) throw new Error(`no claim ${rule}`);
  return c;
};
const keysOf = (c: ClaimReport, version: string): string[] => [...new Set((c.values[version] ?? []).map((x) => x.key))];
const signature = (f: Finding): string => `${f.type} ${f.rule} ${f.subject} [${f.versions.join(',')}]`;

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'factlint-e2e-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the seeds, in a directory named `seeds` so the story rules apply, with one edit. */
function perturbedSeeds(name: string, version: string, edit: (text: string) => string): string {
  const dir = path.join(scratch, name, 'seeds');
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(SEEDS, dir, { recursive: true });
  const file = path.join(dir, `${version}.txt`);
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(file, after);
  return dir;
}

describe('the seeds (npm start)', () => {
  let run: { code: number; report: Report };
  let set: SetReport;
  beforeAll(async () => {
    run = await report(['seeds']);
    set = run.report.sets[0] as SetReport;
  });

  it('uses the manifest order and the story rules that apply to the seeds', () => {
    expect(set.order).toBe('manifest');
    expect(set.versions.map((v) => v.id)).toEqual([V.early, V.update, V.reference, V.damaged, V.rewrite]);
    expect(set.rules).toEqual(expect.arrayContaining(['dnipro-death-toll', 'coalition-size', 'talks-date', 'attendees', 'people-named']));
    expect(set.rules).not.toContain('death-toll'); // replaced by the story's dnipro-death-toll
  });

  it('finds a death toll of 3 in all five versions, without contradiction', () => {
    const toll = claim(set, 'dnipro-death-toll');
    for (const id of Object.values(V)) expect(keysOf(toll, id)).toEqual(['3']);
    expect((toll.values[V.rewrite] ?? [])[0]?.text).toMatch(/three fatalities/);
    expect(set.findings.filter((f) => f.rule === 'dnipro-death-toll')).toEqual([]);
  });

  it('finds a coalition of about 30 in all five versions, without contradiction', () => {
    const c = claim(set, 'coalition-size');
    for (const id of Object.values(V)) {
      expect(keysOf(c, id)).toEqual(['30']);
      expect(c.values[id]?.[0]?.qualifier).toBe('about');
    }
    expect(set.findings.filter((f) => f.rule === 'coalition-size')).toEqual([]);
  });

  it('dates the talks 2025-04-17 in every version that says "Thursday"', () => {
    const c = claim(set, 'talks-date');
    for (const id of Object.values(V)) {
      const thursdays = (c.values[id] ?? []).filter((x) => /Thursday/.test(x.text));
      expect(thursdays.length, id).toBeGreaterThan(0);
      for (const x of thursdays) expect(x.value).toBe('2025-04-17');
    }
    expect(set.findings.filter((f) => f.rule === 'talks-date' && f.type === 'contradiction')).toEqual([]);
  });

  it('reports "three years after" in 004 as a qualifier change against "more than three years"', () => {
    const f = set.findings.filter((x) => x.rule === 'war-duration');
    expect(f.map(signature)).toEqual([`qualifier-change war-duration How long the war has lasted [${V.rewrite}]`]);
  });

  it('gives the attendee list per version; Keith Kellogg is not yet reported in 003, not omitted', () => {
    const c = claim(set, 'attendees');
    const names = (id: string) => new Set((c.values[id] ?? []).map((x) => x.value));
    for (const id of [V.update, V.reference, V.damaged, V.rewrite]) expect(names(id).has('Keith Kellogg'), id).toBe(true);
    expect(names(V.early).has('Keith Kellogg')).toBe(false);
    const kellogg = set.findings.filter((f) => f.subject === 'Keith Kellogg' && f.rule === 'attendees');
    expect(kellogg.map((f) => [f.type, f.versions])).toEqual([['not-yet-reported', [V.early]]]);
  });

  it('keeps the contributors (Matt Lee in 000, Matthew Lee in 001, 002) out of the people, as per-version credits', () => {
    const c = claim(set, 'people-named');
    for (const id of Object.values(V)) expect((c.values[id] ?? []).filter((x) => /Lee$|Novikov|Arhirova/.test(x.text)), id).toEqual([]);
    const lee = (id: string) => set.versions.find((v) => v.id === id)?.credits?.find((x) => /Lee$/.test(x.name));
    expect(lee(V.update)?.name).toBe('Matt Lee');
    expect(lee(V.reference)?.name).toBe('Matthew Lee');
    expect(lee(V.update)?.key).toBe(lee(V.reference)?.key);
    expect(lee(V.damaged)?.role).toBe('contributor');
    expect(set.findings.filter((f) => /Lee|Novikov|Arhirova/.test(f.subject))).toEqual([]);
  });

  it('reads 002 after repair exactly as 001, with a mojibake notice and no finding caused by encoding', () => {
    const damaged = set.versions.find((v) => v.id === V.damaged);
    const mojibake = damaged?.notices.find((n) => n.type === 'mojibake');
    expect(mojibake?.count).toBe(38);
    for (const rule of ['dnipro-death-toll', 'coalition-size', 'war-duration']) {
      const c = claim(set, rule);
      expect(keysOf(c, V.damaged), rule).toEqual(keysOf(c, V.reference));
    }
    const scalar = set.findings.filter(
      (f) => f.versions.includes(V.damaged) && ['contradiction', 'qualifier-change', 'unreadable', 'stale'].includes(f.type),
    );
    expect(scalar).toEqual([]);
  });

  it("treats 001's Credit: AP lines as a boilerplate notice, not content", () => {
    const ref = set.versions.find((v) => v.id === V.reference);
    const boilerplate = ref?.notices.find((n) => n.type === 'boilerplate');
    expect(boilerplate?.count).toBeGreaterThanOrEqual(22);
    const places = claim(set, 'places-and-orgs-named').values[V.reference] ?? [];
    expect(places.filter((x) => x.text === 'AP').length).toBeLessThanOrEqual(1);
  });

  it('finds the names cut out of 002 as deleted mentions, with evidence from versions that keep them', () => {
    const cut = set.findings.filter((f) => f.type === 'deleted-mention');
    const subjects = new Set(cut.map((f) => f.subject));
    for (const name of ['Emmanuel Macron', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'NATO', 'Greenland', 'Saudi Arabia']) {
      expect(subjects.has(name), name).toBe(true);
    }
    for (const f of cut) {
      expect(f.versions).toEqual([V.damaged]);
      expect(f.evidence[0]?.version).toBe(V.damaged);
      const last = f.subject.split(' ').pop() ?? f.subject;
      for (const e of f.evidence.slice(1)) {
        expect(e.version).not.toBe(V.damaged);
        expect(e.text, `${f.subject} in ${e.version}`).toContain(last);
      }
    }
    expect(cut.filter((f) => f.versions.includes(V.rewrite))).toEqual([]);
  });

  it('carries line, column and the sentence for every value and every finding', () => {
    for (const c of set.claims) {
      for (const [id, values] of Object.entries(c.values)) {
        const version = set.versions.find((v) => v.id === id);
        const lines = readFileSync(path.join(ROOT, version?.path ?? ''), 'utf8').split('\n');
        for (const x of values) {
          expect(x.line).toBeGreaterThanOrEqual(1);
          expect(x.sentence.length).toBeGreaterThan(0);
          if (id !== V.damaged) {
            // Outside repaired text, line:column points at the value as written.
            expect(lines[x.line - 1]?.slice(x.column - 1).startsWith(x.text), `${c.rule} ${id} ${x.text}`).toBe(true);
          }
        }
      }
    }
    for (const f of set.findings) {
      for (const e of f.evidence) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.column).toBeGreaterThanOrEqual(1);
        expect(e.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('exits 1: the damaged copy has cut names at error level', () => {
    expect(run.code).toBe(1);
  });
});

describe('perturbed copies of the seeds', () => {
  let baseline: Set<string>;
  beforeAll(async () => {
    const dir = perturbedSeeds('baseline', V.update, (t) => `${t}\n`);
    baseline = new Set((await report([dir, ...SEED_RULES])).report.sets[0]?.findings.map(signature));
  });

  async function added(dir: string): Promise<Finding[]> {
    const { report: r } = await report([dir, ...SEED_RULES]);
    return (r.sets[0]?.findings ?? []).filter((f) => !baseline.has(signature(f)));
  }

  it('death toll changed to four in one copy: one contradiction naming it, with both values', async () => {
    const dir = perturbedSeeds('four', V.update, (t) => t.replace('killing three people', 'killing four people'));
    const f = await added(dir);
    expect(f.map(signature)).toEqual([`contradiction dnipro-death-toll Dnipro drone attack death toll [${V.update}]`]);
    expect(f[0]).toMatchObject({ actual: '4 people', expected: '3' });
    expect(f[0]?.evidence[0]).toMatchObject({ version: V.update, line: 27 });
    expect(f[0]?.evidence[0]?.text).toContain('killing four people');
  });

  it('a name dropped from the attendee list: omission', async () => {
    const dir = perturbedSeeds('lammy', V.reference, (t) => t.replace(' British Foreign Secretary David Lammy,', ''));
    const f = await added(dir);
    const attendees = f.filter((x) => x.rule === 'attendees');
    expect(attendees.map((x) => [x.type, x.subject, x.versions, x.severity])).toEqual([
      ['omission', 'David Lammy', [V.reference], 'warning'],
    ]);
    expect(f.filter((x) => x.type === 'contradiction')).toEqual([]);
  });

  it('"Thursday" changed to "Friday": contradiction', async () => {
    const dir = perturbedSeeds('friday', V.update, (t) => t.replace('high-level talks Thursday', 'high-level talks Friday'));
    const f = await added(dir);
    expect(f.filter((x) => x.type === 'contradiction').map(signature)).toEqual([
      `contradiction talks-date Date of the Paris talks [${V.update}]`,
    ]);
    expect(f.find((x) => x.rule === 'talks-date')?.actual).toBe('2025-04-11');
  });

  it('"three" -> "3" and "Around 30 countries" -> "about 30 nations": no finding', async () => {
    const dir = perturbedSeeds('safe', V.update, (t) =>
      t.replace('killing three people', 'killing 3 people').replace('Around 30 countries', 'About 30 nations'),
    );
    expect(await added(dir)).toEqual([]);
  });
});

describe('generic rules on stories that share no wording with the seeds', () => {
  it('flood: tolls of 12, 15, at least 21 are updates in order; a later copy with 15 is stale', async () => {
    const { report: r } = await report(['tests/fixtures/flood', '--rules', 'rules/news-core.yaml']);
    const set = r.sets[0] as SetReport;
    expect(set.order).toBe('date-line');
    const toll = set.findings.filter((f) => f.rule === 'death-toll');
    expect(toll.map((f) => [f.type, f.versions, f.actual])).toEqual([
      ['stale', ['04_syndicated'], '15 people'],
      ['update', ['02_update'], '15'],
      ['update', ['03_latest'], 'at least 21 people'],
    ]);
    expect(set.findings.filter((f) => f.type === 'contradiction')).toEqual([]);
  });

  it('summit: an attendee cut from a later copy is found, even when only one version named him', async () => {
    const { report: r } = await report(['tests/fixtures/summit', '--rules', 'rules/news-core.yaml']);
    const set = r.sets[0] as SetReport;
    expect(set.order).toBe('manifest');
    // Only b_wire names Sall (1 of 3 versions): the cut is still reported; the list rules'
    // omissions fold into it, and the preview, earlier than the only version naming him, says nothing.
    const sall = set.findings.filter((f) => f.subject === 'Macky Sall' || f.members?.includes('Macky Sall'));
    expect(sall.map((f) => [f.type, f.versions])).toEqual([['deleted-mention', ['c_website']]]);
    // The list rules' omissions of the same name are folded into the cut.
    expect(sall[0]?.alsoReportedBy).toEqual(['participants', 'people-named']);
    expect(set.findings.filter((f) => f.type === 'contradiction')).toEqual([]);
    const dates = claim(set, 'event-dates');
    expect(keysOf(dates, 'a_preview')).toEqual(['2023-11-08']); // "are expected ... on Wednesday" resolves forward
  });
});

describe('CLI behaviour', () => {
  it('rule-file errors print file:line:col and exit 2', async () => {
    const bad = path.join(scratch, 'bad.yaml');
    writeFileSync(bad, 'version: 1\nrules:\n  - id: toll\n    label: Toll\n    kind: quantity\n    cue: [dead]\n');
    const run = await cli(['check', 'seeds', '--rules', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml:6:5 unknown key 'cue' \(did you mean 'cues'\?\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a version that cannot be read is reported and the rest are still checked', async () => {
    const dir = path.join(scratch, 'with-empty');
    cpSync(path.join(ROOT, 'tests/fixtures/flood'), dir, { recursive: true });
    writeFileSync(path.join(dir, '05_empty.txt'), '');
    const { code, report: r } = await report([dir, '--rules', 'rules/news-core.yaml']);
    const set = r.sets[0] as SetReport;
    expect(set.versions).toHaveLength(4);
    const input = set.findings.filter((f) => f.type === 'input');
    expect(input.map((f) => f.versions)).toEqual([['05_empty']]);
    expect(input[0]?.message).toMatch(/05_empty\.txt: .*empty/);
    expect(code).toBe(1); // the input error is an error-level finding, but the set was checked
  });

  it('a path that does not exist exits 2 with one line naming it', async () => {
    const run = await cli(['check', 'no/such/dir']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no\/such\/dir/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--fail-on none exits 0; --fail-on info exits 1 on info findings', async () => {
    expect((await cli(['check', 'tests/fixtures/summit', '--rules', 'rules/news-core.yaml', '--fail-on', 'none'])).code).toBe(0);
    expect((await cli(['check', 'tests/fixtures/summit', '--rules', 'rules/news-core.yaml', '--fail-on', 'info'])).code).toBe(1);
  });

  it('prints a readable report grouped by claim with one line per version', async () => {
    const run = await cli(['check', 'tests/fixtures/flood', '--rules', 'rules/news-core.yaml', '--no-color']);
    expect(run.stdout).toMatch(/Death toll \(death-toll\)\n\s+01_first\s+12 people\s+1:\d+ "/);
    expect(run.stdout).toMatch(/stale\s+Death toll: 04_syndicated still says 15 people/);
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['check'])).code).toBe(2);
    expect((await cli(['check', 'seeds', '--format', 'yaml'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});

describe('GitHub Actions', () => {
  it('appends a Markdown summary to $GITHUB_STEP_SUMMARY and prints annotations', async () => {
    const summary = path.join(scratch, 'summary.md');
    let stdout = '';
    const code = await runCli(['check', 'tests/fixtures/flood', '--rules', 'rules/news-core.yaml', '--format', 'github'], {
      stdout: (s) => (stdout += s),
      stderr: () => {},
      cwd: ROOT,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^::warning file=tests\/fixtures\/flood\/04_syndicated\.txt,line=1,col=\d+,title=factlint stale \(death-toll\)::/m);
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/^## factlint: 0 errors, \d+ warnings?, \d+ info/);
    // Markdown syntax in names is escaped (`_` renders the same, but cannot start emphasis).
    expect(md).toContain('| warning | stale | Death toll | 04\\_syndicated |');
  });
});

describe('the factlint binary', () => {
  it('runs as a separate process and exits with the CLI code', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['bin/factlint.js', 'check', 'tests/fixtures/flood', '--rules', 'rules/news-core.yaml', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.sets[0]?.versions).toHaveLength(4);
    const version = spawnSync(process.execPath, ['bin/factlint.js', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe('0.1.0');
  });
});

describe('factlint report', () => {
  it('writes the HTML page for a fact-checker and does not fail on findings', async () => {
    const out = path.join(scratch, 'report.html');
    const run = await cli(['report', 'seeds', '-o', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Dnipro drone attack death toll');
  });
});
