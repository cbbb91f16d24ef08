import { builtin } from '../findings.js';
import type { ConfigProblem, Finding, InputProblem } from '../types.js';

/** A file that could not be read: an error finding naming it. */
export function inputFinding(p: InputProblem, display: (p: string) => string): Finding {
  return {
    ...builtin('input'),
    subject: display(p.path),
    versions: p.version ? [p.version] : [],
    message: `${display(p.path)}: ${p.message}`,
    evidence: [],
  };
}

/** A rule-file or manifest problem: `file:line:col message`. */
export function configFinding(p: ConfigProblem, display: (p: string) => string): Finding {
  const file = display(p.file);
  return {
    ...builtin('config'),
    subject: file,
    versions: [],
    message: `${file}:${p.line}:${p.column} ${p.message}`,
    evidence: [{ version: '', path: file, line: p.line, column: p.column, text: p.message }],
  };
}
