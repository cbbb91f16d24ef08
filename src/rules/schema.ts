import { z } from 'zod';
import { formatVersion, isoDate, oneLine } from './fields.js';

/**
 * The rule-file schema: the single source of truth for validation
 * (parseRuleFile), the JSON Schema for editors (ruleFileJsonSchema) and the
 * "did you mean" key lists. Keys are kebab-case as written in YAML.
 */

export const RULE_KINDS = ['quantity', 'date', 'people', 'mention'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const OVER_TIME = ['non-decreasing', 'non-increasing', 'changing', 'fixed'] as const;

export const DEFAULT_WINDOW = 8;
export const MAX_WINDOW = 40;

const ruleId = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
    error: 'rule id {value} is not kebab-case (lower-case letters and digits joined by single hyphens, starting with a letter)',
  })
  .describe('Stable kebab-case id, unique across all loaded rule files; becomes the `rule` of each finding.');

/*
 * Cues and units are plain words or phrases, matched token by token. Raw regular
 * expressions are deliberately not accepted: a user pattern such as `(a+)+$`
 * could backtrack catastrophically on article text (ReDoS). The pattern below is
 * itself linear: it is anchored and every class boundary is unambiguous.
 */
const PLAIN_PHRASE = /^[\p{L}\p{N}](?:[\p{L}\p{N} '’-]*[\p{L}\p{N}])?$/u;

const phrase = (what: string): z.ZodString =>
  z
    .string()
    .max(60)
    .regex(PLAIN_PHRASE, {
      error: `${what} {value} is not a plain word or phrase (letters, digits, spaces, hyphens, apostrophes); regular expressions are not accepted`,
    });

const NAME = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} .,'’&-]*[\p{L}\p{N}.])?$/u;

const name = z
  .string()
  .max(80)
  .regex(NAME, { error: 'name {value} must be a plain name (letters, digits, spaces, dots, hyphens, apostrophes)' });

const cues = z
  .array(phrase('cue'))
  .describe(
    'Words or phrases that tie a value to this claim (case-insensitive), e.g. [killed, death toll]. Empty: every value of the kind counts.',
  );

const units = z
  .array(phrase('unit'))
  .describe('Quantity only: nouns that may follow the number, e.g. [countries, nations]. Empty: any noun.');

const windowField = z
  .number()
  .int()
  .min(1)
  .max(MAX_WINDOW)
  .describe(`Max tokens between a value and a cue in the same sentence (1..${MAX_WINDOW}).`);

const overTime = z
  .enum(OVER_TIME)
  .describe(
    'How the value may change from older to newer versions: non-decreasing (a death toll may rise: a rise is an update, a drop a contradiction), non-increasing, changing (either way, e.g. people missing: every change is an update; only versions of the same time must agree), or fixed.',
  );

const severity = z
  .enum(SEVERITIES)
  .describe('Severity of findings from this rule: error, warning or info.');

const label = oneLine(120).describe('Human-readable name of the claim, shown in reports.');
const description = z.string().max(2000).describe('Free text: what the rule tracks and why.');

const list = <T extends z.ZodType>(item: T, message: string) =>
  z.union([item, z.array(item).min(1)], { error: message });

/** Keys every kind takes. */
const common = {
  id: ruleId,
  label,
  cues: cues.default([]),
  window: windowField.default(DEFAULT_WINDOW),
  severity: severity.default('warning'),
  description: description.optional(),
  replaces: z
    .array(ruleId)
    .optional()
    .describe(
      'Ids of rules (usually generic ones from news-core.yaml) that this rule replaces when both are loaded, so one claim is not reported twice.',
    ),
};

const kindField = <K extends (typeof RULE_KINDS)[number]>(kind: K, doc: string) =>
  z.literal(kind).describe(doc);

export const quantityRule = z
  .strictObject({
    ...common,
    kind: kindField('quantity', 'A number tied to a cue: death toll, count of countries, years of war.'),
    units: units.default([]),
    'over-time': overTime.optional(),
    compare: z
      .enum(['headline', 'sentence'])
      .optional()
      .describe(
        "headline (default): the claim is one figure of the story, compared version against version (with cues: each version's headline figure, apart from its parts and background). sentence: a catch-all that collects many figures (every 'N people'), compared only between matching sentences.",
      ),
    expect: list(
      z.number().nonnegative(),
      "'expect' must be a number or a list of numbers",
    )
      .optional()
      .describe('Pinned expected value(s): every version must state one of these.'),
  })
  .describe('A quantity rule.');

export const dateRule = z
  .strictObject({
    ...common,
    kind: kindField('date', 'The date of an event tied to a cue, resolved against the version date.'),
    'over-time': overTime.optional(),
    expect: list(isoDate, "'expect' must be an ISO date (YYYY-MM-DD) or a list of them")
      .optional()
      .describe('Pinned expected date(s), ISO YYYY-MM-DD.'),
  })
  .describe('A date rule.');

export const peopleRule = z
  .strictObject({
    ...common,
    kind: kindField('people', 'People named (near a cue, if any): who attended, who was charged.'),
    expect: list(name, "'expect' must be a name or a list of names")
      .optional()
      .describe('People every version must name.'),
  })
  .describe('A people rule.');

export const mentionRule = z
  .strictObject({
    ...common,
    kind: kindField('mention', 'Names of places and organisations that should keep appearing.'),
    names: z
      .array(name)
      .default([])
      .describe('Mention only: names that must keep appearing. Empty: track every place/organisation named.'),
    expect: list(name, "'expect' must be a name or a list of names")
      .optional()
      .describe('Names every version must carry.'),
  })
  .describe('A mention rule.');

export const ruleSchema = z.discriminatedUnion('kind', [quantityRule, dateRule, peopleRule, mentionRule]);

/** A set directory: base name or relative path, no glob characters. */
const appliesToEntry = z
  .string()
  .max(200)
  .regex(/^(?!\/)[\p{L}\p{N} ._-]+(?:\/[\p{L}\p{N} ._-]+)*\/?$/u, {
    error: 'applies-to entry {value} must be a directory base name or a relative path without glob characters',
  });

export const ruleFileSchema = z
  .strictObject({
    version: formatVersion,
    'applies-to': z
      .array(appliesToEntry)
      .optional()
      .describe(
        'Set directories this story file applies to (base name such as `seeds`, or a path relative to the working directory). Omit for generic rules that apply to every set.',
      ),
    rules: z.array(ruleSchema).min(1).describe('The claims to track.'),
  })
  .describe('A factlint rule file: claims to track across versions of a news story.');

export type RuleFileData = z.output<typeof ruleFileSchema>;
export type RuleData = z.output<typeof ruleSchema>;
