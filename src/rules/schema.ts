import { z } from 'zod';
import type { CommonRuleData } from '../kinds/common.js';
import { KINDS } from '../kinds/index.js';
import { formatVersion } from '../fields.js';
import { jsonSchemaOf, jsonSchemaText } from '../yaml/json-schema.js';

/**
 * The rule-file schema: the single source of truth for validation
 * (parseRuleFile), the JSON Schema for editors (ruleFileJsonSchema) and the
 * "did you mean" key lists. Keys are kebab-case as written in YAML.
 */

const schemas = Object.values(KINDS).map((k) => k.schema);

/**
 * A rule: one strict object per kind (src/kinds/), told apart by `kind`. Each kind's
 * object extends the common keys (kinds/common.ts `ruleObject`), hence the output type.
 */
export const ruleSchema = z.discriminatedUnion('kind', schemas as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<RuleData>;

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
/** A validated rule: the common keys (typed) and its kind's own keys (read by the kind module). */
export type RuleData = CommonRuleData & Readonly<Record<string, unknown>>;

/**
 * JSON Schema of a rule file: editors (yaml-language-server) get completion and
 * hover text; `additionalProperties: false` everywhere.
 */
export function ruleFileJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(ruleFileSchema, 'factlint rule file');
}

export function ruleFileJsonSchemaText(): string {
  return jsonSchemaText(ruleFileJsonSchema());
}
