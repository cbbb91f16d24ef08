import { z } from 'zod';

/** Field schemas shared by the rule files (and their kind modules, src/kinds/) and the set manifest. */

/** `version: 1` — the only format version so far. */
export const formatVersion = z
  .literal(1)
  .describe('Format version of this file. Always 1.');

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar day `YYYY-MM-DD` (rejects 2025-02-30). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const isoDate = z
  .string()
  .regex(ISO_DATE, { error: '{value} is not an ISO date (YYYY-MM-DD)', abort: true })
  .refine(isCalendarDate, { error: '{value} is not a real calendar date' });

/** `HH:MM`, 24-hour clock. */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '{value} is not a 24-hour time HH:MM (quote it: "09:00")' });

/** A display text: one line, not empty. */
export const oneLine = (max: number): z.ZodString =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[^\n\r]*$/, { error: '{value} must fit on one line' });
