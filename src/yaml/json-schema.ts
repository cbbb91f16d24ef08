import { z } from 'zod';

/** Recursively sort object keys so the written file is stable whatever zod's internal order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * JSON Schema (draft 2020-12) of a YAML format, generated from the zod schema
 * that validates it (input side: defaulted keys are optional), keys sorted.
 */
export function jsonSchemaOf(schema: z.ZodType, title: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  return sortKeys({ ...generated, title }) as Record<string, unknown>;
}

/** 2-space JSON and a final newline, as committed. */
export function jsonSchemaText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
