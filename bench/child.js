#!/usr/bin/env node
// One measured process for bench/scale.js: prints one JSON line with CPU, wall time and peak RSS.
//   node bench/child.js raw DIR [WARM]       raw wink-nlp readDoc over every version file
//   node bench/child.js run DIR JOBS [WARM]  the whole pipeline (plan, pool, NDJSON streamed to nowhere)
//   (WARM: another corpus read first, untimed, so that the run is measured with V8's optimizing
//   compiler done warming up: the steady state of a long run rather than a cold 1,000 versions)
//   node bench/child.js set DIR            one set, stage by stage, in this thread
//   node bench/child.js capacity           a fixed loop in 1, then 2 threads: what 2 threads get on this machine
//   node bench/child.js rawpar DIR         raw wink readDoc over DIR in 1, then 2 threads at once: what 2 threads get for NLP work
//   node bench/child.js pipepar DIR        the whole pipeline over DIR, warm, in 1, then 2 threads at once: the most --jobs 2 can get here
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [mode, dir, ...rest] = process.argv.slice(2);
const jobs = mode === 'run' ? rest[0] : undefined;
const warm = mode === 'run' ? rest[1] : rest[0];

function files(root) {
  const out = [];
  for (const name of readdirSync(root).sort()) {
    const full = path.join(root, name);
    if (statSync(full).isDirectory()) out.push(...files(full));
    else if (name.endsWith('.txt')) out.push(full);
  }
  return out;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function raw() {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  if (warm) for (const f of files(warm)) nlp.readDoc(readFileSync(f, 'utf8')).tokens().length();
  const texts = files(dir).map((f) => readFileSync(f, 'utf8'));
  const c0 = cpu();
  const t0 = performance.now();
  let tokens = 0;
  for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
  return { cpuMs: cpu() - c0, wallMs: performance.now() - t0, tokens, versions: texts.length };
}

/** What `factlint check --format ndjson` does with each set in the thread that checks it (src/run/passes.ts). */
const passesOf = (cwd) => ({ checks: {}, baseline: null, minSeverity: null, cwd, formats: [{ name: 'ndjson', color: false }] });

async function run() {
  const { planRun } = await import('../dist/run/plan.js');
  const { runPassedSets } = await import('../dist/run/run.js');
  const { ndjsonSink } = await import('../dist/run/stream.js');
  // The model is loaded before timing, as in `raw`: both measure reading, not start-up
  // (a --jobs 2 run still loads it once more, in its worker, within the time).
  (await import('../dist/analyze/nlp.js')).nlp();
  const pass = async (root, n) => {
    const plan = await planRun([root], { cwd: root });
    let bytes = 0;
    const sink = ndjsonSink((s) => { bytes += s.length; }, null, (parts) => { for (const p of parts) bytes += p.length; });
    await runPassedSets(plan, { jobs: n, passes: passesOf(root), emit: (p) => sink.set(p.outputs[0], p.counts, p.position) });
    await sink.end(plan.findings.map((finding) => ({ finding, position: -1 })));
    return bytes;
  };
  if (warm) await pass(warm, 1);
  const c0 = cpu();
  const t0 = performance.now();
  const bytes = await pass(dir, Number(jobs));
  return { cpuMs: cpu() - c0, wallMs: performance.now() - t0, outputChars: bytes };
}

async function set() {
  const { loadSets } = await import('../dist/load/index.js');
  const { normalize } = await import('../dist/normalize/index.js');
  const { analyze } = await import('../dist/analyze/index.js');
  const { checkAlignment } = await import('../dist/align/index.js');
  const { checkSet } = await import('../dist/api.js');
  const { loadRuleCatalog } = await import('../dist/run/rules.js');
  const { bundledRulesDir, displayPath } = await import('../dist/run/plan.js');
  const { defaultRuleSource } = await import('../dist/config/rules.js');
  analyze(normalize({ id: 'warm', path: 'warm.txt', bytes: new TextEncoder().encode(' date 2025-04-01 Warm up, 3 people.\n') }));
  const stage = (fn) => {
    const c0 = cpu();
    const value = fn();
    return { value, ms: cpu() - c0 };
  };
  const { sets } = await loadSets([dir]);
  const s = sets[0];
  const source = await defaultRuleSource({ configRules: null, configDir: dir, rulesDir: null, cwd: dir }, bundledRulesDir());
  const rules = (await loadRuleCatalog(source)).forSet(s.path).rules;
  const norm = stage(() => s.versions.map((v) => normalize(v)));
  const paragraphs = new Map(); // as checkSet reads them: each distinct paragraph once per set
  const docs = stage(() => norm.value.map((v) => analyze(v, paragraphs)));
  const align = stage(() => checkAlignment(docs.value, { older: (a, b) => a < b }));
  const whole = stage(() => checkSet(s, rules, displayPath(dir)));
  return { versions: s.versions.length, normalizeMs: norm.ms, analyzeMs: docs.ms, alignMs: align.ms, wholeMs: whole.ms, findings: whole.value.findings.length };
}

/** The same fixed CPU loop in 1 thread, then in 2 threads at once: how much 2 threads get here. */
async function capacity() {
  const { Worker } = await import('node:worker_threads');
  const code = `
    const { parentPort } = require('node:worker_threads');
    let x = 0;
    for (let i = 0; i < 4e7; i++) x = (x * 1103515245 + 12345) & 0x7fffffff;
    parentPort.postMessage(x);`;
  const threads = (n) => Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true });
    w.on('message', () => w.terminate().then(resolve));
    w.on('error', reject);
  })));
  const wall = async (n) => {
    const t0 = performance.now();
    await threads(n);
    return performance.now() - t0;
  };
  await wall(1);
  const one = await wall(1);
  const two = await wall(2);
  return { oneMs: one, twoMs: two, speedup: (2 * one) / two };
}

/**
 * Raw wink readDoc over every version in one thread, then the same in two threads at once:
 * the speed-up real NLP work (memory-heavy, unlike the fixed loop) gets from 2 threads here.
 */
async function rawpar() {
  const { Worker } = await import('node:worker_threads');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    const texts = workerData.map((f) => readFileSync(f, 'utf8'));
    for (const t of texts.slice(0, 20)) nlp.readDoc(t);
    const t0 = performance.now();
    for (const t of texts) nlp.readDoc(t).tokens().length();
    parentPort.postMessage(performance.now() - t0);`;
  const list = files(dir);
  const threads = (n) => Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: list });
    w.on('message', (ms) => w.terminate().then(() => resolve(ms)));
    w.on('error', reject);
  })));
  const wall = async (n) => {
    const t0 = performance.now();
    const inner = await threads(n);
    return { wall: performance.now() - t0, inner: Math.max(...inner) };
  };
  const one = await wall(1);
  const two = await wall(2);
  return { oneMs: one.inner, twoMs: two.inner, speedup: (2 * one.inner) / two.inner };
}

/**
 * The whole pipeline (every set of DIR, NDJSON to nowhere) in one thread, then the same in two
 * threads at once, each warmed up first: the speed-up this very work gets from a second thread
 * with no start-up, hand-over or ordering cost at all, the ceiling of `--jobs 2` on this machine.
 */
async function pipepar() {
  const { Worker } = await import('node:worker_threads');
  const dist = new URL('../dist/', import.meta.url).href;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { planRun } = await import(workerData.dist + 'run/plan.js');
      const { runPassedSets } = await import(workerData.dist + 'run/run.js');
      const { ndjsonSink } = await import(workerData.dist + 'run/stream.js');
      const plan = await planRun([workerData.dir], { cwd: workerData.dir });
      const passes = { checks: {}, baseline: null, minSeverity: null, cwd: workerData.dir, formats: [{ name: 'ndjson', color: false }] };
      const pass = async (items) => {
        const sink = ndjsonSink(() => undefined, null, () => undefined);
        await runPassedSets({ ...plan, items }, { jobs: 1, passes, emit: (p) => sink.set(p.outputs[0], p.counts, p.position) });
      };
      await pass(plan.items.slice(0, 20));
      const t0 = performance.now();
      await pass(plan.items);
      parentPort.postMessage(performance.now() - t0);
    })();`;
  const threads = (n) => Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { dist, dir } });
    w.on('message', (ms) => w.terminate().then(() => resolve(ms)));
    w.on('error', reject);
  })));
  const one = Math.max(...(await threads(1)));
  const two = Math.max(...(await threads(2)));
  return { oneMs: one, twoMs: two, speedup: (2 * one) / two };
}

// The pipeline is measured with the V8 settings the CLI makes (src/cli/v8-flags.ts); raw wink with none.
if (mode === 'run' || mode === 'set' || mode === 'pipepar') await import('../dist/cli/v8-flags.js');
const result = await ({ raw, run, set, capacity, rawpar, pipepar })[mode]();
result.peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(result)}\n`);
