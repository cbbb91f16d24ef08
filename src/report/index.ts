import type { Reporter } from '../types.js';
import { jsonReporter } from './json.js';
import { textReporter } from './text.js';

/** Output formats, one small plug-in each (`(report, options) => string`). */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
};

export function reporterFor(name: string): Reporter | null {
  return REPORTERS[name] ?? null;
}
