/**
 * Report writers fed set by set, in input order. JSON is written incrementally with exactly
 * the bytes of `JSON.stringify(report, null, 2)` (the contract is unchanged); NDJSON is one
 * set per line, then one closing line with the tool, the report's own findings and the
 * summary; text is written set by set after the report's own findings when those are known
 * up front, else each set's formatted text is kept to the end. Other formats need the whole report:
 * the collector keeps it.
 */
import { VERSION } from '../version.js';
import { ndjsonSetParts, ndjsonTail } from '../report/ndjson.js';
import { textFrame, textHead, textSetBlock, textTail } from '../report/text.js';
import type { Finding, Report, SetReport } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import type { Shard } from './shard.js';

/** Where a whole run's positions came from, for `factlint merge`. */
export interface ShardInfo {
  index: number;
  count: number;
  /** Position (in the unsharded run) of each set of `sets`. */
  sets: number[];
  /** Position of the set each of the report's own findings belongs to (-1: none, e.g. a missing path). */
  findings: number[];
}

/** A sharded report: the JSON contract plus `shard`. */
export interface ShardedReport extends Report {
  shard?: ShardInfo;
}

type Counts = Report['summary'];

/** Formats written set by set. */
export type StreamFormat = 'json' | 'ndjson' | 'text';

/**
 * A set's text in a streamed format, in pieces whose concatenation is the set's bytes in the
 * whole report (JSON: the set at its indentation, without the comma between sets).
 */
export function formatSet(format: StreamFormat, set: SetReport, color: boolean): string[] {
  if (format === 'ndjson') return ndjsonSetParts(set);
  if (format === 'text') return [textSetBlock(set, color)];
  return [indented(set, 4)];
}

/** Receives a run's pieces in order and writes (or keeps) them. */
export interface ReportSink {
  /** A set's text (`formatSet` in this sink's format), its findings by severity, and its position in the run. */
  set(parts: readonly string[], counts: SetCounts, position: number): Promise<void>;
  /**
   * The report's own findings, each with the position of its set (-1: none), then the end.
   * `summary`: the closing counts when the caller keeps them (post-passes); default: tallied here.
   */
  end(findings: ReadonlyArray<{ finding: Finding; position: number }>, summary?: Counts): Promise<void>;
}

/** Findings of one set by severity. */
export type SetCounts = Pick<Counts, 'errors' | 'warnings' | 'infos'>;

export type Write = (chunk: string) => void | Promise<void>;
/** Writes the concatenation of `parts` as one chunk (a writer that encodes them one after the other: cli/encoder.ts). */
export type WriteParts = (parts: readonly string[]) => void | Promise<void>;

/** Findings of `findings` by severity. */
export function countsOf(findings: readonly Finding[]): SetCounts {
  const counts: SetCounts = { errors: 0, warnings: 0, infos: 0 };
  tally(counts, findings);
  return counts;
}

/** The rank of the worst of `findings` (SEVERITY_RANK; -1: none). */
export function worstOf(findings: readonly Finding[]): number {
  return findings.reduce((w, f) => Math.max(w, SEVERITY_RANK[f.severity]), -1);
}

function add(counts: Counts, more: SetCounts): void {
  counts.errors += more.errors;
  counts.warnings += more.warnings;
  counts.infos += more.infos;
}

function tally(counts: SetCounts, findings: readonly Finding[]): void {
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
}

function shardInfo(shard: Shard | null, sets: number[], findings: number[]): ShardInfo | undefined {
  return shard ? { index: shard.index, count: shard.count, sets, findings } : undefined;
}

/** `JSON.stringify(value, null, 2)` placed at `depth` levels of indentation. */
function indented(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', `\n${' '.repeat(depth)}`);
}

/** JSON, written set by set. */
export function jsonSink(write: Write, shard: Shard | null = null): ReportSink {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  const positions: number[] = [];
  let started = false;
  const head = `{\n  "tool": ${indented({ name: 'factlint', version: VERSION }, 2)},\n  "sets": [`;
  return {
    async set(parts, setCounts, position) {
      add(counts, setCounts);
      positions.push(position);
      await write(`${started ? ',' : head}\n    ${parts.join('')}`);
      started = true;
    },
    async end(own, summary) {
      const findings = own.map((x) => x.finding);
      tally(counts, findings);
      const info = shardInfo(shard, positions, own.map((x) => x.position));
      const tail =
        `${started ? '\n  ]' : `${head}]`},\n  "findings": ${indented(findings, 2)},\n  "summary": ${indented(summary ?? counts, 2)}` +
        `${info ? `,\n  "shard": ${indented(info, 2)}` : ''}\n}\n`;
      await write(tail);
    },
  };
}

/**
 * NDJSON: one set per line, then `{"tool":…,"findings":[…],"summary":{…}}`. With `writeParts`,
 * each set's line is given to it in pieces, never made one long string (report/json-parts.ts).
 */
export function ndjsonSink(write: Write, shard: Shard | null = null, writeParts: WriteParts | null = null): ReportSink {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  const positions: number[] = [];
  return {
    async set(parts, setCounts, position) {
      add(counts, setCounts);
      positions.push(position);
      if (writeParts !== null) await writeParts(parts);
      else await write(parts.join(''));
    },
    async end(own, summary) {
      const findings = own.map((x) => x.finding);
      tally(counts, findings);
      const info = shardInfo(shard, positions, own.map((x) => x.position));
      await write(ndjsonTail({ tool: { name: 'factlint', version: VERSION }, findings, summary: summary ?? counts, ...(info ? { shard: info } : {}) }));
    },
  };
}

/**
 * The text report, in the text reporter's bytes. The report's own findings come first: when
 * they are known before the run (`head`), each set is written as it comes; otherwise (null)
 * each set's text is kept (a set's report is many times its text) until the end.
 */
export function textSink(write: Write, color: boolean, head: readonly Finding[] | null = null): ReportSink {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  const blocks: string[] = [];
  let started = false;
  return {
    async set(parts, setCounts) {
      add(counts, setCounts);
      const block = parts.join('');
      if (head === null) blocks.push(block);
      else await write(started ? block : textHead(head, color) + block);
      started = true;
    },
    async end(own, summary) {
      const findings = own.map((x) => x.finding);
      tally(counts, findings);
      // Streamed: the head went out with the first set (`findings` are `head`).
      await write(head !== null && started ? textTail(summary ?? counts, color) : textFrame(findings, blocks, summary ?? counts, color));
    },
  };
}
