/**
 * A version that disagrees with itself: its title gives one figure of the story's headline fact
 * and its lede another, with no word that tells them apart. "Search Ends as Toll Hits 58" over a
 * lede "the quake that killed 85 people" is an error of the copy (an AI rewrite, a hurried
 * update of one of the two), whatever the other versions say; the claim table keeps only the
 * version's first figure as its headline and sets the other aside, so no comparison across
 * versions sees it.
 */
import { hasHeadline } from '../extract/claims.js';
import { kindOf } from '../kinds/index.js';
import { boundHolds, boundsAgree, roundMark, roundsDownTo } from '../kinds/hedges.js';
import { FROM_WORDS, OTHER_MOMENT_WORDS, SHARE_OF_WORDS } from '../lang/en/copies.js';
import { PAST_MARK_VERBS } from '../lang/en/revisions.js';
import { PART_OPENERS } from '../lang/en/quantities.js';
import { EN } from '../lang/en/index.js';
import { numberWords } from '../lang/index.js';
import type { ClaimValue, Finding } from '../types.js';
import { compatibleKeys } from './compatible.js';
import { capSeverity, comparedFigure, type RuleCheckInput } from './context.js';
import { displayValue, evidenceOf } from './evidence.js';
import { statesRevision, statesRise } from './revision.js';
import { transposedDigits } from './transposed.js';

/** A title has at most this many words; a lede sentence at least `LEDE_MIN_WORDS`. */
const TITLE_MAX_WORDS = 25;
const LEDE_MIN_WORDS = 8;
/** The lede is looked for among this many sentences after the title (a byline, a dateline, a kicker between). */
const LEDE_REACH = 5;

const NUMBER_WORDS: ReadonlySet<string> = numberWords(EN, { vague: false });
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/**
 * For a rule that tracks one figure of the story (a toll, the injured): each version whose title
 * gives one figure and whose lede (its first sentence of prose) gives one other figure, neither a
 * part nor background, the two not allowed by each other's hedge, of the same fact, and no word
 * that sets one of them at another moment ("earlier", "up from 34", "three more", "could rise",
 * a rise or revision told in the lede), and a smaller lede figure not told as a share ("Of those
 * killed, 23 were ..."): a warning "the version disagrees with itself".
 */
export function selfContradictions(input: RuleCheckInput): Finding[] {
  const { rule } = input;
  const sentencesOf = input.sentencesOf;
  if (!hasHeadline(rule) || rule.kind !== 'quantity' || sentencesOf === undefined) return [];
  const findings: Finding[] = [];
  for (const v of input.versions) {
    const values = input.values.get(v.id) ?? [];
    if (values.length < 2) continue; // the usual case: one figure, nothing to disagree with
    const sentences = sentencesOf(v.id);
    const title = sentences[0];
    if (title === undefined || !isTitle(title)) continue;
    const lede = ledeOf(sentences);
    if (lede === undefined) continue;
    const t = onlyFigure(values.filter((x) => x.sentence === title && stated(x)));
    const l = onlyFigure(values.filter((x) => x.sentence === lede && stated(x)));
    if (t === undefined || l === undefined) continue;
    // a title the lede says the figure rose past ("at least 30" over "rose to 52"): stale, whatever its hedge allows
    if (t.key !== l.key && statesRise(lede) && Number(comparedFigure(l)) > Number(comparedFigure(t)) && !tellsOtherMoment(title) && !pastMark(t, l)) {
      findings.push(staleTitleFinding(input, t, l));
      continue;
    }
    if (agree(input, t, l)) continue;
    const factOf = kindOf(rule.kind).factOf;
    if (factOf !== undefined && factOf(t) !== factOf(l)) continue;
    if (tellsOtherMoment(title) || tellsOtherMoment(lede) || statesRise(lede) || statesRevision(lede)) continue;
    if (Number(comparedFigure(l)) < Number(comparedFigure(t)) && tellsShare(lede)) continue;
    findings.push(selfFinding(input, t, l));
  }
  return findings;
}

/** A figure the version states as its own: no part, no background, read for sure, one figure (no range), not vague ("dozens"). */
const stated = (x: ClaimValue): boolean =>
  x.role !== 'part' && x.role !== 'background' && !x.uncertain && x.high === undefined && x.qualifier !== 'several' && x.kind === 'quantity';

/** The one figure of a sentence (repeated as it may be), or undefined for none or two. */
function onlyFigure(xs: readonly ClaimValue[]): ClaimValue | undefined {
  const first = xs[0];
  return first !== undefined && xs.every((x) => x.key === first.key) ? first : undefined;
}

/** Whether two figures say the same: one key, or a hedge the other satisfies; two hedged figures are left alone. */
function agree(input: RuleCheckInput, a: ClaimValue, b: ClaimValue): boolean {
  if (compatibleKeys(input.rule.kind, a.key, b.key) || boundsAgree(a, b)) return true;
  return a.qualifier !== null && b.qualifier !== null;
}

/** A headline line: no closing full stop, question or exclamation mark, and short. */
function isTitle(sentence: string): boolean {
  if (closesProse(sentence)) return false;
  const n = wordsOf(sentence).length;
  return n >= 3 && n <= TITLE_MAX_WORDS;
}

/** The first sentence of prose after the title: closed by a full stop (or ! ?) and long enough (not a byline or a heading). */
function ledeOf(sentences: readonly string[]): string | undefined {
  for (let i = 1; i <= LEDE_REACH && i < sentences.length; i++) {
    const s = sentences[i] as string;
    if (closesProse(s) && wordsOf(s).length >= LEDE_MIN_WORDS) return s;
  }
  return undefined;
}

/** Whether a sentence ends as prose does: a full stop, ! or ?, before any closing quotes or brackets. */
function closesProse(sentence: string): boolean {
  return /[.!?]$/u.test(sentence.trimEnd().replace(/["”’')\]]+$/u, ''));
}

/** Whether a sentence sets a figure at another moment or as another count ("initially", "up from 34", "three more", "could rise"). */
function tellsOtherMoment(sentence: string): boolean {
  const words = wordsOf(sentence);
  return words.some((w, i) => OTHER_MOMENT_WORDS.has(w) || (FROM_WORDS.has(w) && isFigureWord(words[i + 1])));
}

/** Whether a sentence gives a share of a count ("Of those killed, 23 were ...", "including 12 children"). */
function tellsShare(sentence: string): boolean {
  const words = wordsOf(sentence);
  return words.some((w, i) => PART_OPENERS.has(w) || (w === 'of' && SHARE_OF_WORDS.has(words[i + 1] ?? '')));
}

const isFigureWord = (w: string | undefined): boolean => w !== undefined && (/^\p{N}/u.test(w) || NUMBER_WORDS.has(w));

/**
 * A title that gives a mark the lede's figure is past: "Toll passes 200" over "rose to 214", or a
 * round "over" mark that the figure rounds down to ("Over 300 dead" over "rose to 328", "Over a
 * dozen killed" over 14): no stale title. "at least 30" over "rose to 52" stays one.
 */
function pastMark(t: ClaimValue, l: ClaimValue): boolean {
  if (!boundHolds(t, l)) return false;
  if (wordsOf(t.text).some((w) => PAST_MARK_VERBS.has(w))) return true;
  if (t.qualifier !== 'more-than' || !roundMark(t)) return false;
  const figure = Number(comparedFigure(l));
  return DIGIT.test(t.text) ? roundsDownTo(figure, Number(comparedFigure(t))) : figure <= Number(comparedFigure(t)) * WORDED_MARK_SLACK;
}

/** How far past a mark written in words ("over a dozen") a figure may be and still be that mark (14 for a dozen). */
const WORDED_MARK_SLACK = 1.5;
const DIGIT = /\d/u;

/** The warning of `selfContradictions`: the title's figure `t` and the lede's `l` of one version. */
function selfFinding(input: RuleCheckInput, t: ClaimValue, l: ClaimValue): Finding {
  const { rule } = input;
  const transposed = transposedDigits(comparedFigure(t), comparedFigure(l));
  return {
    rule: rule.id,
    type: 'contradiction',
    severity: capSeverity(rule.severity, 'warning'),
    subject: rule.label,
    versions: [t.version],
    message:
      `${rule.label}: ${t.version} disagrees with itself: its headline says ${displayValue(t)}, its lede ${displayValue(l)}` +
      (transposed ? ' (the digits look transposed)' : ''),
    actual: displayValue(l),
    expected: displayValue(t),
    evidence: [evidenceOf(t, input.paths.get(t.version)), evidenceOf(l, input.paths.get(l.version))],
  };
}

/**
 * A title an update left behind: its lede says the figure rose past it ("Quake kills at least 30"
 * over "the death toll … rose to 52 on Friday"). The lede's figure is the version's
 * (extract/claims.ts); the title is stale, information a fact-checker wants and the desk fixes.
 */
function staleTitleFinding(input: RuleCheckInput, t: ClaimValue, l: ClaimValue): Finding {
  const { rule } = input;
  return {
    rule: rule.id,
    type: 'stale',
    severity: capSeverity(rule.severity, 'warning'),
    subject: rule.label,
    versions: [t.version],
    message: `${rule.label}: ${t.version}'s headline still says ${displayValue(t)}; its lede says the figure rose to ${displayValue(l)}`,
    actual: displayValue(t),
    expected: displayValue(l),
    evidence: [evidenceOf(t, input.paths.get(t.version)), evidenceOf(l, input.paths.get(l.version))],
  };
}
