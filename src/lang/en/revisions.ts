/**
 * English words that tell a figure changed for a reason the story gives: a toll lowered on
 * purpose (a correction) and injured people who then died (the injured count falls, the
 * toll rises). Data only; read by src/check/revision.ts.
 */

/**
 * Nouns a revision word governs when it corrects a count: "revised the death toll to 8",
 * "lowered the number of dead", "the toll was revised down", "the revised figure of 24".
 */
export const REVISION_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'toll', 'tolls', 'tally', 'count', 'number', 'numbers', 'figure', 'figures', 'total', 'estimate', 'estimates',
]);

/**
 * Words that may stand between a revision word and the figure it sets ("revised down to 15",
 * "lowered it to at least 20"): nothing else, or the word governs something else
 * ("villages reduced to rubble", "flags lowered to half-staff").
 */
export const REVISION_FILLERS: ReadonlySet<string> = new Set([
  'to', 'down', 'downward', 'downwards', 'from', 'it', 'its', 'the', 'at', 'least', 'about', 'around', 'some', 'only',
  'just', 'nearly', 'almost', 'roughly', 'approximately', 'on', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday',
]);

/**
 * Word pairs that explain a lower figure wherever they stand in its sentence (they are no
 * idiom): "after some victims had been counted twice".
 */
export const REVISION_REASON_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['counted', 'twice'], ['double', 'counting'], ['double', 'counted'], ['counted', 'double'],
];

/** Words that open another clause after a comma (", as rescuers searched ..."): a revision word past them governs nothing before. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'whereas', 'but', 'although', 'though']);

/**
 * Verbs that say a count was set anew on purpose ("Police later revised the toll to 12",
 * "Officials corrected the number of dead to 12 from 14", "raised the toll to 16"): the figure
 * after their "to" replaces the one the version gave before it, and is its headline
 * (src/extract/claims.ts). Verbs of a count that moved by itself ("rose", "climbed") are not
 * among them: a version whose lede gives the day's figure may tell an earlier rise later on. Nor
 * is "raising" (", raising the toll to 9": the day's finds bring the toll to a level, TOTAL_BRINGING_VERBS).
 */
export const RESET_VERBS: ReadonlySet<string> = new Set([
  'revised', 'revises', 'revising', 'corrected', 'corrects', 'correcting', 'lowered', 'lowers', 'lowering',
  'raised', 'raises', 'updated', 'updates', 'updating', 'amended', 'amends', 'adjusted', 'adjusts',
  'downgraded', 'downgrades', 'reduced', 'reduces',
]);

/**
 * Verbs of a count that rose since an earlier report ("the death toll rose to 19", "Toll climbs
 * to 19", "has risen to 19", "two wounded died, raising the toll to five", "pushing the toll to 9",
 * "toll reaches 19"). When nothing dates the versions of a set, a version that says its
 * figure rose to a level above another version's figure is the later one: an update, not a
 * contradiction (src/check/scalar.ts). Governed as the revision words are (src/check/revision.ts).
 */
/** Rise verbs in "-ing", said of a count without its figure ("with the death toll rising"). */
export const RISING_FORMS: ReadonlySet<string> = new Set(['rising', 'climbing', 'mounting', 'growing', 'soaring', 'increasing']);
/** Words between a count's noun and its rise verb: "the toll [is still] rising", "the number of dead [continues to] rise". */
export const TOLL_RISING_FILLERS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'been', 'still', 'continues', 'continued', 'kept', 'keeps', 'to']);
/** Words of a rise yet to come ("the toll is expected to rise", "could climb"): no rise told. */
export const RISE_FORECAST_WORDS: ReadonlySet<string> = new Set(['expected', 'likely', 'feared', 'could', 'may', 'might', 'will', 'would', 'if']);
export const TOLL_RISING_REACH = 4;
export const RISE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rise', 'rises', 'climbed', 'climbs', 'climb', 'jumped', 'jumps', 'increased', 'increases',
  'grew', 'grown', 'grows', 'soared', 'soars', 'surged', 'surges', 'mounted', 'mounts', 'raised', 'raises', 'raising',
  'pushing',
  // "Toll reaches 31 as two injured die", "the toll has reached 31": a count that came up to the figure
  'reaches', 'reached', 'reaching',
  // ", bringing the death toll to 31", "lifting the toll to 31", "taking the toll to 31": the day's deaths added to it
  'bringing', 'lifting', 'taking',
]);

/** Words before a verb that set it in the past of the story ("had revised", "had been corrected"): no new figure. */
export const PAST_PERFECT_WORDS: ReadonlySet<string> = new Set(['had']);

/** How far (in words) a revision word may stand from the figure or count noun it governs. */
export const REVISION_REACH = 12;

/**
 * Nouns of harm that, after a death verb, say an injured person died: "died of his injuries",
 * "succumbed to her wounds".
 */
export const INJURY_NOUNS: ReadonlySet<string> = new Set(['injuries', 'injury', 'wounds', 'wound', 'burns']);

/** Words that make a subject one person: "a student wounded ... died", "another injured man". */
export const ONE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/**
 * Words between an injured word and a death verb that start another subject: "nine were
 * wounded and two died" says nothing of the wounded dying.
 */
export const SUBJECT_BREAKS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'while', 'whereas']);

/**
 * Words before a name that make it a place ("in Marlow", "near the border town of Kesh"): a
 * place a version still names elsewhere was not cut from it (src/align/deletions.ts).
 */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in', 'near', 'outside', 'across', 'throughout', 'inside',
]);

/**
 * Words at the edge of a removed chunk that make it a whole clause ("led Chile from 1994 to
 * 2000 and", "who led Chile ..."): taken out in a rewrite, not a name cut (src/align/deletions.ts).
 */
export const CLAUSE_EDGE_WORDS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'nor', 'who', 'whom', 'whose', 'which', 'that', 'while', 'whereas', 'where', 'when',
]);

/**
 * A photo credit closing a caption paragraph ("… on Sept. 4. Jane Roe/AFP/Getty Images",
 * "(AP Photo/John Doe)", "(Reuters)"): such a paragraph ends without a full stop and is not cut.
 * Read by src/normalize/integrity.ts on the text after the paragraph's last sentence end.
 */
export const PHOTO_CREDIT_AGENCIES: readonly string[] = [
  'Getty Images', 'AP Photo', 'AP', 'AFP', 'Reuters', 'REUTERS', 'EPA', 'EPA-EFE', 'Associated Press', 'Bloomberg',
  'Shutterstock', 'Pool', 'File', 'Handout', 'Anadolu', 'Xinhua', 'NurPhoto', 'SOPA Images', 'LightRocket',
  // a portal's caption credit after a bar ("… on Tuesday in Tokyo. | REUTERS"), and other photo agencies
  'KYODO', 'Kyodo', 'PA', 'PA Wire', 'AAP', 'WireImage', 'Alamy', 'Yonhap', 'ANSA', 'Sipa', 'Rex Features',
];

/** Labels before a caption's credit ("… on April 26. Image: Alberto Pizolli / AFP"): read by src/normalize/integrity.ts. */
export const PHOTO_CREDIT_LABELS: readonly string[] = ['Image', 'Images', 'Photo', 'Photos', 'Photograph', 'Picture', 'Credit', 'Source'];

/**
 * Verbs of a count going past a mark ("Toll passes 200", "tops 1,000", "exceeds 50"): the mark
 * is a lower bound of the figure now, not the figure of an older moment.
 */
export const PAST_MARK_VERBS: ReadonlySet<string> = new Set([
  'passes', 'passed', 'tops', 'topped', 'exceeds', 'exceeded', 'surpasses', 'surpassed', 'crosses', 'crossed',
]);
