import type { Notice, VersionInfo } from '../../types.js';
import { creditLine } from '../text.js';
import { escapeHtml } from './escape.js';
import { shortId, when } from './model.js';

/** Every version with its date, role, file, encoding, credits and repair notices. */
export function versionsTable(versions: readonly VersionInfo[]): string {
  const rows = versions.map((v) => {
    const date = when(v);
    const credits = v.credits && v.credits.length > 0 ? `<br><span class="muted">${escapeHtml(creditLine(v.credits))}</span>` : '';
    return `<tr><td>${v.rank + 1}</td><td><span class="sid">${escapeHtml(shortId(v.id))}</span><br><span class="vid">${escapeHtml(v.id)}</span></td><td class="nowrap">${
      date ? escapeHtml(date) : '<span class="muted">undated</span>'
    }</td><td>${v.role ? escapeHtml(v.role) : '<span class="muted">—</span>'}</td><td class="path">${escapeHtml(v.path)}${credits}</td><td>${escapeHtml(`${v.encoding} · ${v.language}`)}</td><td>${noticeList(v.notices)}</td></tr>`;
  });
  return `<div class="table-scroll"><table class="versions">
<thead><tr><th scope="col">#</th><th scope="col">Version</th><th scope="col">Date / time</th><th scope="col">Role</th><th scope="col">File</th><th scope="col">Encoding, language</th><th scope="col">Notices</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table></div>`;
}

function noticeList(notices: readonly Notice[]): string {
  if (notices.length === 0) return '<span class="muted">—</span>';
  const items = notices.map((n) => {
    const lossy = n.lossy ? ` <span class="muted">(${n.lossy} lossy)</span>` : '';
    return `<li><span class="notice-type">${escapeHtml(n.type)}</span> ${n.count > 1 ? `<span class="muted">×${n.count}</span>` : ''}${lossy} ${escapeHtml(n.message)}</li>`;
  });
  return `<ul class="notices">${items.join('')}</ul>`;
}
