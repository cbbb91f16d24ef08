const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Escapes evidence text and highlights cut markers (`⟦cut: …⟧`). */
export function markCuts(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/⟦[^⟧]*⟧/g)) {
    out.push(escapeHtml(text.slice(last, m.index)), `<mark class="cut">${escapeHtml(m[0])}</mark>`);
    last = m.index + m[0].length;
  }
  out.push(escapeHtml(text.slice(last)));
  return out.join('');
}

/** "1 error" / "2 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
