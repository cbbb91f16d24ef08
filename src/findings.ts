/**
 * The built-in checks as registered rules (id, finding type, default severity, what they
 * find), and the fact key every finding of the pipeline carries until the report is made.
 * Shared by the stages that make findings (align, check) and the passes that settle them.
 */
import type { FactKey, Finding, FindingType, Severity } from './types.js';

export interface BuiltinCheck {
  type: FindingType;
  /** Default severity; a config's `checks` may switch the check off or give its findings another one. */
  severity: Severity;
  description: string;
}

/** Checks that need no rule file: their findings carry the check's id as `rule`. */
export const BUILTIN_CHECKS = {
  'changed-fact': {
    type: 'contradiction',
    severity: 'error',
    description: 'a name, date, figure or negation swapped in a sentence that is otherwise the same in another version',
  },
  'dropped-fact': {
    type: 'omission',
    severity: 'info',
    description: 'a name, date, figure or qualifier a version lost when it reworded or left out a sentence',
  },
  'deleted-mention': {
    type: 'deleted-mention',
    severity: 'warning',
    description: 'a name, figure or date cut out of a sentence that is otherwise the same (error when the cut left a scar)',
  },
  'deletion-scar': {
    type: 'integrity',
    severity: 'warning',
    description: 'a sentence damaged by a cut that no lost name, figure or date explains',
  },
  integrity: {
    type: 'integrity',
    severity: 'warning',
    description: 'damage a reader of the copy sees: garbled characters, injected text or links, truncation, floods of repeated lines (info when repaired exactly)',
  },
  input: { type: 'input', severity: 'error', description: 'a version file that cannot be read, or a set with nothing to compare' },
  config: { type: 'config', severity: 'error', description: 'a rule file, manifest or config problem' },
} as const satisfies Readonly<Record<string, BuiltinCheck>>;

export type BuiltinId = keyof typeof BUILTIN_CHECKS;

/** The `rule`, `type` and default `severity` of a built-in check's finding. */
export function builtin<const Id extends BuiltinId>(id: Id): { rule: Id; type: (typeof BUILTIN_CHECKS)[Id]['type']; severity: Severity } {
  const meta = BUILTIN_CHECKS[id];
  return { rule: id, type: meta.type, severity: meta.severity };
}

/** Comparison key of a finding's subject: lower case, without a possessive ("Putin's" -> "putin"). */
export function subjectKey(text: string): string {
  return text.toLowerCase().replace(/[’']s$/u, '').trim();
}

/** The fact key of a finding: `subject` as written (keyed here), places from its evidence unless given. */
export function factKey(
  f: Pick<Finding, 'versions' | 'evidence' | 'members'>,
  key: Pick<FactKey, 'rule' | 'origin' | 'kind' | 'subject'> & Partial<Pick<FactKey, 'names' | 'loss' | 'places'>>,
): FactKey {
  return {
    rule: key.rule,
    origin: key.origin,
    kind: key.kind,
    subject: subjectKey(key.subject),
    versions: [...f.versions],
    places: key.places ?? f.evidence.map((e) => ({ version: e.version, line: e.line })),
    ...(key.names ? { names: key.names } : {}),
    ...(key.loss ? { loss: key.loss } : {}),
    ...(f.members ? { members: f.members.map(subjectKey) } : {}),
  };
}

/** The finding as reported: its fact key is internal. */
export function unkeyed(f: Finding): Finding {
  const { fact: _fact, ...rest } = f;
  return rest;
}
