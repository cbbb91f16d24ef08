/**
 * English words that tell what a figure counts when it sits inside a phrase about someone or
 * something else, or beside a verb of its own. Data only; read by src/read/quantities.ts,
 * src/read/quantity-roles.ts and src/extract/quantity.ts.
 */

/**
 * Nouns before "of N" that make N the people someone leads or a place's population, not a
 * count of the event: "spiritual leader of some 40 million faithful", "a nation of 12 million",
 * "the diocese of 300,000" (as "a mother of two" is a family's size).
 */
export const CONSTITUENCY_OF_NOUNS: ReadonlySet<string> = new Set([
  'leader', 'leaders', 'head', 'shepherd', 'ruler', 'patriarch', 'primate', 'pastor',
  'nation', 'country', 'city', 'town', 'village', 'state', 'island', 'province', 'region', 'district', 'population',
  'diocese', 'archdiocese', 'parish', 'church', 'denomination', 'flock', 'congregation', 'community', 'faith', 'sect',
]);

/** Nouns before "to N": a place's population ("the town of Hollen, home to about 9,000 people", "a camp home to 40,000"). */
export const CONSTITUENCY_TO_NOUNS: ReadonlySet<string> = new Set(['home']);

/**
 * Nouns of the people a leader has that are no person nouns of the event ("40 million faithful",
 * "2 million followers", "600 families"): with these or a person noun or none, a constituency
 * figure counts people; with another ("leaders of 20 countries") it counts that, and stays.
 */
export const CONSTITUENCY_UNITS: ReadonlySet<string> = new Set([
  'faithful', 'followers', 'believers', 'adherents', 'families', 'households', 'souls', 'subjects', 'congregants',
  'parishioners', 'worshippers', 'worshipers', 'catholics', 'christians', 'muslims', 'jews', 'buddhists', 'hindus',
]);

/**
 * Verbs of leading or serving people: in a relative clause about a person ("who served 300,000
 * Catholics", "who had led 2 million Anglicans", "who ruled over 12 million") their figure
 * counts that person's people.
 */
export const CONSTITUENCY_VERBS: ReadonlySet<string> = new Set([
  'led', 'leads', 'headed', 'heads', 'served', 'serves', 'governed', 'governs', 'ruled', 'rules', 'represented',
  'represents', 'shepherded', 'shepherds', 'pastored', 'oversaw', 'oversees', 'guided', 'guides',
  // with "over": "who presided over 2 million Anglicans", "who reigned over 12 million"
  'presided', 'presides', 'reigned', 'reigns',
]);

/** Words between "who" and a verb of leading ("who had long led", "who once served"). */
export const CONSTITUENCY_VERB_LEADS: ReadonlySet<string> = new Set(['had', 'has', 'have', 'once', 'long', 'also', 'for']);

/**
 * Verbs after a second figure that give it a clause of its own, though they end like a
 * participle: "nine remained missing", "five died" ("were died" is no English). A figure with
 * its own finite verb takes no qualifier from the figure before it.
 */
export const OWN_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'remained', 'stayed', 'died', 'perished', 'succumbed', 'survived', 'fled', 'escaped', 'returned', 'appeared', 'seemed',
]);

/**
 * Participles not ending in -ed/-en that an elided auxiliary takes ("27 were killed and 40
 * hurt", "… and 12 shot"): after a second figure they are its state, no verb of its own.
 */
export const IRREGULAR_STATE_PARTICIPLES: ReadonlySet<string> = new Set([
  'hurt', 'shot', 'hit', 'struck', 'stricken', 'cut', 'burnt', 'held', 'caught', 'left', 'lost', 'stuck',
]);

/**
 * Words between a count noun and the cue it is "of" ("the number of people wounded", "the toll
 * of injured", "the number of those hurt"): the cue names what the count counts.
 */
export const COUNT_OF_FILLERS: ReadonlySet<string> = new Set(['people', 'the', 'those', 'persons']);

/** Words between a verb that sets a count and its "to" or its count noun ("revised down to", "lowered the number"). */
export const SET_TO_FILLERS: ReadonlySet<string> = new Set(['down', 'up', 'downward', 'upward', 'the', 'its', 'their', 'it']);

/** What may stand before a place named as the subject of its figure ("… and Kessel county 12", "while Orvan county reported 45"). */
export const PLACE_SUBJECT_LEADS: ReadonlySet<string> = new Set(['and', ',', 'while', ';']);

/**
 * A breakdown's later part with its noun elided ("Vaskor district counted 41 dead, Ulmen 27 and
 * Tosvik 33"): the words that may close the figure, the most words of the place before it, and
 * the most words (no verb) between the part before and the place.
 */
export const ELIDED_PART_ENDS: ReadonlySet<string> = new Set([',', ';', '.', ')', 'and', 'while']);
export const ELIDED_PART_PLACE_WORDS = 3;
export const ELIDED_PART_GAP = 3;

/** Words between a figure and what a revision says of it ("two students [who had been] counted twice"). */
export const MISCOUNT_LEADS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'had', 'have', 'has', 'been', 'were', 'was', 'are', 'is', 'being']);

/**
 * Words of a share before "of the dead": "Most of the dead, 45, were …", "Nearly half of the
 * victims, 19, were children", "Some of the injured, 12, …": the figure set off after the phrase
 * counts the share, not the whole ("all of" and "none of" name no share and are left out).
 */
export const SHARE_OF_WORDS: ReadonlySet<string> = new Set([
  'most', 'half', 'some', 'many', 'majority', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'bulk',
  'part', 'portion', 'several', 'few', 'rest', 'remainder',
]);

/** Determiners of the group a share is "of" ("most of the dead", "half of those killed", "some of these victims"). */
export const SHARE_GROUP_DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these', 'them']);

/**
 * Nouns of the people an event struck that a figure set off after them restates ("The victims,
 * 23 men and four women, died at the scene"): with one of APPOSITION_HEAD_DETERMINERS before
 * them and the verb after the closing comma, the figures are the noun's count, not more names on
 * a list ("the driver, two students and a teacher were killed" counts the driver too).
 */
export const APPOSITION_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'victims', 'dead', 'casualties', 'fatalities', 'deceased', 'injured', 'wounded', 'hurt', 'killed',
]);
export const APPOSITION_HEAD_DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these']);

/**
 * First words of an aside that dates what it is set off in ("…, in 1997, killed 47", "…, back in
 * 2004, …"); a determiner dates it when a year follows ("…, a 1987 tremor, …"), not a superlative
 * ("…, the strongest since 1997, …" is this event, measured against another).
 */
export const DATING_ASIDE_LEADS: ReadonlySet<string> = new Set(['in', 'on', 'back', 'during']);
export const DATING_ASIDE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'that']);

/**
 * Words the tagger reads as verbs that an appositive aside after a count of people may still
 * hold ("Seven people, including two firefighters, died", "Two men, both aged 60, …"): the
 * aside stays a noun phrase that describes the count; any other verb gives it a clause of its own.
 */
export const APPOSITIVE_ASIDE_VERBS: ReadonlySet<string> = new Set(['including', 'aged']);

/** Words an appositive aside after a count of people is at most ("Four people, a police officer and three civilians, died"). */
export const MAX_APPOSITIVE_ASIDE = 12;

/**
 * The outcome a figure counts, by the words after it: a sentence that splits one outcome by place
 * ("In Kessel, 12 people were killed, and in Dorvan four died") gives each place's share; one
 * that gives two outcomes ("..., and in Dorvan four were injured") does not.
 */
export const OUTCOME_CLASSES: ReadonlyMap<string, 'dead' | 'hurt' | 'missing'> = new Map([
  ...['killed', 'dead', 'died', 'deaths', 'perished', 'drowned', 'fatalities', 'bodies', 'lives'].map((w) => [w, 'dead'] as const),
  ...['injured', 'hurt', 'wounded', 'injuries'].map((w) => [w, 'hurt'] as const),
  ...['missing', 'unaccounted'].map((w) => [w, 'missing'] as const),
]);

/** Words that open the clause of a later place's figure in such a split: "…, and in Dorvan four died", "; in Dorvan, …". */
export const PLACE_SPLIT_LEADS: ReadonlySet<string> = new Set([',', ';', 'and', 'while', 'whereas', 'but']);

/**
 * A ranking of places by their share of the toll: "Tolvar district was worst hit with 24 deaths,
 * followed by Ambru with 13 and Hesk with nine". The words before "with" that make the place
 * before it the place of the figure after it: "worst/hardest hit" (after the place and "was"),
 * "followed by" (before the place).
 */
export const WORST_HIT_ADVERBS: ReadonlySet<string> = new Set(['worst', 'hardest', 'most', 'badly']);
export const WORST_HIT_VERBS: ReadonlySet<string> = new Set(['hit', 'affected']);
export const RANKING_VERBS: ReadonlySet<string> = new Set(['followed']);
/**
 * Verbs before "for" that give a place's share of a toll: "Velka province accounted for 31 of the
 * dead and Osk province for 9" (the later place's figure after "<place> for", the verb elided).
 */
export const ACCOUNT_VERBS: ReadonlySet<string> = new Set(['accounted', 'accounts', 'account']);
/** Words before a place's name that keep it one place ("neighbouring Osk province"). */
export const NEIGHBOUR_WORDS: ReadonlySet<string> = new Set(['neighbouring', 'neighboring', 'nearby', 'adjacent']);

/** Verbs of level that take the figure with no "to" ("the death toll from … has reached 589", "topped 300"). */
export const REACHED_VERBS: ReadonlySet<string> = new Set(['reached', 'reaches', 'hit', 'hits', 'topped', 'tops', 'passed', 'surpassed', 'exceeded']);

/** Superlatives that rank an event among others ("one of the deadliest school massacres"): a cue after one counts no one. */
export const EVENT_RANKING_WORDS: ReadonlySet<string> = new Set(['deadliest', 'worst', 'bloodiest', 'deadlier', 'worse', 'bloodier']);

/**
 * Cues that are also verbs ("lives"), with the words the noun follows besides a figure: "40 lives",
 * "claimed the lives of 12", "lost their lives", "many more lives". After any other word it is the
 * verb ("The suspect lives about 1½ miles from the school").
 */
export const NOUN_CUE_LEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['lives', new Set(['the', 'their', 'his', 'her', 'its', 'our', 'many', 'more', 'few', 'fewer', 'of', 'those', 'these', 'human', 'innocent', 'young', 'precious', 'civilian'])],
]);

/**
 * Words before a figure that continues a list with no verb of its own ("…, and six in Dorsk",
 * "… with six in Dorsk"): read/quantity-roles.ts `elliptic`.
 */
export const ELLIPSIS_LEADS: ReadonlySet<string> = new Set(['and', ',', 'while', 'with', 'plus', ';']);
/**
 * The same, for a member of a breakdown by place that takes the rule of the member before it
 * (extract/quantity.ts `partDistance`): not "with", which may bring in another outcome.
 */
export const BREAKDOWN_JOINS: ReadonlySet<string> = new Set([...ELLIPSIS_LEADS].filter((w) => w !== 'with'));
/** Words between "since" and the figure of the event it names ("since some 15 people were killed"). */
export const SINCE_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'about', 'some', 'nearly', 'more', 'than', 'at', 'least']);
