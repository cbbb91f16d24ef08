import type { Report, Reporter, SetReport } from '../types.js';

/** One NDJSON line for a set. */
export function ndjsonSet(set: SetReport): string {
  return `${JSON.stringify(set)}\n`;
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
