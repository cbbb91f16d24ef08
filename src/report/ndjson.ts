import type { Report, Reporter, SetReport } from '../types.js';
import { jsonParts } from './json-parts.js';

/** One NDJSON line for a set. */
export function ndjsonSet(set: SetReport): string {
  return `${JSON.stringify(set)}\n`;
}

/** Levels of a set's JSON cut into pieces (claims, their members, each version's values). */
const PART_DEPTH = 4;

/** `ndjsonSet(set)` in pieces, none longer than a set's member (see json-parts.ts). */
export function ndjsonSetParts(set: SetReport): string[] {
  const parts: string[] = [];
  jsonParts(set, PART_DEPTH, parts);
  parts.push('\n');
  return parts;
}

/** The closing NDJSON line: everything of the report but its sets. */
export function ndjsonTail(report: Omit<Report, 'sets'> & Record<string, unknown>): string {
  return `${JSON.stringify(report)}\n`;
}

/** NDJSON for pipelines: one set per line, then `{"tool":…,"findings":[…],"summary":{…}}`. */
export const ndjsonReporter: Reporter = {
  name: 'ndjson',
  format(report) {
    const { sets, ...rest } = report;
    return sets.map(ndjsonSet).join('') + ndjsonTail(rest);
  },
};
