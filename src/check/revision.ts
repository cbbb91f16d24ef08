import { DEATH_VERBS, DOWNWARD_REVISION_PHRASES, DOWNWARD_REVISION_WORDS, OFFSET_UNITS } from '../lang/en/quantities.js';
import {
  CLAUSE_OPENERS, INJURY_NOUNS, ONE_WORDS, RESET_VERBS, REVISION_FILLERS, RISE_VERBS, RISING_FORMS, REVISION_OBJECT_NOUNS, REVISION_REACH, REVISION_REASON_PHRASES,
  RISE_FORECAST_WORDS, SUBJECT_BREAKS, TOLL_RISING_FILLERS, TOLL_RISING_REACH,
} from '../lang/en/revisions.js';
import { EN } from '../lang/en/index.js';
import { numberWords } from '../lang/index.js';
import { parseQuantity } from '../read/numbers.js';

const NUMBER_WORDS: ReadonlySet<string> = numberWords(EN, { vague: false });
/** Words (with inner digits' commas, hyphens, apostrophes) and the punctuation that ends a clause. */
const TOKEN = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*|[;:—–,()]/gu;
const HARD_BREAK: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', ')']);
/** Prepositions a subject's count never stands behind ("rises to five as wounded student dies"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['to', 'at', 'in', 'on', 'from', 'with', 'by', 'for']);

/** A revision word or phrase at `at`, `length` tokens long. */
interface Mark {
  at: number;
  length: number;
}

/**
 * Whether a sentence says its figure was lowered on purpose ("India lowers stampede toll to
 * 24", "revised the toll to 24, down from 31", "some victims were counted twice"). A version
 * that gives a lower toll in such a sentence corrects the earlier figure: an update, and the
 * new base for later versions, not a contradiction.
 *
 * The revision word must govern the figure (`figure`, the value's text; without it, any
 * number of the sentence) or a count noun of the figure's clause: "villages reduced to
 * rubble" or "flags lowered to half-staff" next to a toll are idioms, no correction.
 */
export function statesDownwardRevision(sentence: string, figure?: string): boolean {
  const tokens = sentence.toLowerCase().match(TOKEN) ?? [];
  if (hasPair(tokens, REVISION_REASON_PHRASES)) return true;
  const marks = revisionMarks(tokens);
  if (marks.length === 0) return false;
  const figures = figureRanges(tokens, figure);
  return marks.some((m) => !idiom(tokens, m) && figures.some((f) => governs(tokens, m, f)));
}

/**
 * Whether a sentence lowers its figure on purpose from `old` ("lowered the toll to 21 from 24",
 * "revised down to 287 from 310"): a later version that names the figure it withdrew confirms
 * that an earlier version really gave it.
 */
export function revisedFrom(sentence: string, figure: string, old: number): boolean {
  if (!statesDownwardRevision(sentence, figure)) return false;
  const tokens = sentence.toLowerCase().match(TOKEN) ?? [];
  return tokens.some((w, i) => w === 'from' && isFigure(tokens[i + 1]) && parseQuantity(tokens[i + 1] as string)?.value === old);
}

/**
 * Whether a sentence says its figure was set anew on purpose, either way: a downward revision
 * (`statesDownwardRevision`) or a verb that resets a count ("Police later revised the toll to 12",
 * "officials raised the toll to 16", RESET_VERBS), governing the figure as there.
 */
export function statesRevision(sentence: string, figure?: string): boolean {
  return statesDownwardRevision(sentence, figure) || verbGoverns(RESET_VERBS, sentence, figure);
}

/**
 * Whether a sentence says its figure rose to where it stands ("the death toll rose to 19",
 * "Toll climbs to 19", RISE_VERBS), the verb governing the figure as in `statesRevision`.
 */
export function statesRise(sentence: string, figure?: string): boolean {
  return verbGoverns(RISE_VERBS, sentence, figure);
}

/**
 * Whether a sentence with no figure says the count a rule tracks is rising ("with the death toll
 * rising after more bodies were pulled from the ruins", "the number of dead continues to rise"):
 * a cue of the rule (`cues`, lower case), then within TOLL_RISING_REACH words a rise verb.
 */
export function statesTollRising(sentence: string, cues: readonly string[]): boolean {
  const tokens = sentence.toLowerCase().match(TOKEN) ?? [];
  // a figure of time ('Two days after a deadly quake …') is no count
  if (tokens.some((w, i) => (isFigure(w) && !OFFSET_UNITS.has(tokens[i + 1] ?? '')) || RISE_FORECAST_WORDS.has(w))) return false;
  for (const cue of cues) {
    const words = cue.toLowerCase().match(TOKEN) ?? [];
    if (words.length === 0) continue;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!words.every((w, j) => tokens[i + j] === w)) continue;
      const after = tokens.slice(i + words.length, i + words.length + TOLL_RISING_REACH);
      const verb = after.findIndex((w) => RISE_VERBS.has(w) || RISING_FORMS.has(w));
      if (verb >= 0 && after.slice(0, verb).every((w) => TOLL_RISING_FILLERS.has(w))) return true;
    }
  }
  return false;
}

/** The words before a figure listed after a risen one: "has risen to 1,037 dead and [1,204 injured]". */
const LISTED_AFTER_RISE = /\b([a-z]+) to [\d.,]+(?: [a-z]+){0,2},? and $/u;
const LIST_REACH = 80;

/**
 * Whether a figure is the second of a list a rise verb sets ("the toll has risen to 1,037 dead and
 * 1,204 injured"): the verb governs the list, so the second figure rose too.
 */
export function statesRiseInList(sentence: string, figure: string): boolean {
  const at = sentence.indexOf(figure);
  if (at < 0) return false;
  const m = LISTED_AFTER_RISE.exec(sentence.slice(Math.max(0, at - LIST_REACH), at).toLowerCase());
  return m !== null && RISE_VERBS.has(m[1] as string);
}

/** Whether one of `verbs` governs the figure of the sentence (`governs`), in no idiom. */
function verbGoverns(verbs: ReadonlySet<string>, sentence: string, figure: string | undefined): boolean {
  const tokens = sentence.toLowerCase().match(TOKEN) ?? [];
  const marks: Mark[] = [];
  tokens.forEach((w, i) => {
    if (verbs.has(w)) marks.push({ at: i, length: 1 });
  });
  if (marks.length === 0) return false;
  const figures = figureRanges(tokens, figure);
  return marks.some((m) => !idiom(tokens, m) && figures.some((f) => governs(tokens, m, f)));
}

function hasPair(tokens: readonly string[], pairs: ReadonlyArray<readonly string[]>): boolean {
  return tokens.some((w, i) => pairs.some((p) => p[0] === w && p[1] === tokens[i + 1]));
}

function revisionMarks(tokens: readonly string[]): Mark[] {
  const marks: Mark[] = [];
  tokens.forEach((w, i) => {
    if (DOWNWARD_REVISION_WORDS.has(w)) marks.push({ at: i, length: 1 });
    else if (DOWNWARD_REVISION_PHRASES.some((p) => p[0] === w && p[1] === tokens[i + 1])) marks.push({ at: i, length: 2 });
  });
  return marks;
}

function isFigure(w: string | undefined): boolean {
  return w !== undefined && (/\d/.test(w) || NUMBER_WORDS.has(w));
}

/** Token ranges [start, end) of the figure in the sentence (every number when no figure is given). */
function figureRanges(tokens: readonly string[], figure: string | undefined): Array<[number, number]> {
  const want = figure?.toLowerCase().match(TOKEN) ?? [];
  if (want.length === 0) return tokens.flatMap((w, i): Array<[number, number]> => (isFigure(w) ? [[i, i + 1]] : []));
  for (let i = 0; i + want.length <= tokens.length; i++) {
    if (want.every((w, k) => tokens[i + k] === w)) return [[i, i + want.length]];
  }
  // written otherwise in the sentence (quotes, spacing): every number may be it
  return figureRanges(tokens, undefined);
}

/**
 * "reduced to rubble", "lowered to half-staff": the revision word's "to" takes a word that is
 * no figure and no filler before one.
 */
function idiom(tokens: readonly string[], m: Mark): boolean {
  let k = m.at + m.length;
  if (m.length === 1 && tokens[k] === 'down') k++;
  if (tokens[k] !== 'to' && !(m.length === 2 && tokens[m.at + 1] === 'to')) return false;
  if (tokens[k] === 'to') k++;
  const next = tokens[k];
  return next !== undefined && !isFigure(next) && !REVISION_FILLERS.has(next) && !REVISION_OBJECT_NOUNS.has(next);
}

/** No clause break between two token positions ("; ", " — ", ", as ..."). */
function sameClause(tokens: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as string;
    if (HARD_BREAK.has(t) || (t === ',' && CLAUSE_OPENERS.has(tokens[k + 1] ?? ''))) return false;
  }
  return true;
}

/**
 * The mark sets the figure: only fillers between them ("revised down to 15", "24, down from
 * 31"), or a count noun next to the mark ("revised the death toll ... to 8", "the toll was
 * lowered"), all in one clause and within `REVISION_REACH` words.
 */
function governs(tokens: readonly string[], m: Mark, f: [number, number]): boolean {
  const end = m.at + m.length;
  const [from, to] = f[0] >= end ? [end, f[0]] : [f[1], m.at];
  if (to - from > REVISION_REACH || !sameClause(tokens, from, to)) return false;
  const between = tokens.slice(from, to);
  if (between.every((w) => w === ',' || REVISION_FILLERS.has(w))) return true;
  return countNounNear(tokens, m);
}

/** A count noun within four words before the mark or five after it, in its clause. */
function countNounNear(tokens: readonly string[], m: Mark): boolean {
  const end = m.at + m.length;
  for (let k = Math.max(0, m.at - 4); k < Math.min(end + 5, tokens.length); k++) {
    if (k >= m.at && k < end) continue;
    if (REVISION_OBJECT_NOUNS.has(tokens[k] as string) && sameClause(tokens, Math.min(k, end), Math.max(k, m.at))) return true;
  }
  return false;
}

/**
 * How many injured people a version says died ("A student wounded in the shooting died in
 * hospital", "two injured passengers died", "an elderly man died of his injuries"): the
 * largest count any sentence gives, 0 when none says so. `cues` are the injured rule's
 * words ("wounded", "injured"). A later injured count that falls by no more than this, while
 * the toll takes them, is an update, not a contradiction.
 */
/** Any word of DEATH_VERBS in a sentence, tested before its words are split (compiled once). */
const DEATH_VERB_TEST = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...DEATH_VERBS].join('|')})(?![\\p{L}\\p{N}])`, 'iu');

export function injuredWhoDied(sentences: readonly string[], cues: readonly string[]): number {
  const cueWords = new Set(cues.filter((c) => !c.includes(' ')));
  // a rule that counts the dead ("died" is its cue) never falls because people died
  if ([...cueWords].some((c) => DEATH_VERBS.has(c))) return 0;
  let most = 0;
  for (const sentence of sentences) {
    if (!DEATH_VERB_TEST.test(sentence)) continue; // most sentences: no death verb, nothing to tokenise
    const tokens = sentence.toLowerCase().match(TOKEN) ?? [];
    tokens.forEach((w, d) => {
      if (!DEATH_VERBS.has(w)) return;
      const subject = injuredSubject(tokens, d, cueWords);
      if (subject >= 0) most = Math.max(most, countBefore(tokens, subject));
    });
  }
  return most;
}

/**
 * Where the injured who died are named for the death verb at `d`: an injured word before it in
 * the same subject (no "and", no other figure between: "nine were wounded and two died" is
 * about others), or an injury noun right after it ("died of his wounds"); -1 when neither.
 */
function injuredSubject(tokens: readonly string[], d: number, cues: ReadonlySet<string>): number {
  for (let k = d - 1; k >= Math.max(0, d - REVISION_REACH); k--) {
    const t = tokens[k] as string;
    if (SUBJECT_BREAKS.has(t) || HARD_BREAK.has(t) || isFigure(t)) break;
    if (cues.has(t)) return k;
  }
  const after = tokens.slice(d + 1, d + 5);
  return after.some((t) => INJURY_NOUNS.has(t)) ? d : -1;
}

/** The count of the subject ending at `at`: a figure up to four words before it, else one ("a student wounded ..."). */
function countBefore(tokens: readonly string[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = tokens[k] as string;
    if (HARD_BREAK.has(t) || t === ',' || CLAUSE_OPENERS.has(t) || SUBJECT_BREAKS.has(t) || PHRASE_ENDS.has(t)) break;
    if (ONE_WORDS.has(t)) return 1;
    if (isFigure(t)) return Number(parseQuantity(t)?.value ?? 1);
  }
  return 1;
}
