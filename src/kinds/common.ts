import { z } from 'zod';
import { isoDate, oneLine } from '../fields.js';
import type { OverTime, RuleKind } from '../types.js';

/**
 * The keys every rule kind takes, and the field schemas kinds share. A kind module
 * builds its strict schema with `ruleObject`.
 */

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

export const phrase = (what: string): z.ZodString =>
  z
    .string()
    .max(60)
    .regex(PLAIN_PHRASE, {
      error: `${what} {value} is not a plain word or phrase (letters, digits, spaces, hyphens, apostrophes); regular expressions are not accepted`,
    });

const NAME = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} .,'’&-]*[\p{L}\p{N}.])?$/u;

export const name = z
  .string()
  .max(80)
  .regex(NAME, { error: 'name {value} must be a plain name (letters, digits, spaces, dots, hyphens, apostrophes)' });

const cues = z
  .array(phrase('cue'))
  .describe(
    'Words or phrases that tie a value to this claim (case-insensitive), e.g. [killed, death toll]. Empty: every value of the kind counts.',
  );

const windowField = z
  .number()
  .int()
  .min(1)
  .max(MAX_WINDOW)
  .describe(`Max tokens between a value and a cue in the same sentence (1..${MAX_WINDOW}).`);

export const overTime = z
  .enum(OVER_TIME)
  .describe(
    'How the value may change from older to newer versions: non-decreasing (a death toll may rise: a rise is an update, a drop a contradiction), non-increasing, changing (either way, e.g. people missing: every change is an update; only versions of the same time must agree), or fixed.',
  );

const severity = z.enum(SEVERITIES).describe('Severity of findings from this rule: error, warning or info.');

const label = oneLine(120).describe('Human-readable name of the claim, shown in reports.');
const description = z.string().max(2000).describe('Free text: what the rule tracks and why.');

/** One value or a non-empty list of them. */
export const list = <T extends z.ZodType>(item: T, message: string) =>
  z.union([item, z.array(item).min(1)], { error: message });

export { isoDate };

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

/** The keys every validated rule has, whatever its kind. */
export type CommonRuleData = z.output<z.ZodObject<typeof common>> & { kind: RuleKind };

/** The strict schema of a rule of one kind: the common keys, `kind`, and the kind's own keys. */
export function ruleObject<K extends string, S extends z.ZodRawShape>(kind: K, doc: string, keys: S, title: string) {
  return z.strictObject({ ...common, kind: z.literal(kind).describe(doc), ...keys }).describe(title);
}

/** `over-time` of validated data, or null. */
export function overTimeOf(data: Readonly<Record<string, unknown>>): OverTime | null {
  const v = data['over-time'];
  return (OVER_TIME as readonly unknown[]).includes(v) ? (v as OverTime) : null;
}
