import type { Qualifier } from '../types.js';

/**
 * The words of one language that factlint reads facts with, as data. One lexicon per
 * language (src/lang/<code>/index.ts), picked by a version's language (src/lang/index.ts).
 * All words are lower case. Titles, given names and organisation heads live in
 * src/lang/<code>/people.ts.
 */
export interface Lexicon {
  /** ISO 639-1 code ("en"). */
  code: string;
  /** English name of the language, for messages. */
  name: string;
  calendar: CalendarWords;
  numbers: NumberWords;
  /** Qualifier phrases before a number ("at least", "around"), matched longest first. */
  qualifiers: ReadonlyArray<readonly [string, Qualifier]>;
  /** How a qualifier is written in reports ("more than"); empty for ranges. */
  qualifierDisplay: Readonly<Record<Qualifier, string>>;
  /** Verb forms before "from A to B" that make it a change ("rose from 120 to 157"), not a range. */
  changeVerbs: readonly string[];
  /** Unit synonym classes (the first word is the class head): people, countries, children … */
  unitClasses: ReadonlyArray<readonly string[]>;
  /** Nouns counted in casualty and harm figures ("three people", "12 bodies"). */
  casualtyNouns: readonly string[];
  money: MoneyWords;
  clauses: ClauseWords;
  boilerplate: BoilerplatePatterns;
  /** The commonest function words: a text in this language has many of them (language detection). */
  stopWords: readonly string[];
}

export interface CalendarWords {
  /** January … December (index + 1 = month number). */
  months: readonly string[];
  /** Abbreviations without the dot -> month number ("sept" -> 9). */
  monthAbbreviations: Readonly<Record<string, number>>;
  /** Month names that are also common words ("may"): only a capitalised one is a month. */
  monthsThatAreWords: readonly string[];
  /** Sunday … Saturday (index = Date#getUTCDay). */
  weekdays: readonly string[];
  /** Abbreviations without the dot -> weekday number ("thurs" -> 4). */
  weekdayAbbreviations: Readonly<Record<string, number>>;
  partsOfDay: readonly string[];
  /** Days named relative to today: today, tonight, yesterday, tomorrow. */
  relativeDays: readonly string[];
  /** Periods of "last/this/next week". */
  periods: readonly string[];
  /** Words that point forward or back ("next week", "the previous day"). */
  nextWords: readonly string[];
  lastWords: readonly string[];
  /** Named days that are dates, not names ("Christmas"). */
  holidays: readonly string[];
}

export interface NumberWords {
  /** zero … nineteen. */
  units: Readonly<Record<string, number>>;
  /** twenty … ninety. */
  tens: Readonly<Record<string, number>>;
  hundred: string;
  dozen: string;
  /** thousand, million … */
  scales: Readonly<Record<string, number>>;
  /** Written abbreviations of scales ("bn", "mln"). */
  scaleAbbreviations: Readonly<Record<string, number>>;
  /** Plural magnitudes that make a vague count on their own ("dozens" -> 12). */
  vague: Readonly<Record<string, number>>;
  /** Plural scales after "tens of" / "hundreds of". */
  vagueScales: Readonly<Record<string, number>>;
  /** Singular bases after "several" / "a few". */
  fewBases: Readonly<Record<string, number>>;
  /** Words that join the two ends of a range ("between 12 and 15", "12 to 15", "two or three"). */
  rangeWords: readonly string[];
}

export interface MoneyWords {
  /** Currency names and phrases written after a number ("dollars", "swiss francs") -> ISO 4217 code. */
  names: Readonly<Record<string, string>>;
  /**
   * A name that does not say whose currency it is ("pesos") -> the ISO codes it may stand for: the
   * sum's currency is the name itself, equal to the same amount in any of those codes.
   */
  genericNames: Readonly<Record<string, readonly string[]>>;
  /**
   * Cue words that name the giving of a sum, not what it is for ("pledged", "grant"): a sum's
   * purpose (check/party.ts) is the nearest other cue ("for reconstruction", "in emergency aid").
   */
  givingWords: readonly string[];
  /** Currency names that are also units of weight ("400 pounds"): money only after a scale word. */
  alsoWeights: readonly string[];
  /** Scale abbreviations written right after the digits of a sum ("$32m", "€1.2bn", "$5k"). */
  scaleSuffixes: Readonly<Record<string, number>>;
}

export interface ClauseWords {
  /** A contrast always starts another clause ("but", "while"). */
  contrasts: readonly string[];
  /** Coordinating conjunctions that may open a new clause or list item. */
  conjunctions: readonly string[];
  /**
   * Words opening a subordinate clause: a cue after a figure and past one of these is the
   * other clause's ("the toll rose to 19 after a man injured in the storm died").
   */
  subordinators: readonly string[];
}

export interface BoilerplatePatterns {
  /** "Follow … coverage at URL" lines. */
  follow: RegExp;
  copyright: RegExp;
  /** "Credit: AP" lines. */
  credit: RegExp;
  /** Page furniture: "Advertisement", "Share this article", "Read more: <another story>". */
  chrome: RegExp;
}
