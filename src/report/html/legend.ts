import type { Finding, FindingType } from '../../types.js';
import { escapeHtml } from './escape.js';
import { PRIORITY, TONE, VERDICT_HELP } from './model.js';

/** Verdicts always explained, whether or not the set has them. */
const ALWAYS: readonly FindingType[] = ['contradiction', 'deleted-mention', 'omission', 'stale', 'qualifier-change', 'update', 'not-yet-reported'];

/** The verdict colours, with what each means, and how headline values look in the grid. */
export function legend(findings: readonly Finding[]): string {
  const present = new Set(findings.map((f) => f.type));
  const types = PRIORITY.filter((t) => ALWAYS.includes(t) || present.has(t));
  const items = types.map((t) => `<li><span class="badge tone-${TONE[t]}" title="${escapeHtml(VERDICT_HELP[t])}">${escapeHtml(t)}</span></li>`);
  items.push('<li><ins>changed</ins> / <del>other version</del> words that differ</li>');
  items.push('<li><span class="val headline">52</span> headline figure, <span class="val dim">30 <span class="vrole">part</span></span> other roles</li>');
  return `<div class="legend" role="note" aria-label="Legend"><span class="muted">Legend:</span><ul>${items.join('')}</ul></div>`;
}
