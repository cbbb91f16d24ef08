/** Minimal ANSI styling that honours the caller's colour decision. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function style(color: boolean): Style {
  if (!color) {
    const id = (s: string): string => s;
    return { bold: id, dim: id, red: id, yellow: id, cyan: id };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/** One line of at most `max` characters; when the text marks a cut (⟦…⟧), the window is centred on it. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const mark = flat.indexOf('⟦');
  if (mark < 0 || mark < max - 40) return `${flat.slice(0, max - 1)}…`;
  const start = Math.max(0, Math.min(mark - Math.floor(max / 3), flat.length - max + 2));
  const end = Math.min(flat.length, start + max - 2);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
