/**
 * English words that tell which items of a sentence are facts a rewrite may not lose
 * (src/align/dropped.ts, rule `dropped-fact`): a count, an amount, a measure, a named person or
 * place, a day of the calendar. An age, a round clock time, a decade of the past or a day named relative
 * to the copy's own day ("today") is detail or background a rewrite rewords freely.
 */

/** Words of a clock time: "11 a.m.", "at noon", "midnight" (dropped.ts keeps a time to the minute, "4:12 a.m."). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', 'noon', 'midday', 'midnight', "o'clock", 'o’clock', 'gmt', 'utc']);

/** Units of an age after its figure ("a 7-year-old girl", "a six-month-old baby", "52 years old"). */
export const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** The word after an age's unit ("-year-old", "years old"). */
export const AGE_OLD = 'old';


/**
 * Units of a duration a rewrite may blur ("worked for six hours", "a 12-hour operation", "within
 * minutes"): detail of how long something took, not a count of the story. Days and longer stay facts.
 */
export const MINOR_DURATION_UNITS: ReadonlySet<string> = new Set(['hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'hrs', 'mins']);

/**
 * Seasons: "through the winter night", "in the summer heat" set a scene; with a year ("the spring
 * of 2019") the date is a fact through its year.
 */
export const SEASON_WORDS: ReadonlySet<string> = new Set(['winter', 'summer', 'spring', 'autumn', 'fall', 'wintry', 'wintertime', 'summertime']);

/** Possessives before a count of someone's own relatives ("his two daughters", "the couple's three children"). */
export const KIN_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your', "'s", '’s', "'", '’']);

/**
 * Relatives counted after a possessive: "dug his two daughters out of the rubble" -> "dug his
 * daughters out" loses a detail of one family, no count of the story. Only small counts (`KIN_COUNT_MAX`).
 */
export const KIN_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'children', 'kids', 'sons', 'daughters', 'brothers', 'sisters', 'siblings', 'grandchildren', 'grandsons', 'granddaughters',
  'nephews', 'nieces', 'cousins', 'parents', 'grandparents', 'twins', 'stepchildren', 'stepsons', 'stepdaughters', 'babies', 'wives',
  'uncles', 'aunts',
]);
export const KIN_COUNT_MAX = 12;
