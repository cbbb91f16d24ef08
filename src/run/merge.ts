/**
 * `factlint merge shard-*.json`: shard reports (JSON or NDJSON written with `--shard=i/n`)
 * back into the report of the unsharded run: sets and the report's own findings in their
 * original positions, findings that belong to no set taken once, the summary recounted.
 */
import { readFile } from 'node:fs/promises';
import { finish } from '../noise/filter.js';
import type { Finding, Report, SetReport } from '../types.js';
import type { ShardedReport, ShardInfo } from './stream.js';

/** Parses a shard report written as JSON or NDJSON. */
export function parseShardReport(text: string, file: string): ShardedReport {
  const trimmed = text.trim();
  try {
    if (!trimmed.startsWith('{\n') && trimmed.includes('\n')) {
      const lines = trimmed.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      const tail = lines.pop() as Omit<ShardedReport, 'sets'>;
      return { ...tail, sets: lines as unknown as SetReport[] };
    }
    return JSON.parse(trimmed) as ShardedReport;
  } catch (error) {
    throw new MergeError(`${file}: not a factlint JSON or NDJSON report (${(error as Error).message})`);
  }
}

export class MergeError extends Error {}

/** Merges shard reports into one report (see the module comment). Throws MergeError on a bad set of shards. */
export function mergeReports(reports: ReadonlyArray<{ file: string; report: ShardedReport }>): Report {
  const infos = reports.map(({ file, report }) => shardOf(file, report));
  const count = infos[0]?.count ?? 0;
  const seen = new Set<number>();
  for (const [k, info] of infos.entries()) {
    const file = reports[k]?.file ?? '';
    if (info.count !== count) throw new MergeError(`${file}: shard ${info.index}/${info.count} does not belong with shards of ${count}`);
    if (seen.has(info.index)) throw new MergeError(`${file}: shard ${info.index}/${count} given twice`);
    seen.add(info.index);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new MergeError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')}`);

  const sets: Array<{ position: number; set: SetReport }> = [];
  const own: Array<{ position: number; finding: Finding }> = [];
  const first = Math.min(...infos.map((i) => i.index));
  reports.forEach(({ report }, k) => {
    const info = infos[k] as ShardInfo;
    report.sets.forEach((set, i) => sets.push({ position: info.sets[i] ?? 0, set }));
    report.findings.forEach((finding, i) => {
      const position = info.findings[i] ?? -1;
      // Findings of no set (a missing path) are in every shard: kept once.
      if (position >= 0 || info.index === first) own.push({ position, finding });
    });
  });
  const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position;
  const tool = reports[0]?.report.tool ?? { name: 'factlint' as const, version: '' };
  return finish({
    tool,
    sets: sets.sort(byPosition).map((x) => x.set),
    findings: own.sort(byPosition).map((x) => x.finding),
    summary: { errors: 0, warnings: 0, infos: 0 },
  });
}

function shardOf(file: string, report: ShardedReport): ShardInfo {
  const info = report.shard;
  if (!info || !Array.isArray(info.sets) || !Array.isArray(info.findings) || info.sets.length !== report.sets.length) {
    throw new MergeError(`${file}: not a shard report (write shards with --shard=i/n --format json or ndjson)`);
  }
  return info;
}

/** Reads and merges shard report files. */
export async function mergeFiles(files: readonly string[]): Promise<Report> {
  const reports = await Promise.all(
    files.map(async (file) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new MergeError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      return { file, report: parseShardReport(text, file) };
    }),
  );
  if (reports.length === 0) throw new MergeError('give the shard reports to merge');
  return mergeReports(reports);
}
