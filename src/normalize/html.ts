import { Parser } from 'htmlparser2';
import type { Edit } from './offsets.js';

/**
 * An HTML copy of a version reduced to its text, as edits on the decoded file (so every
 * line:col still points into the original HTML): markup is removed (a paragraph break for
 * block elements, a line break for `<br>`), entities are decoded, and the contents of
 * script, style, template, nav and svg elements are dropped. Parsing is htmlparser2's
 * (a small, maintained tokenizer that gives each text node's range in the source).
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'head']);
const KEEP_IN_HEAD = 'title';
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|article|section|header|footer|aside|main|blockquote|figure|figcaption|table|tr|td|th|title|hr|pre|address)\b/i;
const LINE = /<br\b/i;

/** True for a file that should be read as HTML. */
export function isHtmlPath(file: string): boolean {
  return /\.x?html?$/i.test(file);
}

interface TextNode {
  start: number;
  /** Exclusive. */
  end: number;
  text: string;
}

function textNodes(source: string): TextNode[] {
  const nodes: TextNode[] = [];
  const open: string[] = [];
  const skipping = (): boolean => open.some((t) => SKIPPED.has(t)) && !(open[open.length - 1] === KEEP_IN_HEAD && !open.some((t) => t !== 'head' && SKIPPED.has(t)));
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        open.push(name);
      },
      onclosetag(name) {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
      },
      ontext(text) {
        if (!skipping()) nodes.push({ start: parser.startIndex, end: parser.endIndex + 1, text });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  return nodes;
}

function gapText(markup: string): string {
  if (BLOCK.test(markup)) return '\n\n';
  if (LINE.test(markup)) return '\n';
  return '';
}

/** Edits that turn the HTML `source` into its text. */
export function htmlEdits(source: string): Edit[] {
  const edits: Edit[] = [];
  let pos = 0;
  for (const node of textNodes(source)) {
    if (node.start < pos) continue;
    if (node.start > pos) edits.push({ start: pos, end: node.start, text: gapText(source.slice(pos, node.start)) });
    if (source.slice(node.start, node.end) !== node.text) edits.push({ start: node.start, end: node.end, text: node.text });
    pos = node.end;
  }
  if (pos < source.length) edits.push({ start: pos, end: source.length, text: gapText(source.slice(pos)) });
  return mergeAdjacent(edits);
}

/** Adjacent markup gaps joined (`</p>\n<p>` is one paragraph break, not two). */
function mergeAdjacent(edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && last.end === e.start && /^\n*$/.test(last.text) && /^\n*$/.test(e.text)) {
      out[out.length - 1] = { start: last.start, end: e.end, text: last.text.length >= e.text.length ? last.text : e.text };
    } else {
      out.push(e);
    }
  }
  return out;
}
