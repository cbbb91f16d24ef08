import type { Reporter, Severity } from '../types.js';
import { safeText } from './safe.js';
import { allFindings, primaryLocation } from './locate.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub workflow commands: one annotation per finding. */
export const githubReporter: Reporter = {
  name: 'github',
  format(report) {
    const lines = allFindings(report).map(([f, set]) => {
      const where = primaryLocation(f, set);
      const props = [
        ...(where ? [`file=${escapeProperty(where.path)}`, `line=${where.line}`, `col=${where.column}`] : []),
        `title=${escapeProperty(`factlint ${f.type} (${f.rule})`)}`,
      ];
      return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
    });
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  },
};

/** Workflow-command data: control and bidi characters shown escaped, then `%`, CR and LF encoded. */
export function escapeData(s: string): string {
  return safeText(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
