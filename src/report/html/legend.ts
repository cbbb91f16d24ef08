import type { Finding, FindingType } from '../../types.js';
import { escapeHtml } from './escape.js';
import { PRIORITY, TONE, VERDICT_HELP } from './model.js';

/** Verdicts always explained, whether or not the set has them. */
const ALWAYS: readonly FindingType[] = ['contradiction', 'deleted-mention', 'omission', 'stale', 'qualifier-change', 'update', 'not-yet-reported'];

/** The verdict colours, with what each means, and how headline values look in the grid. */
export function legend(findings: readonly Finding[]): string {
  const present = new Set(findings.map((f) => f.type));
  const types = PRIORITY.filter((t) => ALWAYS.includes(t) || present.has(t));
  const items = types.map(
    (t) => `<li><span class="badge tone-${TONE[t]}">${escapeHtml(t)}</span> <span class="muted">${escapeHtml(VERDICT_HELP[t])}</span></li>`,
  );
  items.push('<li><span class="val headline">3 people</span> <span class="muted">headline figure of a version</span></li>');
  items.push('<li><span class="val dim">30 <span class="vrole">part</span></span> <span class="muted">part, background or other mention</span></li>');
  return `<details class="legend"><summary>Legend: verdict colours</summary><ul>${items.join('')}</ul></details>`;
}
