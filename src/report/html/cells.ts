import { displayValue } from '../../check/index.js';
import type { ClaimReport, ClaimValue, FindingType, ValueRole } from '../../types.js';
import { escapeHtml } from './escape.js';
import { PRIORITY, TONE, type Anchored } from './model.js';
import { isListKind } from '../../kinds/index.js';

/** Values shown in a cell before "+N more" (the rest are in the cell's evidence). */
const SHOWN: Readonly<Record<'list' | 'scalar', number>> = { list: 6, scalar: 4 };
const ROLE_ORDER: readonly (ValueRole | 'none')[] = ['headline', 'none', 'part', 'background', 'other'];

/** Values of one cell that display the same. */
interface Group {
  shown: string;
  values: ClaimValue[];
  role: ValueRole | 'none';
}

/** One grid cell: the values (headline first, other roles dimmed), flags for findings, the evidence (hidden on screen). */
export function cell(claim: ClaimReport, versionId: string, found: readonly Anchored[]): string {
  const values = claim.values[versionId] ?? [];
  const groups = groupValues(claim, values);
  const list = isListKind(claim.kind);
  const max = SHOWN[list ? 'list' : 'scalar'];
  const omitted = claim.omitted?.[versionId] ?? 0;
  const hidden = Math.max(0, groups.length - max) + omitted;
  const items = groups.slice(0, max).map((g) => valueItem(g)).join('');
  const body = groups.length === 0 ? '<span class="empty" aria-label="no value">—</span>' : `<ul class="vals${list ? ' list' : ''}">${items}</ul>`;
  const more = hidden > 0 ? `<span class="more">+${hidden} more</span>` : '';
  const tone = PRIORITY.find((t) => found.some((a) => a.finding.type === t));
  const cls = `cell${tone ? ` marked tone-${TONE[tone]}` : ''}${groups.length === 0 ? ' blank' : ''}`;
  return `<td class="${cls}" data-v="${escapeHtml(versionId)}" tabindex="-1"><div class="cv">${body}${more}${flags(claim, found)}</div>${evidence(groups, omitted)}</td>`;
}

function groupValues(claim: ClaimReport, values: readonly ClaimValue[]): Group[] {
  const groups = new Map<string, Group>();
  for (const v of values) {
    const shown = isListKind(claim.kind) ? String(v.value) : displayValue(v);
    const role: ValueRole | 'none' = v.role ?? 'none';
    const g = groups.get(shown);
    if (g) {
      g.values.push(v);
      if (ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(g.role)) g.role = role;
    } else groups.set(shown, { shown, values: [v], role });
  }
  return [...groups.values()].map((g, i) => ({ g, i })).sort((a, b) => ROLE_ORDER.indexOf(a.g.role) - ROLE_ORDER.indexOf(b.g.role) || a.i - b.i).map((x) => x.g);
}

function valueItem(g: Group): string {
  const dim = g.role === 'part' || g.role === 'background' || g.role === 'other';
  const uncertain = g.values.every((v) => v.uncertain);
  const cls = ['val', g.role === 'headline' ? 'headline' : '', dim ? 'dim' : '', uncertain ? 'uncertain' : ''].filter((s) => s !== '').join(' ');
  const role = dim ? ` <span class="vrole">${escapeHtml(roleLabel(g))}</span>` : '';
  const count = g.values.length > 1 ? ` <span class="times">×${g.values.length}</span>` : '';
  return `<li class="${cls}">${escapeHtml(g.shown)}${count}${role}</li>`;
}

function roleLabel(g: Group): string {
  const place = g.values.find((v) => v.place)?.place;
  return g.role === 'part' && place ? `part · ${clipText(place, 28)}` : g.role;
}

/** One line per finding type naming this cell: a badge linking to the first such card. */
function flags(claim: ClaimReport, found: readonly Anchored[]): string {
  if (found.length === 0) return '';
  const types = PRIORITY.filter((t) => found.some((a) => a.finding.type === t));
  const lines = types.map((t) => flag(claim, t, found.filter((a) => a.finding.type === t)));
  return `<ul class="flags">${lines.join('')}</ul>`;
}

function flag(claim: ClaimReport, type: FindingType, these: readonly Anchored[]): string {
  const subjects = [...new Set(these.map((a) => a.finding.subject).filter((s) => s !== claim.label))];
  const label = these.length > 1 ? `${type} ×${these.length}` : type;
  const title = subjects.length > 0 ? ` title="${escapeHtml(subjects.join(', '))}"` : '';
  return `<li><a class="badge tone-${TONE[type]}" href="#${escapeHtml(these[0]?.anchor ?? '')}" tabindex="-1"${title}>${escapeHtml(label)}</a>${
    subjects.length > 0 ? ` <span class="subjects">${escapeHtml(clipText(subjects.join(', '), 60))}</span>` : ''
  }</li>`;
}

function clipText(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** The sentences the cell's values were read from, one item per sentence, with line:column. */
function evidence(groups: readonly Group[], omitted: number): string {
  if (groups.length === 0) return '';
  const bySentence = new Map<string, { first: ClaimValue; texts: Set<string>; roles: Set<string> }>();
  for (const g of groups) {
    for (const v of g.values) {
      const key = `${v.line}\u0000${v.sentence}`;
      const entry = bySentence.get(key) ?? { first: v, texts: new Set<string>(), roles: new Set<string>() };
      entry.texts.add(v.text);
      if (v.role) entry.roles.add(v.role === 'part' && v.place ? `part · ${v.place}` : v.role);
      bySentence.set(key, entry);
    }
  }
  const items = [...bySentence.values()].map(({ first, texts, roles }) => {
    const role = roles.size > 0 ? ` <span class="vrole">${escapeHtml([...roles].join(', '))}</span>` : '';
    const repaired = first.uncertain ? ' <span class="badge tone-grey">repaired</span>' : '';
    return `<li><span class="loc">${first.line}:${first.column}</span>${role}${repaired} <q>${highlight(first.sentence, [...texts])}</q></li>`;
  });
  const more = omitted > 0 ? `<li class="muted">${omitted} more values not listed in the report</li>` : '';
  return `<div class="ev"><ul class="occ">${items.join('')}${more}</ul></div>`;
}

/** The sentence escaped, with every occurrence of the matched texts in bold. */
export function highlight(sentence: string, texts: readonly string[]): string {
  const ranges: Array<[number, number]> = [];
  for (const t of texts) {
    if (t === '') continue;
    for (let at = sentence.indexOf(t); at >= 0; at = sentence.indexOf(t, at + t.length)) ranges.push([at, at + t.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: string[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start < last) continue;
    out.push(escapeHtml(sentence.slice(last, start)), `<b>${escapeHtml(sentence.slice(start, end))}</b>`);
    last = end;
  }
  out.push(escapeHtml(sentence.slice(last)));
  return out.join('');
}
