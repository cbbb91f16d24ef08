/**
 * Bylines and credits: the people who wrote, reported or photographed a version are not
 * people of the story. Read once per version from the normalized text (no NLP needed):
 * - byline paragraphs: "By Tom Reyes", "By TOM REYES and ANNA LU, Associated Press";
 * - contributor lines: "Associated Press writer X in Y contributed to this report.",
 *   "X and Y in Z contributed.", "X reported from Y.", "(Reporting by X in Y; Editing by Z)",
 *   "Contributing: X in Y";
 * - photo credits: "(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "Photo: Jane Doe/Reuters";
 * - the agency tag of a dateline ("PARIS (AP) —"): a span without a name.
 * The people extractor skips names inside these spans, and the report lists the credited
 * names per version (information only, never an omission).
 */
import type { CreditInfo, CreditRole, NormalizedVersion, Span } from '../types.js';
import { personKey } from './names.js';
import { isGivenName } from './person-evidence.js';
import { BYLINE_STAMP_WORDS, CREDIT_CLAUSE_WORDS, CREDIT_ROLE_WORDS, NEWS_AGENCIES, OUTLET_ROLE_WORDS } from '../lang/en/people.js';

/** One credited name in a version. */
export interface Credit {
  role: CreditRole;
  /** As written, all-capitals bylines in title case ("TOM REYES" → "Tom Reyes"). */
  name: string;
  key: string;
  /** The name in the normalized text. */
  span: Span;
}

/** Credits of a version and the spans of text they occupy (skipped by the story readers). */
export interface CreditReading {
  credits: Credit[];
  spans: Span[];
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’.]*)*`;
const PARTICLE = String.raw`(?:de|da|del|della|van|von|der|den|la|le|al|el|bin|ibn|dos|du)`;
/** A capitalised name of 1–4 words, particles allowed inside. */
const NAME = String.raw`${WORD}(?:[^\S\n]+(?:${PARTICLE}[^\S\n]+)*${WORD}){0,3}`;
const NAME_RE = new RegExp(`^${NAME}$`, 'u');

/**
 * Paragraphs of the normalized text (normalize makes every line a paragraph): its non-empty
 * lines (as the matches of /[^\n]+/gu, without their strings), of the text up to `end`, at
 * most `limit`.
 */
function paragraphs(text: string, end = text.length, limit = Infinity): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < end && out.length < limit) {
    const found = text.indexOf('\n', start);
    const stop = found < 0 || found > end ? end : found;
    if (stop > start) out.push({ start, end: stop });
    start = stop + 1;
  }
  return out;
}

function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function isAgencyOrRole(part: string): boolean {
  const words = part.toLowerCase().split(/\s+/u);
  return words.some((w) => NEWS_AGENCIES.has(w) || CREDIT_ROLE_WORDS.has(w)) || NEWS_AGENCIES.has(part.toLowerCase());
}

function credit(role: CreditRole, text: string, offset: number, raw: string): Credit {
  const name = titleCase(raw.trim());
  const start = offset + text.indexOf(raw);
  return { role, name, key: personKey(name), span: { start, end: start + raw.length } };
}

/** "KAREN ODELL Associated Press" (no comma before the agency): the name part, or null. */
function nameThenAgency(part: string): string | null {
  const words = part.split(/\s+/u);
  for (let k = 2; k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    if (isAgencyOrRole(words.slice(k).join(' ')) && NAME_RE.test(name)) return name;
  }
  return null;
}

/** A byline without its time stamps: "Ana Ruiz | Published 11:42 AM | Updated 12:05 PM" → "Ana Ruiz". */
function withoutStamps(byline: string): string {
  const segments = byline.split('|');
  const stamp = (seg: string): boolean => BYLINE_STAMP_WORDS.has(seg.trim().split(/\s+/u)[0]?.toLowerCase() ?? '') || /^\s*\d+\s*min(?:ute)?s?\s+read\s*$/iu.test(seg);
  const end = segments.findIndex((seg, k) => k > 0 && stamp(seg));
  return end > 0 ? segments.slice(0, end).join('|').trimEnd() : byline;
}

/** What joins the names of a byline: commas, "and" (also "And" in a title-case line), "&". */
const BYLINE_JOINERS = /\s*(?:,|;|\||\b[Aa]nd\b|AND|&)\s*/u;

/** Words of an outlet or a staff credit that end a byline line without "By" ("Los Angeles Times", "Staff"). */
function isOutlet(part: string): boolean {
  return part.toLowerCase().split(/\s+/u).some((w) => NEWS_AGENCIES.has(w) || OUTLET_ROLE_WORDS.has(w));
}

/** A lone writer's name: two to four words, one of them an initial at most ("Eric J. Lyman", "Ted Johnson"). */
function loneName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.length <= 4 && words.filter((w) => /^\p{Lu}\.$/u.test(w)).length <= 1;
}

/** Whether the paragraph before `start` is the first of the text and reads as a title (no full stop at its end). */
function isTitleAbove(text: string, start: number): boolean {
  const before = text.slice(0, start).trim();
  return before.length > 0 && !/\n\s*\n/u.test(before) && !/[.!?]["”’]?$/u.test(before);
}

/** A byline line without "By" is among the first lines of a version. */
const BARE_BYLINE_LINES = 4;

/**
 * A byline line without "By" near the top: "John M. Glionna And Rich Connell Los Angeles Times",
 * "Tom Reyes and Anna Lu", "Ana Ruiz, Associated Press": two or three names of two to four
 * capitalised words joined by commas or "and", or one name followed by an outlet; nothing else,
 * and one of the names starts with a known given name.
 */
function bareBylineParagraph(text: string, offset: number, alone = false): Credit[] {
  const line = text.trim();
  if (line.length > 120 || /^By\b/u.test(line) || /[\d!?:;"“”()]/u.test(line)) return [];
  const parts = line.split(BYLINE_JOINERS).filter((p) => p.length > 0);
  if (parts.length > 4) return [];
  const names: string[] = [];
  let outlet = false;
  for (const part of parts) {
    if (outlet) return [];
    const clean = part.replace(/\.$/u, '');
    const beforeOutlet = nameThenAgency(clean);
    if (beforeOutlet !== null && isOutlet(clean.slice(beforeOutlet.length))) {
      names.push(beforeOutlet);
      outlet = true;
    } else if (names.length > 0 && isOutlet(clean) && /^\p{Lu}/u.test(clean)) outlet = true;
    else if (NAME_RE.test(clean) && clean.split(/\s+/u).length >= 2 && !isOutlet(clean)) names.push(clean);
    else return [];
  }
  if (names.length === 0 || names.length > 3 || (names.length === 1 && !outlet && !(alone && loneName(names[0] as string)))) return [];
  // a masthead ("Himal Morning Post") is no writer: one name at least starts with a given name
  if (!names.some((n) => isGivenName(n.split(/\s+/u)[0] ?? ''))) return [];
  let from = 0;
  return names.map((raw) => {
    const c = credit('byline', text.slice(from), offset + from, raw);
    from = c.span.end - offset;
    return c;
  });
}

/**
 * "By Tom Reyes", "By TOM REYES and ANNA LU, Associated Press": the whole paragraph must be
 * names separated by commas/and, then optional agency or role words.
 */
function bylineParagraph(text: string, offset: number): Credit[] {
  const m = /^\s*By\s+(.{3,160})$/u.exec(text);
  if (!m || m[1] === undefined) return [];
  const parts = withoutStamps(m[1]).split(BYLINE_JOINERS).filter((p) => p.length > 0);
  const names: string[] = [];
  let tail = false;
  for (const part of parts) {
    const clean = part.replace(/^The\s+/u, '').replace(/\.$/u, '');
    const agencyAfter = tail ? null : nameThenAgency(clean);
    if (agencyAfter !== null) {
      names.push(agencyAfter);
      tail = true;
    } else if (isAgencyOrRole(clean) && /^\p{Lu}/u.test(clean)) tail = true;
    else if (!tail && NAME_RE.test(clean) && clean.split(/\s+/u).length >= 2) names.push(part);
    else return [];
  }
  let from = 0;
  return names.map((raw) => {
    const c = credit('byline', text.slice(from), offset + from, raw);
    from = c.span.end - offset;
    return c;
  });
}

/**
 * Names in a credit clause, leaving out places: a capitalised run after "in"/"from"/"at",
 * and one right after such a place and a comma ("in Kyiv, Ukraine, and ..."), is a place.
 */
function namesInClause(clause: string, offset: number, role: CreditRole, minWords: number): Credit[] {
  const out: Credit[] = [];
  let lastWasPlace = false;
  let lastEnd = 0;
  for (const m of clause.matchAll(new RegExp(NAME, 'gu'))) {
    const before = clause.slice(lastEnd, m.index);
    const place: boolean = /\b(?:in|from|at|near)\s+$/u.test(before) || (lastWasPlace && /^,\s*$/u.test(before));
    lastWasPlace = place;
    lastEnd = m.index + m[0].length;
    // "Associated Press Illia Novikov": leading agency and role words are not the name.
    const lead = /^(?:(?:The|\p{Lu}[\p{L}.-]*)\s+)+/u.exec(m[0])?.[0] ?? '';
    const words = lead.split(/\s+/u).filter((w) => w.length > 0);
    const skip = words.findIndex((w) => w !== 'The' && !isAgencyOrRole(w));
    const dropped = words.slice(0, skip < 0 ? words.length : skip).join(' ');
    const raw = dropped.length > 0 ? m[0].slice(m[0].indexOf(dropped) + dropped.length).trimStart() : m[0];
    if (place || raw.length === 0 || isAgencyOrRole(raw) || raw.split(/\s+/u).length < minWords) continue;
    const start = offset + m.index + (m[0].length - raw.length);
    const name = titleCase(raw);
    out.push({ role, name, key: personKey(name), span: { start, end: start + raw.length } });
  }
  return out;
}

/** Start of the sentence holding `at` (after a ". " that follows a lower-case word, not an initial). */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/[\p{Ll}\d)]["”’]?[.!?]["”’]?\s+/gu)) start = m.index + m[0].length;
  return start;
}

/** Only names, places after "in", agency and role words, "and" and commas: a credit clause. */
function isCreditClause(clause: string): boolean {
  const rest = clause.replace(new RegExp(NAME, 'gu'), ' ').toLowerCase();
  return rest.split(/[\s,;:]+/u).every((w) => w === '' || CREDIT_CLAUSE_WORDS.has(w) || CREDIT_ROLE_WORDS.has(w));
}

/** Literals one of which every credit line ("Reporting by", "Editing by", "Contributing:") holds. */
const CREDIT_LINE_WORDS: readonly string[] = ['eporting', 'Writing', 'Editing', 'Compiled', 'Contributing:', 'Editor', 'Edited by'];

/**
 * "(Reporting by X in Y; Editing by Z)", "Contributing: X in Y", and a portal's or agency's staff
 * fields: "Source: Xinhua | 2026-03-09 10:12 | Editor: Liu Fang", "Editors: X, Y", "Edited by X"
 * (the field runs to a bar, a bracket or the line's end).
 */
const CREDIT_LINE = /\(?\b(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled)\s+by\s+[^)\n]+\)?|\bContributing:\s*[^\n]+|(?<=^|[|(]\s*)(?:Editors?:|Edited\s+by)\s*[^|)\n]+/gmu;
const CREDIT_LEAD = /^[\s(]*(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled)\s+by\s+|^\s*(?:Contributing:|Editors?:|Edited\s+by)\s*|\)\s*$/gu;

/** Contributor sentences inside a paragraph; returns the credits and the sentence spans. */
function contributorLines(text: string, offset: number): CreditReading {
  const credits: Credit[] = [];
  const spans: Span[] = [];
  // `word`: the literal every match holds
  const ends: Array<{ re: RegExp; minWords: number; word: string }> = [
    { re: /\s+contributed(?:\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story)))?(?:\s+from\s+[^.!?]+?)?\.(?=\s|$)/gu, minWords: 2, word: 'contributed' },
    { re: /\s+reported(?:\s+this\s+(?:report|story))?\s+from\s+[^.!?]+?\.(?=\s|$)/gu, minWords: 1, word: 'reported' },
  ];
  for (const { re, minWords, word } of ends) {
    if (!text.includes(word)) continue; // most texts credit no one: skip the scan
    for (const m of text.matchAll(re)) {
      const from = sentenceStart(text, m.index);
      const clause = text.slice(from, m.index);
      if (!isCreditClause(clause)) continue;
      const found = namesInClause(clause, offset + from, 'contributor', minWords);
      if (found.length === 0) continue;
      credits.push(...found);
      spans.push({ start: offset + from, end: offset + m.index + m[0].length });
    }
  }
  if (!CREDIT_LINE_WORDS.some((w) => text.includes(w))) return { credits, spans };
  for (const m of text.matchAll(CREDIT_LINE)) {
    const found = m[0].split(/;/u).flatMap((part) => {
      const clause = part.replace(CREDIT_LEAD, '').trimEnd();
      return isCreditClause(clause) ? namesInClause(clause, offset + m.index + m[0].indexOf(clause), 'contributor', 2) : [];
    });
    if (found.length === 0) continue;
    credits.push(...found);
    spans.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return { credits, spans };
}

const AGENCY = String.raw`(?:AP|AFP|EPA(?:-EFE)?|EFE|UPI|Reuters|REUTERS|Xinhua|Getty\s+Images|Bloomberg|Pool|POOL|ANP|dpa|DPA|PA(?:\s+Wire)?|AAP|WireImage|Shutterstock|Alamy|Kyodo|Yonhap|ANSA|Sipa|NurPhoto)`;
/** What may follow the agency inside a credit: "/Pool Photo via AP", "via Getty Images". */
const VIA = String.raw`(?:\s+Photo)?(?:\s+via\s+(?:Getty\s+Images|AP|AFP|Reuters|REUTERS))?`;
/**
 * "(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "Photo: Jane Doe/Reuters", "(Jane Doe/AFP via Getty Images)", "Photo by Jane Doe / Wire",
 * "(Photo by Jane Doe / POOL / AFP)", "(Jane Doe/Pool Photo via AP)".
 */
const PHOTO_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\(?\b${AGENCY}(?:\s+Photo)?\s*\/\s*(${NAME})(?:\s*[,/]\s*(?:File|Pool)(?:\s+Photo)?)?\)?`, 'gu'),
  new RegExp(String.raw`\(?\b(?:Photo|Photograph|Picture|Image)(?:\s+by)?\s*:?\s*(${NAME})\s*\/\s*${AGENCY}(?:\s+via\s+Getty\s+Images)?\)?`, 'gu'),
  new RegExp(String.raw`\(\s*(${NAME})\s*\/\s*${AGENCY}${VIA}\s*\)`, 'gu'),
  // a credit line of its own: "Photo by Jane Doe / Tennessean Wire", "Photos by Jane Doe for ..."
  new RegExp(String.raw`^(?:Photo|Photos|Photograph|Photographs|Picture|Pictures|Video)\s+by\s+(${NAME})(?:\s*(?:[/|,]|for\b)[^\n]*)?$`, 'gmu'),
];

/** For each of PHOTO_PATTERNS, literals one of which every match holds (the first three need the slash). */
const PHOTO_LITERALS: ReadonlyArray<readonly string[]> = [['/'], ['/'], ['/'], ['Photo', 'Picture', 'Video']];

/**
 * "(Tribune/Jun Castro)", "(Harbour Gazette/Lise Ranta)": an outlet and a photographer that no
 * agency list knows, in brackets that close a caption paragraph ("Photo: ... (Outlet/Name)"), or
 * that follow a caption sentence's full stop at the end of its paragraph. In prose the brackets
 * never close a paragraph that way.
 */
const OUTLET_CREDIT = new RegExp(String.raw`\(\s*(${NAME})\s*\/\s*(${NAME})\s*\)[ 	]*$`, 'gmu');
/** The same credit as a line of its own, without brackets: "Amy Beth Vell / Varno Sentinel" (a gallery's caption credit). */
const OUTLET_CREDIT_LINE = new RegExp(String.raw`^[ 	]*(${NAME})[ 	]+\/[ 	]+(${NAME})[ 	]*$`, 'gmu');
/** A caption paragraph's opening word: "Photo:", "PHOTO -", "Pictured:". */
const CAPTION_OPENING = /^\s*(?:photo|photos|photograph|picture|pictures|image|caption|pictured|file photo)\s*[:\-–—]/iu;
/** A caption sentence's end right before the credit, or nothing (the credit is a line of its own). */
const BEFORE_CREDIT = /(?:^|[.!?"”’])\s*$/u;
const TWO_WORDS = /\S\s+\S/u;

/** The photographer of an outlet credit: the side that is no agency, given name first, else the second (as "AP Photo/Jane Doe"). */
function outletCreditName(a: string, b: string): string | null {
  if (isAgencyOrRole(b)) return isAgencyOrRole(a) ? null : a;
  if (isAgencyOrRole(a)) return b;
  const firstWord = (s: string): string => s.split(/\s+/u)[0] ?? '';
  return isGivenName(firstWord(a)) && !isGivenName(firstWord(b)) ? a : b;
}

function outletCredits(text: string, credits: Credit[], spans: Span[]): void {
  for (const m of [...text.matchAll(OUTLET_CREDIT), ...text.matchAll(OUTLET_CREDIT_LINE)]) {
    const [, a, b] = m;
    if (a === undefined || b === undefined) continue;
    const paraStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(paraStart, m.index);
    if (!CAPTION_OPENING.test(before) && !BEFORE_CREDIT.test(before)) continue;
    const raw = outletCreditName(a, b);
    if (raw === null || !TWO_WORDS.test(raw)) continue; // a photographer's full name: "(Kessel/Dorvan)" is no credit
    const start = m.index + m[0].indexOf(raw, raw === b ? m[0].indexOf('/') : 0);
    const name = titleCase(raw);
    credits.push({ role: 'photo', name, key: personKey(name), span: { start, end: start + raw.length } });
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
}

function photoCredits(text: string): CreditReading {
  const credits: Credit[] = [];
  const spans: Span[] = [];
  if (text.includes('/')) outletCredits(text, credits, spans); // no slash: no credit of this form
  for (const [n, re] of PHOTO_PATTERNS.entries()) {
    if (!(PHOTO_LITERALS[n] ?? []).some((w) => text.includes(w))) continue; // no credit of this form: skip the scan
    for (const m of text.matchAll(re)) {
      const raw = m[1];
      if (raw === undefined || isAgencyOrRole(raw)) continue;
      const start = m.index + m[0].indexOf(raw);
      const name = titleCase(raw);
      credits.push({ role: 'photo', name, key: personKey(name), span: { start, end: start + raw.length } });
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return { credits, spans };
}

/** Readings by text: people, mentions, alignment and the report all ask for a version's credits. */
const creditsOf = new Map<string, CreditReading>();
const CREDITS_KEPT = 64;

/**
 * Bylines and credits of a version (regular expressions over its text), read once per text
 * (the last few texts are kept; callers must not change the reading).
 */
export function readCredits(version: NormalizedVersion): CreditReading {
  const known = creditsOf.get(version.text);
  if (known !== undefined) return known;
  const reading = readCreditsOf(version.text);
  if (creditsOf.size >= CREDITS_KEPT) creditsOf.delete(creditsOf.keys().next().value as string);
  creditsOf.set(version.text, reading);
  return reading;
}

/** Words one of which every contributor line holds (`contributorLines` finds none in a text without them). */
const CONTRIBUTOR_WORDS: readonly string[] = ['contributed', 'reported', ...CREDIT_LINE_WORDS];

/** Whether the paragraph at `start` opens with "By" after spaces (as a byline must). */
function opensWithBy(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && /\s/u.test(text[k] as string)) k++;
  return text.startsWith('By', k);
}

/** "(AP) —" after a dateline (compiled once; `matchAll` reads a copy, the constant keeps lastIndex 0). */
const AGENCY_TAG = new RegExp(String.raw`\((?:${AGENCY}|Xinhua|Kyodo|Yonhap|Anadolu|TASS|Interfax)\)(?=\s*[—–-])`, 'gu');

/**
 * Byline lines without "By" among the first lines, above the story's first sentence (a line
 * ending in a full stop or a quote: the body has begun), not those a credit already covers.
 */
function readBareBylines(text: string, credits: Credit[], spans: Span[]): void {
  let n = 0;
  for (const p of paragraphs(text, Math.min(text.length, 2000), BARE_BYLINE_LINES)) {
    if (/[.!?"”’]\s*$/u.test(text.slice(p.start, p.end))) return;
    // a lone name is a writer's only on its own line under the title ("Eric J. Lyman"), not as the title
    const alone = n++ > 0 && isTitleAbove(text, p.start);
    if (spans.some((s) => s.start < p.end && p.start < s.end)) continue;
    const found = bareBylineParagraph(text.slice(p.start, p.end), p.start, alone);
    if (found.length === 0) continue;
    credits.push(...found);
    spans.push(p);
  }
}

function readCreditsOf(text: string): CreditReading {
  const credits: Credit[] = [];
  const spans: Span[] = [];
  // most texts credit no contributor: then only a paragraph opening with "By" is read
  const credited = CONTRIBUTOR_WORDS.some((w) => text.includes(w));
  // without "By" anywhere no paragraph opens with it: no paragraph to read
  const read = credited || text.includes('By') ? paragraphs(text) : [];
  for (const p of read) {
    if (!credited && !opensWithBy(text, p.start, p.end)) continue;
    const para = text.slice(p.start, p.end);
    const byline = bylineParagraph(para, p.start);
    if (byline.length > 0) {
      credits.push(...byline);
      spans.push(p);
      continue;
    }
    const contributors = contributorLines(para, p.start);
    credits.push(...contributors.credits);
    spans.push(...contributors.spans);
  }
  readBareBylines(text, credits, spans);
  const photos = photoCredits(text);
  credits.push(...photos.credits);
  spans.push(...photos.spans);
  // The agency tag of a dateline ("PARIS (AP) —") credits the copy, it names no story organisation.
  for (const m of text.matchAll(AGENCY_TAG)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return { credits: dedupeCredits(credits), spans };
}

function dedupeCredits(credits: readonly Credit[]): Credit[] {
  const seen = new Set<string>();
  return [...credits]
    .sort((a, b) => a.span.start - b.span.start)
    .filter((c) => (seen.has(`${c.role}|${c.span.start}`) ? false : (seen.add(`${c.role}|${c.span.start}`), true)));
}

/** The credits of a version for the report, with their place in the original file. */
export function creditInfo(version: NormalizedVersion): CreditInfo[] {
  return readCredits(version).credits.map((c) => ({ role: c.role, name: c.name, key: c.key, ...version.map.place(c.span.start) }));
}

/** Whether a span lies inside (overlaps) a credit. */
export function inCredit(reading: CreditReading, span: Span): boolean {
  return reading.spans.some((s) => s.start < span.end && span.start < s.end);
}
