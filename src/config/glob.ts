/**
 * Small glob matcher for include/exclude and command-line globs: `*` (within a path
 * segment), `**` (any number of segments), `?`, `[abc]`, `{a,b}`. Paths use `/`.
 */

const SPECIAL = /[\\^$.+()|]/;

function classOf(glob: string, i: number): { source: string; next: number } | null {
  const close = glob.indexOf(']', i + 1);
  if (close < 0) return null;
  const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
  return { source: body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`, next: close + 1 };
}

function braceOf(glob: string, i: number): { source: string; next: number } | null {
  const close = glob.indexOf('}', i + 1);
  if (close < 0) return null;
  const parts = glob.slice(i + 1, close).split(',').map((p) => globSource(p));
  return { source: `(?:${parts.join('|')})`, next: close + 1 };
}

function globSource(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 3 : 2;
    } else if (c === '*') {
      out += '[^/]*';
      i += 1;
    } else if (c === '?') {
      out += '[^/]';
      i += 1;
    } else if (c === '[' || c === '{') {
      const part = c === '[' ? classOf(glob, i) : braceOf(glob, i);
      out += part ? part.source : `\\${c}`;
      i = part ? part.next : i + 1;
    } else {
      out += SPECIAL.test(c) ? `\\${c}` : c;
      i += 1;
    }
  }
  return out;
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob)}$`);
}

export function hasGlobChars(p: string): boolean {
  return /[*?[{]/.test(p);
}

/**
 * Whether `relPath` (relative to a set folder, `/`-separated) matches one of `globs`: a glob
 * without `/` is matched against the file name, one with `/` against the whole relative path.
 */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  return globs.some((g) => globToRegExp(g).test(g.includes('/') ? relPath : name));
}
