import type { Reporter } from '../types.js';
import { githubReporter } from './github.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { ndjsonReporter } from './ndjson.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

/** Output formats, one small plug-in each (`(report, options) => string`). */
export const REPORTERS: Readonly<Record<string, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  ndjson: ndjsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
  markdown: markdownReporter,
  html: htmlReporter,
};

export function reporterFor(name: string): Reporter | null {
  return Object.hasOwn(REPORTERS, name) ? (REPORTERS[name] as Reporter) : null;
}
