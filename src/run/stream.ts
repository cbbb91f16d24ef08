/**
 * Report writers fed set by set, in input order. JSON is written incrementally with exactly
 * the bytes of `JSON.stringify(report, null, 2)` (the contract is unchanged); NDJSON is one
 * set per line, then one closing line with the tool, the report's own findings and the
 * summary; text is written set by set after the report's own findings when those are known
 * up front, else each set's formatted text is kept to the end. Other formats need the whole report:
 * the collector keeps it.
 */
import { VERSION } from '../version.js';
import { ndjsonSet, ndjsonSetParts, ndjsonTail } from '../report/ndjson.js';
import { textFrame, textHead, textSetBlock, textTail } from '../report/text.js';
import type { Finding, Report, SetReport } from '../types.js';
import type { Outcome } from './run.js';
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

/** Receives a run's pieces in order and writes (or keeps) them. */
export interface ReportSink {
  set(report: SetReport, position: number): Promise<void>;
  /**
   * The report's own findings, each with the position of its set (-1: none), then the end.
   * `summary`: the closing counts when the caller keeps them (post-passes); default: tallied here.
   */
  end(findings: ReadonlyArray<{ finding: Finding; position: number }>, summary?: Counts): Promise<void>;
}

export type Write = (chunk: string) => void | Promise<void>;
/** Writes the concatenation of `parts` as one chunk (a writer that encodes them one after the other: cli/encoder.ts). */
export type WriteParts = (parts: readonly string[]) => void | Promise<void>;

function tally(counts: Counts, findings: readonly Finding[]): void {
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
    async set(report, position) {
      tally(counts, report.findings);
      positions.push(position);
      await write(`${started ? ',' : head}\n    ${indented(report, 4)}`);
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
    async set(report, position) {
      tally(counts, report.findings);
      positions.push(position);
      if (writeParts !== null) await writeParts(ndjsonSetParts(report));
      else await write(ndjsonSet(report));
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
 * each set is formatted as it comes and kept as text only (a set's report is many times its
 * text) until the end.
 */
export function textSink(write: Write, color: boolean, head: readonly Finding[] | null = null): ReportSink {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  const blocks: string[] = [];
  let started = false;
  return {
    async set(report) {
      tally(counts, report.findings);
      const block = textSetBlock(report, color);
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

/** Keeps the whole report (for formats that need it all, and for the library). */
export function collectSink(shard: Shard | null = null): ReportSink & { report(): ShardedReport } {
  const report: ShardedReport = { tool: { name: 'factlint', version: VERSION }, sets: [], findings: [], summary: { errors: 0, warnings: 0, infos: 0 } };
  const positions: number[] = [];
  let own: number[] = [];
  return {
    async set(set, position) {
      report.sets.push(set);
      positions.push(position);
    },
    async end(findings) {
      report.findings = findings.map((x) => x.finding);
      own = findings.map((x) => x.position);
      tally(report.summary, [...report.findings, ...report.sets.flatMap((s) => s.findings)]);
    },
    report() {
      const info = shardInfo(shard, positions, own);
      return info ? { ...report, shard: info } : report;
    },
  };
}

/** Feeds a sink from a run's outcomes: sets as they come, the report's own findings at the end. */
export function feeder(sink: ReportSink, leading: readonly Finding[]): { emit(o: Outcome): Promise<void>; end(): Promise<void> } {
  const own: Array<{ finding: Finding; position: number }> = leading.map((finding) => ({ finding, position: -1 }));
  return {
    async emit(o) {
      await sink.set(o.report, o.position);
    },
    async end() {
      await sink.end(own);
    },
  };
}
