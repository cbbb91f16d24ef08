// factlint benchmark, section 4: hostile inputs (issue 10). Each case is measured at n, 2n and 4n;
// the growth ratio is t(2n)/t(n) and t(4n)/t(2n): about 2 is linear, 4 quadratic; target <= 2.5.
// The report size is measured too (JSON bytes per input byte must stay flat).

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import iconv from 'iconv-lite';

import { check } from '../dist/api.js';
import { jsonReporter } from '../dist/report/json.js';

/** A short, ordinary second version, so that every check compares two versions. */
const OTHER = 'Participants included John Smith. Three people were killed on Thursday, April 17, 2025.\n';

function highBytes(n, seed = 7) {
  const out = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out[i] = 0x80 + ((s >> 16) % 128);
  }
  return out;
}

/**
 * `n` Chinese characters from the GBK rows E0–EF: their GBK bytes look like UTF-8 lead and
 * continuation bytes, the worst case for the mojibake scanner (13 s for 8,000 before it was linear).
 */
function chineseLine(n, seed = 11) {
  const chars = [];
  for (let lead = 0xe0; lead <= 0xef; lead++) {
    for (let t = 0x80; t <= 0xbf; t++) {
      const c = iconv.decode(Buffer.from([lead, t]), 'gbk');
      if (c.length === 1 && c !== '\ufffd') chars.push(c);
    }
  }
  let s = seed;
  const pick = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return chars[(s >> 16) % chars.length];
  };
  return Buffer.from(Array.from({ length: n }, pick).join(''));
}

/** name, the unit of n, n, and bytes for a size factor k (1, 2, 4). */
export const HOSTILE_CASES = [
  { name: 'random bytes 0x80-0xFF', unit: 'KB', n: 20, make: (k) => highBytes(20_000 * k) },
  { name: 'Chinese on one line', unit: 'chars', n: 32000, make: (k) => chineseLine(32000 * k) },
  { name: 'English line, curly apostrophes', unit: 'KB', n: 256, make: (k) => Buffer.from('the mayor’s aide’s dog '.repeat(Math.round((256 * 1024 * k) / 25))) },
  { name: '"John Smith, " list', unit: 'names', n: 10000, make: (k) => Buffer.from(`Participants included ${'John Smith, '.repeat(10000 * k)}`) },
  { name: '"3 killed, 4 killed, "', unit: 'repeats', n: 6250, make: (k) => Buffer.from('3 killed, 4 killed, '.repeat(6250 * k)) },
  { name: '"3 killed, 4 killed." sentences', unit: 'repeats', n: 3125, make: (k) => Buffer.from('3 killed, 4 killed. '.repeat(3125 * k)) },
  { name: '"on Thursday, April 17, 2025" dates', unit: 'repeats', n: 2000, make: (k) => Buffer.from('The talks began on Thursday, April 17, 2025, in Paris. '.repeat(2000 * k)) },
  { name: 'one long word', unit: 'KB', n: 256, make: (k) => Buffer.from(`Officials said ${'x'.repeat(256 * 1024 * k)} on Monday.\n`) },
  { name: 'one long number', unit: 'digits', n: 64000, make: (k) => Buffer.from(`The flood killed ${'7'.repeat(64000 * k)} people.\n`) },
  { name: 'set of one-line files', unit: 'files', n: 250, files: (k) => oneLineFiles(250 * k) },
];

/** `n` one-line versions of a story (a set of many small files), with a date line each. */
function oneLineFiles(n) {
  const files = {};
  for (let i = 0; i < n; i++) {
    files[`v${String(i).padStart(5, '0')}.txt`] = ` date 2025-04-${String(1 + (i % 28)).padStart(2, '0')}\nA storm killed ${3 + (i % 5)} people in Varnia, officials said.\n`;
  }
  return files;
}

/** The cases whose name contains BENCH_HOSTILE (all when unset). */
function selected() {
  const only = process.env.BENCH_HOSTILE;
  return only ? HOSTILE_CASES.filter((c) => c.name.includes(only)) : HOSTILE_CASES;
}

/**
 * Median CPU time (user + system, this process) of `runs` whole checks of `dir`, and the JSON
 * report's size. CPU time rather than wall time: on a machine shared with other jobs, wall time
 * of one run varies by 2× and more, which would swamp the growth ratios.
 */
async function timeCheck(dir, runs) {
  const times = [];
  let report = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    report = await check([dir], {});
    const used = process.cpuUsage(t0);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], json: jsonReporter.format(report, { color: false, cwd: dir }).length };
}

/** Runs every hostile case at n, 2n, 4n (median of `runs` timed runs each, after one warm-up of the n case). */
export async function hostileScaling(cases = selected(), runs = 3) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'factlint-hostile-'));
  const rows = [];
  try {
    for (const c of cases) {
      const points = [];
      for (const k of [1, 2, 4]) {
        const dir = path.join(root, `${rows.length}-${k}`);
        mkdirSync(dir);
        let bytes = 0;
        if (c.files) {
          for (const [name, text] of Object.entries(c.files(k))) {
            writeFileSync(path.join(dir, name), text);
            bytes += Buffer.byteLength(text);
          }
        } else {
          const content = c.make(k);
          writeFileSync(path.join(dir, 'a.txt'), content);
          writeFileSync(path.join(dir, 'b.txt'), OTHER);
          bytes = content.length;
        }
        if (k === 1) await timeCheck(dir, 1);
        points.push({ k, bytes, ...(await timeCheck(dir, runs)) });
      }
      const [p1, p2, p4] = points;
      rows.push({
        case: c.name,
        n: `${c.n} ${c.unit}`,
        ms1: Math.round(p1.ms),
        ms2: Math.round(p2.ms),
        ms4: Math.round(p4.ms),
        growth2: Math.round((p2.ms / p1.ms) * 100) / 100,
        growth4: Math.round((p4.ms / p2.ms) * 100) / 100,
        jsonPerByte4: Math.round((p4.json / p4.bytes) * 100) / 100,
      });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}
