#!/usr/bin/env node
// factlint benchmark: per-stage cost, alignment scaling with versions, whole-check scaling
// with article length. Plain ESM over ../dist (run `npm run bench`, which builds first).
//   node bench/run.js [--quick] [--json] [--hostile]
// Figures are medians of N timed runs after warm-up; nothing here asserts on wall time.

import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

import { normalize } from '../dist/normalize/index.js';
import { analyze } from '../dist/analyze/index.js';
import { unifyPeople } from '../dist/extract/unify.js';
import { extractValues as extract } from '../dist/kinds/index.js';
import { loadRuleFiles, selectRuleFiles } from '../dist/rules/index.js';
import { alignSet, checkAlignment } from '../dist/align/index.js';
import { plainVersion } from '../dist/normalize/plain.js';
import { syntheticArticleSet } from './synthetic.js';
import { loadSets } from '../dist/load/index.js';
import { check } from '../dist/api.js';
import { checkRule, createSimilarity, orderVersions } from '../dist/check/index.js';
import { hostileScaling } from './hostile.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = path.join(ROOT, 'seeds');
const RULES_DIR = path.join(ROOT, 'rules');
const RULE_FILES = [path.join(RULES_DIR, 'news-core.yaml'), path.join(RULES_DIR, 'paris-talks.yaml')];

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const JSON_OUT = args.has('--json');
/** Only section 4 (hostile inputs). */
const HOSTILE_ONLY = args.has('--hostile');
const RUNS = QUICK ? 3 : 7;
const WARMUP = QUICK ? 1 : 2;
/** A measurement whose first run takes longer than this gets fewer runs. */
const SLOW_MS = 1000;
/** Runs for the scaling sections (each point is a separate input). */
const SCALE_RUNS = QUICK ? 2 : 3;
const SYNTH_VERSIONS = 8;
const SYNTH_SENTENCES = 48;

// ------------------------------------------------------------------ timing

/** Median and spread of `runs` timings of `fn` (sync or async) after `warmup` calls. */
async function time(fn, runs = RUNS, warmup = WARMUP) {
  const first = performance.now();
  await fn();
  const firstMs = performance.now() - first;
  const slow = firstMs > SLOW_MS;
  // A slow measurement: the first call is its warm-up, then 1 (quick) or 2 timed runs.
  const n = slow ? Math.min(runs, QUICK ? 1 : 2) : runs;
  for (let i = 1; i < (slow ? 1 : warmup); i++) await fn();
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  if (process.env.BENCH_DEBUG) console.error("first", firstMs.toFixed(1), "samples", samples.map((x) => x.toFixed(1)).join(" "));
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  const median = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { median, min: samples[0], max: samples[samples.length - 1], runs: samples.length };
}

const r2 = (x) => Math.round(x * 100) / 100;
const r1 = (x) => Math.round(x * 10) / 10;

// ------------------------------------------------------------------ inputs

function tempDir(name) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factlint-bench-'));
  const set = path.join(dir, name);
  mkdirSync(set);
  return { root: dir, set };
}

/** Writes `{id, text}` versions as files of a temp set directory. */
function writeSet(name, versions) {
  const dir = tempDir(name);
  for (const v of versions) writeFileSync(path.join(dir.set, `${v.id}.txt`), v.text, 'utf8');
  return dir;
}

/** Paragraphs of seed 000 without its ` date …` prefix. */
function seedParagraphs() {
  const file = path.join(SEEDS, '000_156529bb3accbe6d.txt');
  const text = readFileSync(file, 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Three versions of the seed story repeated `k` times: full, one paragraph dropped, two swapped. */
function lengthSet(k) {
  const base = seedParagraphs();
  const paras = [];
  for (let i = 0; i < k; i++) paras.push(...base);
  const dropped = paras.filter((_, i) => i !== Math.floor(paras.length / 2));
  const swapped = [...paras];
  const a = 2;
  const b = paras.length - 2;
  [swapped[a], swapped[b]] = [swapped[b], swapped[a]];
  const body = (ps) => ` date 2025-04-17\n${ps.join('\n\n')}\n`;
  return [
    { id: 'a_full', text: body(paras) },
    { id: 'b_dropped', text: body(dropped) },
    { id: 'c_swapped', text: body(swapped) },
  ];
}

// ------------------------------------------------------------------ section 1: stages

async function stages(label, setDir, checkOptions) {
  const loaded = await loadSets([setDir]);
  const set = loaded.sets[0];
  if (!set) throw new Error(`no set at ${setDir}`);
  const raws = set.versions;
  const ruleFiles = checkOptions.rules ?? (await selectRuleFiles(set.path, RULES_DIR)).files;
  const rules = (await loadRuleFiles(ruleFiles)).ruleSets.flatMap((s) => s.rules);

  const normalized = raws.map((r) => normalize(r)).filter((v) => !('message' in v));
  const docs = normalized.map((v) => analyze(v));
  const bytes = raws.reduce((n, r) => n + r.bytes.length, 0);
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const versions = raws.length;

  // Extractors memoise rule-independent reads (numbers, people) per Doc object; a fresh
  // shallow copy per run makes each timed run pay for them, as one check() does.
  const extractAll = () => {
    const fresh = docs.map((d) => ({ ...d }));
    for (const rule of rules) {
      const all = [];
      for (const doc of fresh) all.push(...extract(doc, rule, { referenceDate: doc.version.dateLine }));
      if (rule.kind === 'people') unifyPeople(all);
    }
  };

  // The check stage proper: checkRule for every rule, fed as api.checkSet feeds it
  // (no manifest; the `present` look-up of people rules is left out).
  const ordering = orderVersions(normalized.map((v) => ({ id: v.id, dateLine: v.dateLine })), null);
  const byId = new Map(docs.map((d) => [d.version.id, d]));
  const paths = new Map(normalized.map((v) => [v.id, v.path]));
  const sentences = new Map(docs.map((d) => [d.version.id, d.sentences.map((x) => x.text)]));
  const inputs = rules.map((rule) => {
    const values = new Map(ordering.versions.map((v) => [v.id, []]));
    for (const v of ordering.versions) {
      const doc = byId.get(v.id);
      if (doc) values.get(v.id).push(...extract(doc, rule, { referenceDate: v.date ?? ordering.setDate }));
    }
    return { rule, values, versions: ordering.versions, paths, similarity: createSimilarity(), sentencesOf: (id) => sentences.get(id) ?? [] };
  });
  const perRule = [];
  for (const input of inputs) {
    const t0 = performance.now();
    checkRule(input);
    const claims = [...input.values.values()].reduce((n, l) => n + l.length, 0);
    perRule.push({ rule: input.rule.id, claims, ms: performance.now() - t0 });
  }
  perRule.sort((a, b) => b.ms - a.ms);
  const rank = new Map(ordering.versions.map((v) => [v.id, v.rank]));
  const ruleFindings = inputs.flatMap((i) => checkRule(i));

  const t = {
    load: await time(async () => {
      const s = await loadSets([setDir]);
      const files = checkOptions.rules ?? (await selectRuleFiles(s.sets[0].path, RULES_DIR)).files;
      await loadRuleFiles(files);
    }),
    normalize: await time(() => raws.forEach((r) => normalize(r))),
    analyze: await time(() => normalized.forEach((v) => analyze(v))),
    extract: await time(extractAll),
    check: await time(() => inputs.forEach((i) => checkRule(i))),
    // As api.checkSet calls it: with the time order (which turns on dropped-fact) and the rule findings.
    align: await time(() => checkAlignment(docs, { older: (a, b) => (rank.get(a) ?? 0) < (rank.get(b) ?? 0), ruleFindings })),
    whole: await time(async () => {
      const report = await check([setDir], { cwd: ROOT, ...checkOptions });
      const checked = report.sets[0]?.versions.length ?? 0;
      const problems = report.findings.filter((f) => f.type === 'config' || f.type === 'input');
      if (checked !== versions || problems.length > 0) {
        throw new Error(`check() on ${label} did not run fully (${checked}/${versions} versions; ${problems.map((p) => p.message).join('; ')}) — is dist/ being rebuilt?`);
      }
    }),
  };
  const parts = ['load', 'normalize', 'analyze', 'extract', 'check', 'align'];
  const measured = parts.reduce((n, k) => n + t[k].median, 0);
  const rest = Math.max(0, t.whole.median - measured);
  const rows = [...parts.map((k) => [k, t[k].median]), ['rest', rest], ['whole check()', t.whole.median]].map(
    ([stage, ms]) => ({
      stage,
      msPerVersion: r2(ms / versions),
      ms: r2(ms),
      ktokPerS: ms > 0 ? r1(tokens / ms) : null, // tokens/ms = ktok/s
      kbPerS: ms > 0 ? r1(bytes / 1024 / (ms / 1000)) : null,
      share: r1((100 * ms) / t.whole.median),
    }),
  );
  return {
    set: label,
    versions,
    bytes,
    tokens,
    rules: rules.length,
    ruleFiles: ruleFiles.map((f) => path.basename(f)),
    runs: t.whole.runs,
    slowestRule: { rule: perRule[0]?.rule ?? null, claims: perRule[0]?.claims ?? 0, ms: r2(perRule[0]?.ms ?? 0) },
    rows,
  };
}

// ------------------------------------------------------------------ section 2: alignment scaling

async function alignScaling() {
  const out = [];
  // Warm the alignment code first, so that N=2 (measured first) is not a cold-JIT figure.
  const warm = syntheticArticleSet(4, 40, 2).map((v) => analyze(plainVersion(v.id, v.text)));
  // Versions in id order (as a manifest would give), which also turns on dropped-fact.
  const older = (a, b) => a < b;
  for (let i = 0; i < 5; i++) checkAlignment(warm, { older });
  for (const n of [2, 4, 8, 16, 32]) {
    const docs = syntheticArticleSet(n, 40, 1).map((v) => analyze(plainVersion(v.id, v.text)));
    const a = await time(() => alignSet(docs), SCALE_RUNS + 2, 1);
    const c = await time(() => checkAlignment(docs, { older }), SCALE_RUNS + 2, 1);
    out.push({ versions: n, tokens: docs.reduce((k, d) => k + d.tokens.length, 0), alignSetMsPerVersion: a.median / n, checkAlignmentMsPerVersion: c.median / n });
  }
  const base = out[0];
  return out.map((x) => ({
    versions: x.versions,
    tokens: x.tokens,
    alignSetMsPerVersion: r2(x.alignSetMsPerVersion),
    alignSetRatio: r2(x.alignSetMsPerVersion / base.alignSetMsPerVersion),
    checkAlignmentMsPerVersion: r2(x.checkAlignmentMsPerVersion),
    checkAlignmentRatio: r2(x.checkAlignmentMsPerVersion / base.checkAlignmentMsPerVersion),
  }));
}

// ------------------------------------------------------------------ section 3: length scaling

async function lengthScaling(dirs) {
  const out = [];
  for (const k of [1, 4, 16]) {
    const versions = lengthSet(k);
    const dir = writeSet(`len${k}x`, versions);
    dirs.push(dir.root);
    const docs = versions.map((v) => {
      const raw = { id: v.id, path: v.id, bytes: new TextEncoder().encode(v.text) };
      const n = normalize(raw);
      if ('message' in n) throw new Error(n.message);
      return analyze(n);
    });
    const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
    const bytes = versions.reduce((n, v) => n + Buffer.byteLength(v.text), 0);
    const w = await time(() => check([dir.set], { cwd: ROOT, rules: RULE_FILES }), SCALE_RUNS, 1);
    const al = await time(() => checkAlignment(docs), SCALE_RUNS, 1);
    out.push({ repeat: k, bytes, tokens, ms: w.median, alignMs: al.median, runs: w.runs });
  }
  const perTok = (x) => x.ms / x.tokens;
  const alignPerTok = (x) => x.alignMs / x.tokens;
  const small = out[0];
  return out.map((x) => ({
    repeat: x.repeat,
    kb: r1(x.bytes / 1024),
    tokens: x.tokens,
    ms: r2(x.ms),
    ktokPerS: r1(x.tokens / x.ms),
    usPerToken: r2((1000 * x.ms) / x.tokens),
    ratioPerToken: r2(perTok(x) / perTok(small)),
    alignMs: r2(x.alignMs),
    alignRatioPerToken: r2(alignPerTok(x) / alignPerTok(small)),
    runs: x.runs,
  }));
}

// ------------------------------------------------------------------ output

function table(rows, columns) {
  const cells = rows.map((r) => columns.map(([key]) => (r[key] === null || r[key] === undefined ? '-' : String(r[key]))));
  const widths = columns.map(([, head], i) => Math.max(head.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  return [line(columns.map(([, h]) => h)), ...cells.map(line)].join('\n');
}

const HOSTILE_COLUMNS = [['case', 'case'], ['n', 'n'], ['ms1', 'CPU ms at n'], ['ms2', 'at 2n'], ['ms4', 'at 4n'], ['growth2', 'n->2n'], ['growth4', '2n->4n'], ['jsonPerByte4', 'JSON bytes/input byte at 4n']];

function hostileLines(rows) {
  const worst = Math.max(...rows.flatMap((r) => [r.growth2, r.growth4]));
  return [
    '4. Hostile inputs (issue 10): whole check() of the input plus a short second version, at n, 2n, 4n;',
    '   ms = CPU time (user + system) of the process; growth = ratio per doubling (~2 linear, ~4 quadratic; target <= 2.5)',
    table(rows, HOSTILE_COLUMNS),
    `   worst growth per doubling: ${worst}${worst <= 2.5 ? '' : '  (over the 2.5 target)'}`,
  ];
}

async function main() {
  const started = performance.now();
  const dirs = [];
  if (HOSTILE_ONLY) {
    const rows = await hostileScaling(undefined, SCALE_RUNS + 1);
    process.stdout.write(JSON_OUT ? `${JSON.stringify({ hostile: rows }, null, 2)}\n` : `${hostileLines(rows).join('\n')}\n`);
    return;
  }
  try {
    const synth = writeSet('synthetic', syntheticArticleSet(SYNTH_VERSIONS, SYNTH_SENTENCES, 3));
    dirs.push(synth.root);
    const stageResults = [
      await stages('seeds (5 versions)', SEEDS, {}),
      await stages(`synthetic (${SYNTH_VERSIONS} x ${SYNTH_SENTENCES} sentences)`, synth.set, { rules: RULE_FILES }),
    ];
    const align = await alignScaling();
    const length = await lengthScaling(dirs);
    const hostile = await hostileScaling(undefined, SCALE_RUNS + 1);
    const result = {
      node: process.version,
      cpus: os.cpus().length,
      quick: QUICK,
      runs: RUNS,
      warmup: WARMUP,
      stages: stageResults,
      alignScaling: align,
      lengthScaling: length,
      hostile,
      totalSeconds: r1((performance.now() - started) / 1000),
    };
    if (JSON_OUT) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return;
    }
    const out = [];
    out.push(`factlint bench — node ${process.version}, ${os.cpus().length} CPUs, median of ${RUNS} runs after ${WARMUP} warm-up${QUICK ? ' (--quick)' : ''}`);
    for (const s of stageResults) {
      out.push('', `1. Stages: ${s.set}, ${(s.bytes / 1024).toFixed(1)} KB, ${s.tokens} tokens, ${s.rules} rules (${s.ruleFiles.join(', ')})`);
      if (s.slowestRule.rule) out.push(`   slowest checkRule (one cold run): ${s.slowestRule.rule}, ${s.slowestRule.claims} claims, ${s.slowestRule.ms} ms`);
      out.push(table(s.rows, [['stage', 'stage'], ['msPerVersion', 'ms/version'], ['ms', 'ms/set'], ['ktokPerS', 'ktok/s'], ['kbPerS', 'KB/s'], ['share', '% of whole']]));
    }
    out.push('', '2. Alignment vs versions per set (synthetic, 40 sentences each); ratio = per-version cost / per-version cost at N=2');
    out.push(table(align, [['versions', 'N'], ['tokens', 'tokens'], ['alignSetMsPerVersion', 'alignSet ms/v'], ['alignSetRatio', 'ratio'], ['checkAlignmentMsPerVersion', 'checkAlignment ms/v'], ['checkAlignmentRatio', 'ratio']]));
    out.push('', '3. Whole check() vs article length (3 versions of seed 000 repeated k times); ratio = time per token / time per token at 1x');
    out.push(table(length, [['repeat', 'k'], ['kb', 'KB'], ['tokens', 'tokens'], ['ms', 'check ms'], ['ktokPerS', 'ktok/s'], ['usPerToken', 'us/token'], ['ratioPerToken', 'ratio'], ['alignMs', 'align ms'], ['alignRatioPerToken', 'align ratio']]));
    const last = length[length.length - 1];
    out.push(`   time per token, ${last.repeat}x vs 1x: ${last.ratioPerToken}x (~1 = linear; ~${last.repeat} = quadratic)`);
    out.push('', ...hostileLines(hostile));
    out.push('', `total ${result.totalSeconds} s`);
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

await main();
