import { z } from 'zod';
import type { ConfigProblem, Manifest, ManifestEntry } from '../types.js';
import { clockTime, formatVersion, isoDate, oneLine } from '../fields.js';
import { jsonSchemaOf, jsonSchemaText } from '../yaml/json-schema.js';
import { sortProblems } from '../yaml/problems.js';
import { duplicateIdProblems, problemAtPath } from '../yaml/source.js';
import type { YamlSource } from '../yaml/source.js';
import { readValidYaml } from '../yaml/zod-problems.js';

/**
 * The set manifest `factlint.set.yaml`: per-version date, time, role and source,
 * and the versions' time order. Parsed with the same strict YAML front end and
 * `file:line:col` problems as the rule files.
 */

const versionEntry = z
  .strictObject({
    id: z
      .string()
      .max(200)
      .regex(/^[\p{L}\p{N}_][\p{L}\p{N}_. -]*$/u, {
        error: 'version id {value} must be a file name without extension (no path separators)',
      })
      .describe('Version id: the file name without its extension.'),
    date: isoDate.optional().describe('Publication date, ISO YYYY-MM-DD.'),
    time: clockTime.optional().describe('Publication time, HH:MM (24h); quote it.'),
    role: z
      .string()
      .max(40)
      .regex(/^[\p{L}][\p{L}\p{N}-]*$/u, { error: 'role {value} must be a single word (e.g. reference, early, update)' })
      .optional()
      .describe('One word: reference, early, update, scrape, damaged, rewrite, ...'),
    source: oneLine(200).optional().describe('Outlet or feed the copy came from ("AP", "Harbour Gazette (AP)"); naming another version id ("rewrite of d2") declares a copy of it.'),
    language: z
      .string()
      .max(20)
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'language {value} must be a language code such as en, fr or en-GB' })
      .optional()
      .describe('Language of the version (ISO 639-1 code: en, fr, de); overrides detection. Only en is checked.'),
  })
  .describe('One version of the story.');

export const manifestSchema = z
  .strictObject({
    version: formatVersion,
    order: z
      .enum(['listed', 'date'])
      .default('listed')
      .describe('listed: versions are in time order as listed (default); date: sort them by date and time.'),
    versions: z.array(versionEntry).min(1).describe('The versions of the story.'),
  })
  .describe('A factlint set manifest (factlint.set.yaml).');

type ManifestData = z.output<typeof manifestSchema>;
type EntryData = ManifestData['versions'][number];

/** Sort key of an entry: date, then time (a missing time sorts first on its day). */
const moment = (e: EntryData): string => `${e.date ?? ''}T${e.time ?? ''}`;

function entryOf(e: EntryData): ManifestEntry {
  const entry: ManifestEntry = {};
  if (e.date !== undefined) entry.date = e.date;
  if (e.time !== undefined) entry.time = e.time;
  if (e.source !== undefined) entry.source = e.source;
  if (e.role !== undefined) entry.role = e.role;
  if (e.language !== undefined) entry.language = e.language;
  return entry;
}


/**
 * With `order: listed` the list *is* the time order, so a dated version listed
 * after a later-dated one contradicts it. Times are compared only when both
 * versions on the same day have one.
 */
function listedOrderProblems(value: ManifestData, source: YamlSource): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  let latest: EntryData | null = null;
  value.versions.forEach((v, i) => {
    if (!v.date) return;
    if (latest?.date) {
      const earlierDay = v.date < latest.date;
      const earlierTime = v.date === latest.date && v.time !== undefined && latest.time !== undefined && v.time < latest.time;
      if (earlierDay || earlierTime) {
        const field = earlierDay ? 'date' : 'time';
        problems.push(
          problemAtPath(
            source,
            ['versions', i, field],
            `version '${v.id}' (${moment(v).replace(/T$/, '')}) is listed after '${latest.id}' (${moment(latest).replace(/T$/, '')}): list versions in time order, or set 'order: date'`,
          ),
        );
        return;
      }
    }
    if (!latest || moment(v) >= moment(latest)) latest = v;
  });
  return problems;
}

function dateOrderProblems(value: ManifestData, source: YamlSource): ConfigProblem[] {
  return value.versions.flatMap((v, i) =>
    v.date ? [] : [problemAtPath(source, ['versions', i], `version '${v.id}' has no 'date' (needed by 'order: date')`)],
  );
}

/** Parse and validate a set manifest (pure: no I/O). Any problem makes `manifest` null. */
export function parseManifest(text: string, file: string): { manifest: Manifest | null; problems: ConfigProblem[] } {
  const { source, value, problems } = readValidYaml(manifestSchema, text, file, "'version' and 'versions'");
  if (value === null) return { manifest: null, problems };
  const all = [
    ...duplicateIdProblems(source, 'versions', value.versions.map((v) => v.id), (id, at) => `duplicate version '${id}' (first listed at ${at})`),
    ...(value.order === 'listed' ? listedOrderProblems(value, source) : dateOrderProblems(value, source)),
  ];
  if (all.length > 0) return { manifest: null, problems: sortProblems(all) };

  const ordered =
    value.order === 'date'
      ? value.versions
          .map((v, i) => ({ v, i }))
          .sort((a, b) => (moment(a.v) < moment(b.v) ? -1 : moment(a.v) > moment(b.v) ? 1 : a.i - b.i))
          .map(({ v }) => v)
      : value.versions;
  const versions: Record<string, ManifestEntry> = {};
  for (const v of ordered) versions[v.id] = entryOf(v);
  return { manifest: { path: file, order: ordered.map((v) => v.id), versions }, problems: [] };
}

/** JSON Schema of `factlint.set.yaml` for editors (rules/manifest.schema.json). */
export function manifestJsonSchemaText(): string {
  return jsonSchemaText(jsonSchemaOf(manifestSchema, 'factlint set manifest'));
}
