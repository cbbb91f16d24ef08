/**
 * Text helpers for the evaluation generator: paragraphs, sentences, numbers,
 * claim families and people, all found with plain regular expressions so that
 * the generator works on any wire story, not just the ones in `stories/`.
 * Pure functions; no state.
 */

// ---------------------------------------------------------------- seeded PRNG

/** mulberry32: a small deterministic PRNG. Returns a function giving floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one element with the PRNG, or undefined for an empty list. */
export function pick<T>(items: readonly T[], random: () => number): T | undefined {
  if (items.length === 0) return undefined;
  return items[Math.floor(random() * items.length)];
}

// ---------------------------------------------------------------- story layout

/** A story split into its date-line prefix and paragraphs (one per line, blank-line separated). */
export interface Layout {
  /** ` date YYYY-MM-DD ` prefix of the first paragraph, or ''. */
  head: string;
  paragraphs: string[];
}

const HEAD_RE = /^ date \d{4}-\d{2}-\d{2} /;

export function layout(text: string): Layout {
  const head = HEAD_RE.exec(text)?.[0] ?? '';
  const body = text.slice(head.length).replace(/\r\n?/g, '\n').trim();
  const paragraphs = body.split(/\n[ \t]*\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
  return { head, paragraphs };
}

export function render(l: Layout): string {
  return l.head + l.paragraphs.join('\n\n') + '\n';
}

// ---------------------------------------------------------------- sentences

/** A sentence of a paragraph: [start, end) in the paragraph. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATION_RE =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Gov|Rev|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|No|Inc|Co|Corp|vs|etc|U\.S|U\.N|U\.K|a\.m|p\.m|[A-Z])\.$/;

/** Splits a paragraph into sentences (keeps abbreviations such as "Nov. 11" and "U.S." together). */
export function sentences(paragraph: string): Piece[] {
  const out: Piece[] = [];
  const boundary = /[.!?]["”’]?(\s+)(?=["“‘(]?\p{Lu})/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m !== null; m = boundary.exec(paragraph)) {
    const end = m.index + m[0].length - (m[1] ?? '').length;
    const candidate = paragraph.slice(start, end);
    if (ABBREVIATION_RE.test(paragraph.slice(start, m.index + 1))) continue;
    out.push({ start, end, text: candidate });
    start = m.index + m[0].length;
  }
  if (start < paragraph.length) out.push({ start, end: paragraph.length, text: paragraph.slice(start) });
  return out;
}

// ---------------------------------------------------------------- numbers

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

const WORD_FOR: ReadonlyMap<number, string> = new Map(
  Object.entries(NUMBER_WORDS).map(([w, n]) => [n, w] as const),
);

export function numberWord(n: number): string | undefined {
  return WORD_FOR.get(n);
}

export interface NumberMention {
  start: number;
  end: number;
  raw: string;
  value: number;
  form: 'digits' | 'word';
}

const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\d.,:$-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?![\p{L}\d-]|[.,:]\d)`,
  'giu',
);
const MONTH_BEFORE_RE = new RegExp(`${MONTH}\\s*$`);

/**
 * Numbers that count something: digits and number words, without years, clock times,
 * percentages, money, calendar days and hyphenated compounds ("two-time", "30-day").
 */
export function countNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const isWord = /^\p{L}/u.test(raw);
    const value = isWord ? (NUMBER_WORDS[raw.toLowerCase()] ?? NaN) : Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const after = text.slice(end, end + 12);
    const before = text.slice(Math.max(0, start - 12), start);
    if (!isWord && /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) continue; // a year
    if (/^\s*(?:%|percent|a\.m\.|p\.m\.|degrees|billion|million)/i.test(after)) continue;
    if (MONTH_BEFORE_RE.test(before)) continue; // "Nov. 11", "March 1"
    if (/[$€£]\s*$/.test(before)) continue;
    out.push({ start, end, raw, value, form: isWord ? 'word' : 'digits' });
  }
  return out;
}

/** Every numeric value in a text (digits and number words), for "values kept" checks. */
export function numberValues(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const raw = m[0];
    const v = /^\p{L}/u.test(raw) ? NUMBER_WORDS[raw.toLowerCase()] : Number(raw.replace(/,/g, ''));
    if (v !== undefined && Number.isFinite(v)) out.push(v);
  }
  return out.sort((a, b) => a - b);
}

export function formatLike(value: number, like: NumberMention): string {
  if (like.form === 'word') {
    const w = numberWord(value) ?? String(value);
    return /^\p{Lu}/u.test(like.raw) ? capitalize(w) : w;
  }
  return like.raw.includes(',') || value >= 10_000 ? value.toLocaleString('en-US') : String(value);
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------- claim families

/** Generic claim families and the rule ids of rules/news-core.yaml they correspond to. */
export const RULE = {
  deaths: 'death-toll',
  injured: 'injured',
  missing: 'missing',
  countries: 'countries-count',
  people: 'people-count',
  dates: 'event-dates',
  people_named: 'people-named',
  places: 'places-and-orgs-named',
} as const;

/** Verbs before a number that tie it to a claim ("killing at least 14", "injuring 34"). */
const BEFORE_CUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:killing|killed|kill)\b/i, RULE.deaths],
  [/\b(?:injuring|injured|wounding|wounded)\b/i, RULE.injured],
  [/\b(?:evacuation|evacuating|evacuated)\b/i, RULE.people],
];

/** Words after a number, in priority order. */
const AFTER_CUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:killed|killing|dead|deaths?|died|fatalities|bodies|lives)\b/i, RULE.deaths],
  [/\b(?:injured|injuries|wounded|hurt|hospitals?|hospitali[sz]ed|treated)\b/i, RULE.injured],
  [/\b(?:missing|unaccounted|trapped)\b/i, RULE.missing],
  [/\b(?:countries|nations)\b/i, RULE.countries],
  [/\b(?:people|residents|evacuees|workers|families|delegates|activists|firefighters|soldiers)\b/i, RULE.people],
];

/**
 * The claim family of a counted number: a cue verb up to four words before it, else a cue
 * word up to five words after it, never across clause punctuation or another number.
 */
export function familyOf(sentence: string, n: NumberMention): string | null {
  const beforeText = sentence.slice(0, n.start);
  const beforeClause = beforeText.split(/[,;:—–]|\d|\b(?:and|but)\b/).pop() ?? '';
  const beforeWords = beforeClause.trim().split(/\s+/).slice(-4).join(' ');
  for (const [re, rule] of BEFORE_CUES) if (re.test(beforeWords)) return rule;
  const afterText = sentence.slice(n.end);
  const afterClause = afterText.split(/[,;:.—–]|\d/)[0] ?? '';
  const afterWords = afterClause.trim().split(/\s+/).slice(0, 5).join(' ');
  for (const [re, rule] of AFTER_CUES) if (re.test(afterWords)) return rule;
  return null;
}

// ---------------------------------------------------------------- people

/** Words that introduce a name ("Interior Minister", "Judge", "Kenyan President") and are no part of it. */
const TITLE_WORDS = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Ministers', 'Secretary', 'Governor', 'Mayor', 'Judge', 'Justice',
  'Chief', 'Advocate', 'Prosecutor', 'Commander', 'Director', 'Managing', 'General', 'Officer', 'Dean',
  'Deputy', 'Senator', 'Ambassador', 'King', 'Queen', 'Pope', 'Sheikh', 'Chancellor', 'Envoy', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Analyst', 'Activist', 'Former', 'Retired', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Gen', 'Lt', 'Col', 'Sen', 'Rep', 'Gov', 'Adviser', 'Advisor', 'Chairman', 'Chairwoman', 'Professor',
]);
/** Capitalised words that start a sentence or a phrase and are never a name. */
const NOT_NAME_WORDS = new Set([
  'In', 'By', 'On', 'At', 'The', 'A', 'An', 'Of', 'For', 'From', 'With', 'After', 'Before', 'Outside', 'Inside',
  'Until', 'Since', 'During', 'And', 'But', 'When', 'While', 'Those', 'Other', 'Another', 'Local', 'Police',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Lake', 'River',
  'Mount', 'North', 'South', 'East', 'West', 'New', 'United', 'National', 'World', 'Saint', 'San', 'Santa',
]);
const SPEECH_VERBS = 'said|says|told|wrote|added|urged|asked|announced|thanked|promised|warned|called|faces|denies';
const PARTICLES = new Set(['da', 'de', 'del', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al']);
const NAME_RUN_RE = /(?<![\p{L}’'])\p{Lu}\p{Ll}[\p{L}-]*\.?(?:\s+(?:(?:da|de|del|dos|das|van|von|der|den|la|le|bin|al)\s+)*\p{Lu}\p{Ll}[\p{L}-]*\.?)+/gu;

export interface PersonName {
  /** Full name as first written, e.g. "Luis Quispe Tapia". */
  name: string;
  /** The short form used later on its own, e.g. "Quispe". */
  short: string;
}

/** The name part of a capitalised run: the words after its last title word. */
export function nameOfRun(run: string): string | null {
  const words = run.split(/\s+/);
  let first = 0;
  words.forEach((w, i) => {
    if (TITLE_WORDS.has(w.replace(/\.$/, ''))) first = i + 1;
  });
  while (first < words.length && NOT_NAME_WORDS.has(words[first]!)) first++;
  const rest = words.slice(first);
  while (rest.length > 0 && PARTICLES.has(rest[0]!)) rest.shift();
  const capitalised = rest.filter((w) => !PARTICLES.has(w));
  if (capitalised.length < 2 || capitalised.length > 4) return null;
  if (rest.some((w) => w.endsWith('.') || NOT_NAME_WORDS.has(w))) return null;
  return rest.join(' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word standing on its own as a capitalised name (not inside a longer capitalised run). */
export function standaloneRe(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}’'-]|\\p{Lu}\\p{Ll}+\\s)${escapeRe(word)}(?![\\p{L}-]|\\s+\\p{Lu}\\p{Ll})`, 'u');
}

/**
 * People of a story: capitalised runs (titles stripped) of two to four words, one of whose
 * later words is used again on its own elsewhere ("Luis Quispe Tapia" … "Quispe said"), and
 * that either followed a title or speaks ("Quispe said"). Places and organisations rarely pass.
 */
export function people(text: string): PersonName[] {
  const seen = new Map<string, PersonName>();
  for (const m of text.matchAll(NAME_RUN_RE)) {
    const name = nameOfRun(m[0]);
    if (name === null || seen.has(name)) continue;
    const titled = name !== m[0].trim();
    const rest = text.split(name).join(' ');
    const words = name.split(/\s+/).slice(1).filter((w) => !PARTICLES.has(w));
    const short = words.find((w) => standaloneRe(w).test(rest));
    if (short === undefined) continue;
    const speaks = new RegExp(
      `(?:${escapeRe(short)}(?:,[^,.]{0,60},)?\\s+(?:${SPEECH_VERBS})\\b)|(?:\\b(?:${SPEECH_VERBS})\\s+${escapeRe(short)}\\b)`,
      'u',
    ).test(text);
    if (!titled && !speaks) continue;
    if ([...seen.values()].some((p) => p.short === short)) continue; // ambiguous short form
    seen.set(name, { name, short });
  }
  return [...seen.values()];
}

/** Occurrences of a literal in a text. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Whether a person is still named in a text (full name or standalone short form). */
export function stillNamed(text: string, p: PersonName): boolean {
  return text.includes(p.name) || standaloneRe(p.short).test(text.split(p.name).join(' '));
}
