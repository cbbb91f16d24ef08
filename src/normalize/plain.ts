import type { NormalizedVersion } from '../types.js';

/** A NormalizedVersion for a plain string (identity offsets, no notices). */
export function plainVersion(id: string, text: string, path = `${id}.txt`): NormalizedVersion {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return {
    id,
    path,
    original: text,
    text,
    map: {
      toOriginal: (offset: number) => offset,
      place: (offset: number) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
      },
    },
    dateLine: null,
    notices: [],
    uncertain: [],
    encoding: 'utf-8',
  };
}
