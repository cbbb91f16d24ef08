import type { BoilerplateLine } from './boilerplate.js';
import { splitLines } from './boilerplate.js';
import { PHOTO_CREDIT_AGENCIES, PHOTO_CREDIT_LABELS } from '../lang/en/revisions.js';
import { escapeRegExp } from '../regexp.js';

/** Something found in the text, at an offset of the text scanned. */
export interface Finding {
  offset: number;
  text: string;
}

const FOREIGN = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Greek}`;
const FOREIGN_RUN = new RegExp(`[${FOREIGN}]+(?:[ \\u3000]*[${FOREIGN}]+)*`, 'gu');
const LATIN_LETTER = /\p{Script=Latin}/u;
const ANY_LETTER = /\p{L}/u;

/** True when most letters of the text are Latin (an English-language article). */
export function isLatinText(text: string): boolean {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    // General punctuation (quotes, dashes, spaces) is common in news text and holds no letter.
    if (c >= 0x2000 && c <= 0x206f) continue;
    const ch = text[i] as string;
    if (LATIN_LETTER.test(ch)) latin++;
    if (ANY_LETTER.test(ch) || (c >= 0xd800 && c <= 0xdbff)) letters++;
  }
  return letters > 0 && latin / letters > 0.5;
}

/**
 * False when no character of `text` can be of a FOREIGN script: all those scripts' letters lie
 * at U+0370 and beyond, outside General Punctuation (U+2000-206F) and the currency signs
 * (U+20A0-20CF), where English text has its only characters past Latin.
 */
function mayHoldForeignScript(text: string): boolean {
  return BEYOND_LATIN.test(text);
}

/** (A character class V8 rejects a one-byte string for at once.) */
const BEYOND_LATIN = /[^\u0000-\u036f\u2000-\u206f\u20a0-\u20cf]/;

/** Runs of a foreign script (Han, Cyrillic, Arabic, ...) inside a Latin-script article. */
export function findInjectedText(text: string): Finding[] {
  if (!mayHoldForeignScript(text) || !isLatinText(text)) return [];
  const found: Finding[] = [];
  for (const m of text.matchAll(FOREIGN_RUN)) {
    // A lone Greek letter (μ, π, Δ) is notation, not injected text.
    if (/^\p{Script=Greek}$/u.test(m[0])) continue;
    // Chinese state media's own furniture: "Editor: Zhang Jianfeng 丨Xinhua" (a separator), and a
    // photo credit "新华社发(洪福乐 摄)" ("released by Xinhua", "photo by …")
    if (CJK_FURNITURE.test(m[0])) continue;
    found.push({ offset: m.index, text: m[0] });
  }
  return found;
}

const CJK_FURNITURE = /^(?:丨|新华社发?|中新社发?|[\p{Script=Han}]{1,4} ?摄)$/u;

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"”’)\]]+/giu;

/**
 * False when URL_IN_TEXT cannot match: every match holds "://" or "www." (any case; under `iu`
 * only W and w match w). The case-insensitive Unicode pattern, tried at every character, is slow.
 */
function mayHoldUrl(text: string): boolean {
  return text.includes('://') || /www\./i.test(text);
}

/** URLs inside prose; URLs on boilerplate lines ("Follow … at URL") do not count. */
export function findInjectedLinks(text: string, boilerplate: readonly BoilerplateLine[]): Finding[] {
  const found: Finding[] = [];
  const sorted = [...boilerplate].sort((a, b) => a.start - b.start);
  const inBoilerplateAt = (offset: number): boolean => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = sorted[mid] as BoilerplateLine;
      if (offset < b.start) hi = mid - 1;
      else if (offset >= b.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  if (!mayHoldUrl(text)) return found;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const inBoilerplate = inBoilerplateAt(m.index);
    if (!inBoilerplate) found.push({ offset: m.index, text: m[0].replace(/[.,;:]+$/u, '') });
  }
  return found;
}

/**
 * Where a closing `…` or `...` starts in a line without trailing spaces, -1 when there is none
 * (what /(?:…|\.\.\.)\s*$/u finds, without trying the pattern at every character of the line).
 */
function ellipsisEnd(trimmed: string): number {
  if (trimmed.endsWith('...')) return trimmed.length - 3;
  if (trimmed.endsWith('…')) return trimmed.length - 1;
  return -1;
}

/** Characters \s matches (JavaScript's white space and line terminators). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `line` has at least `min` words (runs of non-space characters), counted without splitting it. */
function hasWords(line: string, min: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord && ++words >= min) return true;
    inWord = !space;
  }
  return false;
}
/** Sentence-final punctuation, optionally followed by closing quotes/brackets; or a closing quote. */
const TERMINAL = /(?:[.!?…:;]["'”’″′»›)\]]*|["'”’″′»›)\]])\s*$/u;
const MIN_WORDS_FOR_CUT = 15;

/**
 * Paragraphs cut off mid-sentence: ending with `…`/`...` right after a word or a
 * comma, or a long paragraph ending without any closing punctuation.
 */
/** A first line this short is a headline, not a paragraph (a lede runs longer). */
const MAX_HEADLINE_WORDS = 25;

export function findTruncation(text: string, boilerplate: readonly BoilerplateLine[]): Finding[] {
  const found: Finding[] = [];
  const boilerplateStarts = new Set(boilerplate.map((b) => b.start));
  let headline = true;
  const lines = splitLines(text).filter((line) => line.text.trim().length > 0 && !boilerplateStarts.has(line.start));
  for (const [n, line] of lines.entries()) {
    const trimmed = line.text.trimEnd();
    // The first line is the headline, which has no full stop ("… toll rises to 14; 6 still missing");
    // so is a line of a headline's length between paragraphs (a dek, a bullet, a teaser) followed by
    // a paragraph that starts a sentence, unless it closes the text.
    const isHeadline = headline || (n < lines.length - 1 && opensSentence(lines[n + 1]?.text ?? '') && !DANGLING_END.test(trimmed));
    headline = false;
    const ellipsis = ellipsisEnd(trimmed);
    if (ellipsis >= 0) {
      const before = trimmed.slice(0, ellipsis).trimEnd();
      const last = before[before.length - 1];
      if (last !== undefined && /[\p{L}\p{N},;–—-]/u.test(last)) {
        found.push({ offset: line.start + ellipsis, text: tail(trimmed) });
      }
      continue;
    }
    const short = isHeadline && !hasWords(trimmed, MAX_HEADLINE_WORDS + 1);
    if (!short && hasWords(trimmed, MIN_WORDS_FOR_CUT) && !TERMINAL.test(trimmed) && !endsInPhotoCredit(trimmed)) {
      // at the paragraph's last character (one past it may be a removed "\r" in the original)
      found.push({ offset: line.start + trimmed.length - 1, text: tail(trimmed) });
    }
  }
  return found;
}

/** A line ending on a word no heading ends on ("… have closed and"): cut off. */
const DANGLING_END = /\b(?:and|or|but|the|a|an|of|to|in|on|at|by|for|from|with|that|which|who|as)$/iu;

/** A line that starts a sentence: a capital letter, a figure, a quote or a bullet first. */
function opensSentence(line: string): boolean {
  return /^\s*(?:[\p{Lu}\p{N}"“‘'•*-])/u.test(line);
}

const ESCAPED_AGENCIES = PHOTO_CREDIT_AGENCIES.map(escapeRegExp).join('|');
/** Ends with an agency, bare or in brackets ("… Getty Images", "(Reuters)", "(AP Photo/Jo Roe)"). */
const AGENCY_END = new RegExp(`(?:\\b(?:${ESCAPED_AGENCIES})|\\((?:${ESCAPED_AGENCIES})(?:/[^()]*)?\\))$`, 'u');
/** A credit's words: capitalised names, initials and agencies joined by "/", "via", "for", "and". */
const CREDIT_WORD = /^(?:[(\p{Lu}][\p{L}\p{M}'’.&()-]*(?:\/[(\p{Lu}][\p{L}\p{M}'’.&()-]*)*|\/|\||via|for|and|of)$/u;
const MAX_CREDIT_WORDS = 10;
const CREDIT_LABEL = new RegExp(`^(?:${PHOTO_CREDIT_LABELS.join('|')})\\s*:\\s*`, 'u');

/**
 * A caption paragraph closed by a photo credit after its last full stop (or made of one): the
 * credit words are all capitalised (names, agencies) and either run "Name/Agency" or end with a
 * known agency. Such a paragraph ends without a full stop because of the credit, not a cut.
 */
function endsInPhotoCredit(trimmed: string): boolean {
  let start = 0;
  for (const m of trimmed.matchAll(/[.!?]["'”’)\]]*\s+(?=\S)/gu)) start = m.index + m[0].length;
  // "… Ecuador, April 16, 2016 | Photo: Reuters": a credit after a bar, past a caption with no full stop
  const bar = trimmed.lastIndexOf(' | ');
  if (bar >= start) start = bar + 3;
  // "… on April 26, 2025. Image: Alberto Pizolli / AFP": a caption's credit label
  const credit = trimmed.slice(start).replace(CREDIT_LABEL, '');
  const words = credit.split(/\s+/u);
  if (words.length > MAX_CREDIT_WORDS || !words.every((w) => CREDIT_WORD.test(w))) return false;
  return /\p{L}\/\p{Lu}/u.test(credit) || AGENCY_END.test(credit);
}

/** The first paragraph starts mid-sentence (lower-case word or continuing punctuation). */
export function findMissingOpening(text: string): Finding | null {
  const m = /\S/u.exec(text);
  if (m === null) return null;
  const rest = text.slice(m.index);
  if (/^(?:\p{Ll}|[,;:)\]])/u.test(rest)) return { offset: m.index, text: rest.slice(0, 40) };
  return null;
}

function tail(line: string): string {
  return line.length > 60 ? `…${line.slice(-60)}` : line;
}
