/**
 * English words that tell what a figure is to the story: who is counted (people or
 * things), whether it is this event's figure, a share of it, an older one, or one
 * from another event. Data only; read by src/read/quantity-roles.ts.
 */

/** Nouns that count people (lemmas or plural forms). A casualty figure counts these, or no noun at all. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'civilian', 'resident', 'individual', 'inhabitant', 'citizen', 'national',
  'foreigner', 'local', 'child', 'children', 'kid', 'baby', 'infant', 'toddler', 'teen', 'teenager', 'youth',
  'adult', 'man', 'men', 'woman', 'women', 'boy', 'girl', 'elderly', 'senior', 'student', 'pupil', 'schoolchild',
  'schoolchildren', 'teacher', 'worker', 'miner', 'farmer', 'fisherman', 'fishermen', 'soldier', 'troop',
  'officer', 'policeman', 'policemen', 'police', 'guard', 'personnel', 'serviceman', 'servicemen',
  'servicemember', 'marine', 'sailor', 'pilot', 'firefighter', 'rescuer', 'volunteer', 'medic', 'doctor', 'nurse',
  'passenger', 'crew', 'crewmember', 'driver', 'pedestrian', 'cyclist', 'motorist', 'pilgrim', 'tourist',
  'visitor', 'villager', 'migrant', 'refugee', 'evacuee', 'protester', 'protestor', 'demonstrator', 'worshipper',
  'worshiper', 'fan', 'spectator', 'shopper', 'customer', 'guest', 'patient', 'victim', 'casualty', 'death',
  'fatality', 'injury', 'life', 'lives', 'body', 'dead', 'member', 'employee', 'staff', 'journalist', 'reporter',
  'climber', 'hiker', 'skier', 'swimmer', 'player', 'athlete', 'prisoner', 'inmate', 'detainee', 'hostage',
  'militant', 'fighter', 'insurgent', 'rebel', 'survivor', 'student', 'relative', 'family member', 'official',
  'delegate', 'participant', 'other', 'others', 'attendee', 'voter', 'employee', 'resident', 'occupant', 'tenant', 'homeowner',
  'co-worker', 'coworker', 'colleague', 'classmate', 'neighbor', 'neighbour', 'friend', 'congregant', 'parishioner', 'bystander',
  'passer-by', 'passerby', 'commuter', 'trainee', 'recruit',
  // trades and roles that casualty lists name ("two students and a professor", "a nurse and two orderlies")
  'professor', 'lecturer', 'instructor', 'coach', 'orderly', 'paramedic', 'janitor', 'engineer', 'technician',
  'contractor', 'laborer', 'labourer', 'porter', 'vendor', 'trader', 'merchant', 'priest', 'monk', 'nun', 'imam',
  'peacekeeper', 'ranger', 'diver', 'churchgoer', 'parent', 'mother', 'father', 'son', 'daughter', 'sibling',
  'wife', 'husband', 'spouse', 'brother', 'sister', 'grandmother', 'grandfather', 'grandchild', 'grandchildren',
  'grandson', 'granddaughter', 'cousin', 'nephew', 'niece', 'uncle', 'aunt',
  'guide', 'mountaineer', 'trekker', 'sherpa', 'herder', 'shepherd', 'hunter', 'lifeguard', 'logger', 'builder',
  'mechanic', 'electrician', 'cleaner', 'cook', 'waiter', 'bodyguard', 'militiaman', 'militiamen', 'settler',
  'nomad', 'trucker', 'missionary', 'surgeon', 'activist', 'lawmaker', 'cleric',
  // a state read as the figure's noun in headline style ("80 wounded in blast", "200 hurt")
  'injured', 'wounded', 'hurt', 'missing',
]);

/**
 * Nouns that count people by what happened to them, not by who they are: a figure of these
 * ("two dead and three injured", "four deaths and nine others") is an outcome of its own,
 * never a member of a group of people summed into one total ("two students and two teachers").
 */
export const OUTCOME_NOUNS: ReadonlySet<string> = new Set([
  'dead', 'death', 'deaths', 'injured', 'wounded', 'hurt', 'missing', 'fatality', 'fatalities', 'casualty',
  'casualties', 'body', 'bodies', 'life', 'lives', 'survivor', 'survivors', 'injury', 'injuries',
]);

/** Nouns of a figure that names the whole of a group, not one kind in it ("10 people, four soldiers and six civilians"). */
export const WHOLE_GROUP_NOUNS: ReadonlySet<string> = new Set(['people', 'person', 'persons', 'victim', 'victims', 'individual', 'individuals']);

/** Words between a list's "and" and its next member ("and a civilian", "and their driver"). */
export const LIST_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another', 'his', 'her', 'their', 'its', 'our']);

/** Words that make a year-free clause about another, earlier event ("last year", "a decade ago"). */
export const BACKGROUND_WORDS: ReadonlySet<string> = new Set(['anniversary', 'ago', 'previous', 'previously']);

/** Two-word phrases that do the same ("last year", "last month"). */
export const BACKGROUND_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['last', 'year'], ['last', 'decade'], ['last', 'century'], ['that', 'year'], ['in', 'history'],
];

/**
 * A comparison that measures this event against the past ("the worst attack since 2015", "the
 * deadliest flooding in the region since 1998", "the first deadly clash since March 2022"): the
 * year after "since" is the yardstick, not the figure's date. The superlative (or ordinal) must
 * follow one of COMPARISON_DETERMINERS ("the worst", "its deadliest", "Tarvo's strongest", "the
 * second-deadliest"), so that "Most of the 45 killed since 2019" stays a count over years.
 */
export const COMPARISON_SUPERLATIVES: ReadonlySet<string> = new Set([
  'worst', 'deadliest', 'bloodiest', 'largest', 'biggest', 'greatest', 'strongest', 'highest', 'heaviest',
  'most', 'first', 'fiercest', 'severest', 'costliest', 'longest', 'lowest', 'fewest', 'hottest', 'coldest',
  'wettest', 'driest', 'sharpest', 'steepest', 'busiest', 'smallest', 'fastest', 'best',
]);
export const COMPARISON_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', "'s", '’s', 'second', 'third', 'fourth', 'fifth',
]);
/** The word that closes such a comparison, and the words it may stand apart from its year by ("since March 2022", "since the early 1990s"). */
export const COMPARISON_SINCE = 'since';
export const SINCE_YEAR_FILLERS: ReadonlySet<string> = new Set(['the', 'early', 'late', 'mid', 'mid-', 'end', 'of']);
/** Tokens between the superlative and "since" at most ("the worst accident in the Kessa coalfield since"). */
export const MAX_COMPARISON_SPAN = 8;

/** Words that open a clause hanging on the one before it ("since 2009, when ..."). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['when', 'which', 'where', 'that', 'who']);

/** Words before a figure that make it a share of a total ("including 6 children"). */
export const PART_OPENERS: ReadonlySet<string> = new Set(['including', 'included', 'among', 'includes']);

/**
 * Adverbs between a share's verb and "among" ("Ten Estlanders are now among the dead", "two
 * firefighters were also among the injured").
 */
export const AMONG_ADVERBS: ReadonlySet<string> = new Set(['now', 'also', 'still', 'reportedly', 'believed', 'said', 'thought', 'to', 'be']);
/** Words of the phrase that adds more shares to an "among" share ("…among the dead, along with 58 Ardenians"). */
export const ALONG_WITH: readonly [string, string] = ['along', 'with'];
/** Prepositions of where a share's people are from ("Nine residents of Sarn district", "Nine from Sarn"). */
export const SHARE_ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from']);

/** Words after a figure that make it a share ("30 of them", "six of the dead"). */
export const PART_OF_WORDS: ReadonlySet<string> = new Set(['them', 'whom', 'those', 'the', 'these']);

/**
 * Cue words that say where people were taken or are, not that they were hurt ("17 people were
 * taken to hospital", "26 people are in hospital", "nine remain in hospital"): such a figure is
 * the injured count only when the version gives no other one ("injuring more than 400 … 412
 * people had been taken to hospitals" keeps "more than 400"). The first word of a cue phrase
 * (the rule writes "are in hospital", not "in hospital": "died in hospital", "was found alive in
 * hospital" say where someone died or was found).
 */
export const ADMISSION_CUE_WORDS: ReadonlySet<string> = new Set(['taken', 'rushed', 'brought', 'admitted', 'airlifted', 'flown', 'are', 'were', 'remain', 'still']);

/**
 * Prepositions before "the" and a cue used as a noun that name the people something is done for
 * ("joined the search for the missing", "a minute of silence for the dead"): such a cue counts no
 * figure of its sentence (extract/quantity.ts). "among the missing" still does.
 */
export const BENEFICIARY_PREPOSITIONS: ReadonlySet<string> = new Set(['for']);

/** Pronouns after "of" that make a figure a share of a group named before it ("four of them", "two of whom"). */
export const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(['them', 'whom']);

/** Nouns of a place phrase without a proper name ("in the capital", "elsewhere"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'capital', 'province', 'provinces', 'district', 'districts', 'region', 'regions', 'city', 'county', 'counties',
  'state', 'village', 'villages', 'hamlet', 'hamlets', 'town', 'towns', 'area', 'areas', 'prefecture', 'municipality', 'suburb',
  'neighborhood', 'neighbourhood', 'hospital', 'school', 'camp', 'valley', 'island', 'coast', 'north', 'south',
  'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'epicenter', 'epicentre',
]);

/**
 * Place nouns of a site, not an area ("killed at the school", "in the camp"): a figure given for
 * one is where the event happened, never a share of a larger area's count.
 */
export const SITE_NOUNS: ReadonlySet<string> = new Set([
  'school', 'schools', 'hospital', 'hospitals', 'camp', 'camps', 'epicenter', 'epicentre', 'mine', 'factory', 'plant',
  'market', 'church', 'mall', 'station', 'building', 'site', 'scene',
]);

/** Verbs between a place and its figure ("Orvan county reported 45 deaths", "Kessel district recorded 12"). */
export const PLACE_REPORT_VERBS: ReadonlySet<string> = new Set([
  'reported', 'recorded', 'confirmed', 'registered', 'counted', 'had', 'has', 'reports', 'records', 'confirms', 'registers', 'counts',
]);
/** Words between a place and its verb of reporting ("Kelmar province now reports 71 dead", "Orvan county has recorded 42"). */
export const PLACE_REPORT_FILLERS: ReadonlySet<string> = new Set(['now', 'already', 'also', 'has', 'have', 'had', 'so', 'far']);

/**
 * Words right after a figure that make it an increment, a part of the total the story
 * gives: "4 more bodies … bringing the toll to 7", "12 new deaths", "three additional
 * victims" ("12 more than last year" is no increment: "than" follows).
 */
export const INCREMENT_WORDS: ReadonlySet<string> = new Set(['more', 'new', 'additional', 'further']);

/**
 * Participles that carry a toll to its new total after the day's figure: "Eighteen bodies were
 * pulled from the river, taking the death toll to 44" (18 is a part of 44, an increment).
 */
export const TOTAL_BRINGING_VERBS: ReadonlySet<string> = new Set(['bringing', 'taking', 'raising', 'pushing', 'lifting']);

/**
 * Words of a period that make a total cumulative, not this event's: "killed 12, bringing to 150
 * the number killed this year" (then 12 stays the event's toll).
 */
export const PERIOD_WORDS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'season', 'since']);

/**
 * Words that make a figure's clause about the whole ("as the statewide toll reaches 17",
 * "the overall toll"): a figure given with a place in the same sentence is then that
 * place's share ("11 dead in the county").
 */
export const WHOLE_SCOPE_WORDS: ReadonlySet<string> = new Set([
  'statewide', 'nationwide', 'countrywide', 'overall', 'total', 'altogether',
]);

/**
 * Verbs of telling that, after "had", make the figure an earlier statement the story has moved
 * on from: "On Saturday, the state had said the quake killed at least 500 people". Verbs of
 * counting stay ("by Monday rescuers had recovered 40 bodies" is the count then).
 */
export const EARLIER_STATEMENT_VERBS: ReadonlySet<string> = new Set([
  'said', 'reported', 'announced', 'estimated', 'stated', 'told', 'put', 'given', 'claimed',
]);

/**
 * Modal verbs that make a figure a projection or a guess, not a count ("the toll could exceed
 * 1,000", "300 people may have died", "up to 1,000 possibly killed"), and adjectives that do so before "to" ("is expected to
 * reach 500", "is likely to top 100"). "feared dead" is how tolls are given: no such word; nor
 * "would", an inference ("110 on board, which would leave about 50 missing") as often as a guess.
 */
export const PROJECTION_MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'possibly']);
export const PROJECTION_ADJECTIVES: ReadonlySet<string> = new Set(['expected', 'likely', 'set', 'projected', 'forecast']);

/** Words right before a figure that make it an older, superseded one ("up from 45", "an earlier toll of 12"). */
export const SUPERSEDED_WORDS: ReadonlySet<string> = new Set(['earlier', 'previous', 'initial', 'initially', 'original', 'preliminary']);
/**
 * Another source's figure told beside the sentence's own, after a word of contrast: "climbed to
 * 142, the disaster agency said, while the health ministry put the figure at 149". The verb, the
 * nouns that stand for the count ("the figure", "the number", "its tally") and the contrast words.
 * Not a lede's "Officials put the toll at 149" (no figure before it, no contrast).
 */
export const SOURCE_FIGURE_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'placed', 'places']);
export const COUNT_STAND_INS: ReadonlySet<string> = new Set(['figure', 'number', 'tally', 'count', 'toll', 'total']);
export const SOURCE_CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though']);

/**
 * A figure for people still in care ("six remained hospitalized", "nine are still in hospital")
 * is a share of the injured at one moment, not the injured count: a word of `STILL_WORDS`
 * after the figure, then a word of `CARE_WORDS`.
 */
/**
 * A toll that counts the attacker too ("Six people, including the gunman, were killed") is
 * not the victims' toll other versions give ("killing five ... before killing himself"):
 * "including" or "among them" then one of these words, in the figure's clause.
 */
export const INCLUSION_WORDS: ReadonlySet<string> = new Set(['including', 'among']);
/**
 * An attacker's own death told beside the victims' toll ("killing one classmate … before fatally
 * shooting himself", "then turned the gun on himself", "took his own life"): the dead number one
 * more than the toll of that sentence, as a copy counting the attacker gives ("2 dead").
 */
export const ATTACKER_SELF_DEATH = /\b(?:shooting|shot|killing|killed|kills|shoots|turning the gun on|turned the gun on|turned his gun on|turned her gun on)\s+(?:himself|herself|themselves)\b|\btook (?:his|her|their) own li(?:fe|ves)\b/iu;
/** A toll said to count the attacker: "Ten people, including the gunman, were killed", "10 dead, among them the shooter". */
export const ATTACKER_COUNTED = /\b(?:including|among them|counting)\s+(?:the|a|an)\s+(?:gunman|shooter|attacker|assailant|bomber|perpetrator|suspect|killer)\b/iu;
export const PERPETRATOR_WORDS: ReadonlySet<string> = new Set([
  'gunman', 'shooter', 'attacker', 'assailant', 'bomber', 'perpetrator', 'suspect', 'killer', 'hijacker',
]);

/**
 * Nouns after "are/were in (the)" that make a figure people in care now ("26 people are in
 * hospital"): the injured count as often as a share of it, as "being treated in hospital" is. Not
 * "in (a) critical condition", "in intensive care": a share. Nor after "of them", "still", "remain".
 */
export const HOSPITAL_NOUNS: ReadonlySet<string> = new Set(['hospital', 'hospitals']);
/** Words of being between a figure and "in hospital" ("26 people are in hospital"). */
export const BE_WORDS: ReadonlySet<string> = new Set(['are', 'were', 'is', 'was']);
/** Words between a figure and "in hospital" that make it a share of a group said before ("four of them in hospital", "two more"). */
export const SHARE_FILLER: ReadonlySet<string> = new Set(['of', 'them', 'more']);

/** Words between a figure and "in hospital" that keep it a state ("two [of them] in critical condition"). */
export const STATE_FILLER: ReadonlySet<string> = new Set(['people', 'of', 'them', 'others', 'more', 'are', 'were', 'is', 'was']);

export const STILL_WORDS: ReadonlySet<string> = new Set(['remained', 'remain', 'remains', 'still']);
/**
 * "About 25 seriously injured people were airlifted to the capital": the gravest cases, a share of
 * the injured, when the adverb stands right after the figure and a verb follows ("12 dead and 40
 * seriously injured", with no verb, is the count itself). The adverbs, the harm words and the words
 * that may stand between them and the verb.
 */
export const SEVERITY_ADVERBS: ReadonlySet<string> = new Set(['seriously', 'critically', 'severely', 'badly', 'gravely', 'grievously']);
export const HARM_PARTICIPLES: ReadonlySet<string> = new Set(['injured', 'wounded', 'hurt', 'burned', 'burnt']);
export const SEVERE_SHARE_FILLER: ReadonlySet<string> = new Set([
  'people', 'persons', 'patients', 'survivors', 'victims', 'residents', 'passengers', 'children', 'others',
  'were', 'was', 'had', 'have', 'has', 'been', 'being', 'are', 'is',
]);
/** "240 patients were being treated": care now (progressive), after the word "being". */
export const TREATED_WORDS: ReadonlySet<string> = new Set(['treated', 'hospitalized', 'hospitalised', 'cared']);
/**
 * Nouns of harm after "being treated for": "36 others were being treated for burns and injuries"
 * is how wire copy gives the injured count, not a share still in care ("240 patients were being
 * treated for cholera" stays one).
 */
export const INJURY_NOUNS: ReadonlySet<string> = new Set([
  'injuries', 'injury', 'burns', 'wounds', 'fractures', 'gunshot', 'shrapnel', 'trauma',
]);
/** Nouns of people in care whatever brought them there ("240 patients were being treated"): a share, never the injured count. */
export const PATIENT_NOUNS: ReadonlySet<string> = new Set(['patient', 'patients', 'case', 'cases']);
export const CARE_WORDS: ReadonlySet<string> = new Set([
  'hospitalized', 'hospitalised', 'hospital', 'hospitals', 'condition', 'treatment', 'care', 'intensive', 'icu',
]);

/** Verbs of a revised figure: after them, the figure after "from" is the old one ("revised to 14, from 13"). */
export const REVISION_VERBS: ReadonlySet<string> = new Set([
  'revised', 'raised', 'rose', 'climbed', 'increased', 'lowered', 'corrected', 'updated', 'jumped', 'adjusted', 'reduced',
]);

/**
 * Words of a sentence that lowers a figure on purpose ("India lowers stampede toll to 24",
 * "the toll was revised to 24, down from 31"): a lower toll said so is a correction, an
 * update, not a copy that contradicts the earlier figure. Phrases are word pairs. Each must
 * govern the figure or a count noun of its clause (src/check/revision.ts): "villages reduced
 * to rubble" is no correction. Reasons that need no governing ("counted twice") are in
 * ./revisions.ts.
 */
export const DOWNWARD_REVISION_WORDS: ReadonlySet<string> = new Set([
  'revised', 'revises', 'revise', 'revising', 'revision', 'lower', 'lowered', 'lowers', 'lowering', 'corrected', 'corrects',
  'correcting', 'correction', 'reduced', 'reduces', 'downgraded', 'downgrades', 'recount', 'recounted', 'cut', 'cuts',
  // "the number of injured was adjusted from 60 to 54": a figure set anew, lower
  'adjusted', 'adjusts', 'amended', 'amends',
]);
export const DOWNWARD_REVISION_PHRASES: ReadonlyArray<readonly string[]> = [['down', 'to'], ['down', 'from']];

/**
 * Verbs that make their subject dead: "Three more passengers injured in the derailment died
 * in hospital" counts deaths, whatever the participle after the figure says.
 */
export const DEATH_VERBS: ReadonlySet<string> = new Set(['died', 'dies', 'succumbed', 'succumbs', 'perished']);

/**
 * Death verbs in their bare form, read only right after their subject, as headlines write them
 * ("Toll rises to 5 as 2 wounded die", "Two injured climbers succumb"): farther from it the bare
 * form is mostly a guess after a modal ("two of the injured could die"), no death.
 */
export const BARE_DEATH_VERBS: ReadonlySet<string> = new Set(['die', 'succumb']);

/**
 * Words of a count's own verb that make its people dead: a share of them that was trapped,
 * missing or injured ("Eight miners, two of whom were trapped, died") tells what happened before
 * they died, it is no count of the missing or the injured.
 */
export const FATAL_WORDS: ReadonlySet<string> = new Set([...DEATH_VERBS, 'killed', 'dead', 'drowned']);

/**
 * Verbs that end a missing person's state: "Two residents who had been unaccounted for turned
 * up at relatives' homes" counts people found, not the missing. With `DEATH_VERBS`, the verbs
 * after which a figure's cue (in a participle or a relative clause) no longer describes it.
 */
export const FOUND_VERBS: ReadonlySet<string> = new Set([
  'found', 'located', 'rescued', 'freed', 'reached', 'recovered', 'turned', 'surfaced', 'returned', 'reunited',
]);

/**
 * Verbs of people moved or saved, not harmed: a figure that is their subject ("200 residents had
 * been evacuated", "40 were rescued") counts no casualty, whatever cue comes before it.
 */
export const MOVED_VERBS: ReadonlySet<string> = new Set([
  'evacuated', 'rescued', 'displaced', 'relocated', 'sheltered', 'stranded', 'housed', 'saved', 'moved', 'airlifted',
]);

/**
 * Verbs that link a figure's noun to the figure it now stands at: "toll rises to five", "the
 * number of injured climbed to 520", "the toll has reached 17", "the toll stood at 41". Between
 * such a cue and the figure nothing else can claim the figure.
 */
export const LEVEL_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jumps', 'jump',
  'increased', 'increases', 'grew', 'grown', 'grows', 'soared', 'soars', 'surged', 'surges', 'reached', 'reaches',
  'reach', 'hit', 'hits', 'stood', 'stands', 'stand', 'fell', 'falls', 'fallen', 'dropped', 'drops', 'revised',
  'raised', 'lowered', 'now', 'is', 'was', 'has', 'had', 'been', 'to', 'at',
]);

/**
 * The verbs of `LEVEL_VERBS` proper (no auxiliaries, no "to"/"at"): a four-digit number right
 * after one ("the toll surged to 1941", "stood at 2012", "reached 1900") is the level a count
 * stands at, not a year.
 */
export const LEVEL_COUNT_VERBS: ReadonlySet<string> = new Set(
  [...LEVEL_VERBS].filter((w) => !['now', 'is', 'was', 'has', 'had', 'been', 'to', 'at'].includes(w)),
);

/** Qualifiers a year never takes: "at least 2000", "more than 1950", "almost 2000" are counts. */
export const COUNT_ONLY_QUALIFIERS: ReadonlySet<string> = new Set(['at-least', 'more-than', 'nearly']);

/** Words between a figure's noun and its cue in a relative clause ("who had been", "that were"). */
export const RELATIVE_LEADS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'had', 'have', 'has', 'been', 'were', 'was', 'are', 'is']);

/** Words before a figure that make it a difference, not a count ("all but three", "a reduction of two"). */
export const DIFFERENCE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['all', 'but'], ['reduction', 'of'], ['increase', 'of'], ['drop', 'of'], ['rise', 'of'], ['decrease', 'of'],
];

/**
 * The word that makes the figure after a change word ("rose by 30 to 150", "up by 12 from
 * Tuesday") the size of the change: never the count itself, nor a bound of a range.
 */
export const CHANGE_BY_WORD = 'by';

/**
 * Change words after which "by N" is the change wherever the sentence goes on ("The toll rose by
 * 12 overnight", "58 dead, up by 12"): none takes an agent "by" ("supplies dropped by two
 * helicopters", "a boy raised by his aunt" do).
 */
export const CHANGE_BY_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'climbed', 'climbs', 'climbing', 'jumped', 'jumps', 'increased', 'increases',
  'grew', 'grown', 'soared', 'surged', 'fell', 'fallen', 'falls', 'declined', 'decreased', 'up', 'down',
]);

/**
 * Words after "by A to B" that make it a range of a change in percent ("fell by 30 to 50 percent"),
 * not a change of A to the level B ("rose by 30 to 150").
 */
export const PERCENT_AFTER_WORDS: ReadonlySet<string> = new Set(['%', 'percent', 'per', 'pct', 'percentage']);

/**
 * A figure per period is a rate, not the count of an event: "treating about 240 patients a
 * day", "6,000 road deaths a year". `RATE_LEADS` then `RATE_PERIODS` after the figure (and its
 * noun), or one of `RATE_WORDS`.
 */
export const RATE_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);
export const RATE_PERIODS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'night', 'hour', 'minute']);
export const RATE_WORDS: ReadonlySet<string> = new Set(['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly']);

/**
 * Nouns before "of N" that make N the size of someone's family, not a count of the event:
 * "a mother of two", "the father of three young children".
 */
export const FAMILY_OF_NOUNS: ReadonlySet<string> = new Set([
  'mother', 'father', 'parent', 'mom', 'mum', 'dad', 'grandmother', 'grandfather', 'grandparent', 'grandma', 'grandpa',
]);

/**
 * "members of one family", "all from one village", "three deaths in one household": "one" after
 * one of SAME_GROUP_LEADS and before one of these nouns says the people share a group (as "a
 * single"), it counts neither people nor groups of the event.
 */
export const SAME_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'family', 'household', 'clan', 'tribe', 'village', 'town', 'neighbourhood', 'neighborhood',
]);
export const SAME_GROUP_LEADS: ReadonlySet<string> = new Set(['of', 'from', 'in']);

/** Words of time that a tagger may read as a noun after a figure, never its unit ("rose to 525 yesterday"). */
export const DAY_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'overnight']);

/**
 * Words that date a figure's sentence to the day before its version ("the toll soared to 525
 * yesterday"): of two versions of the same date, such a figure is the older one.
 */
export const DAY_BEFORE_WORDS: ReadonlySet<string> = new Set(['yesterday']);

/**
 * Singular nouns of a person before an age set off by commas: "a boy, 9, and his grandmother",
 * "a woman, 34, died in hospital", "the man, 45, was arrested". One person has an age, never
 * a count, so the bare number after such a noun and a comma is no figure of the event.
 */
export const AGE_APPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'boy', 'girl', 'man', 'woman', 'child', 'baby', 'infant', 'toddler', 'teen', 'teenager', 'youth', 'student',
  'pupil', 'schoolboy', 'schoolgirl', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister',
  'grandmother', 'grandfather', 'grandson', 'granddaughter', 'nephew', 'niece', 'uncle', 'aunt', 'cousin', 'driver',
  'officer', 'policeman', 'policewoman', 'soldier', 'teacher', 'nurse', 'doctor', 'worker', 'farmer', 'fisherman',
  'passenger', 'pedestrian', 'cyclist', 'motorist', 'resident', 'neighbor', 'neighbour', 'victim', 'suspect',
  'gunman', 'attacker', 'shooter', 'pilot', 'firefighter', 'guard', 'tourist', 'hiker', 'climber', 'retiree',
  'widow', 'widower', 'pensioner', 'employee', 'volunteer', 'survivor', 'patient',
]);

/** Words before a figure that make it an age ("aged 17", "at age 95"). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);
/** "a boy of 17", "a woman of 52": one person and "of", then an age (`AGE_OF_ARTICLES` before the noun). */
export const AGE_OF_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'boy', 'girl', 'man', 'woman', 'child', 'teenager', 'son', 'daughter', 'youth', 'pensioner', 'widow', 'widower',
]);
export const AGE_OF_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/**
 * Words of dying before "at N" that make N an age: "died on Thursday at 88", "dead at 91",
 * "passed away at her home at 79" (a toll never comes as "died at N"). "passed" and "passes"
 * count only before "away".
 */
export const DIED_AT_WORDS: ReadonlySet<string> = new Set(['died', 'dies', 'dead', 'passed', 'passes']);

/**
 * Vague magnitudes as ranges ("hundreds" = 200–999): they agree with any number inside
 * and are never a headline figure. Keyed by the lower bound numbers.ts reads.
 */
export const VAGUE_RANGES: ReadonlyMap<number, number> = new Map([
  [24, 99], // dozens, a few dozen
  [40, 199], // scores of
  [200, 999], // hundreds, several hundred
  [2000, 9999], // thousands
  [20000, 99999], // tens of thousands
  [200000, 999999], // hundreds of thousands
  [2000000, 9999999], // millions
]);

/**
 * Number words that only state round figures: "over a dozen", "more than a score" are hedged
 * round figures, like "more than 40", which give way to the exact figure a story gives later.
 */
export const ROUND_NUMBER_WORDS: ReadonlySet<string> = new Set(['dozen', 'score']);

/**
 * Verbs of finding bodies: "Rescuers recovered nine bodies on Monday" counts the day's finds,
 * a part of the toll the story may state next ("The death toll now stands at 61").
 */
export const RECOVERY_VERBS: ReadonlySet<string> = new Set([
  'recovered', 'found', 'pulled', 'retrieved', 'extracted', 'dug', 'located', 'unearthed', 'removed', 'discovered',
]);

/**
 * Nouns of a toll statement ("the death toll now stands at 61", "bringing the total to 48"), with
 * or without a toll word ("the number of dead reached 70", "the count of the dead climbed to 70").
 */
export const TOLL_NOUNS: ReadonlySet<string> = new Set(['toll', 'total', 'tally', 'number', 'count', 'figure']);

/**
 * Nouns of a count that names its people after "of" ("the number of dead", "the count of the
 * missing"), and the words between "of" and the cue ("the number of people killed"): a cue so
 * named belongs to that count, not to a figure before it.
 */
export const COUNT_OF_NOUNS: ReadonlySet<string> = new Set(['number', 'count', 'tally', 'total', 'toll']);
export const COUNT_OF_FILLER: ReadonlySet<string> = new Set(['the', 'people', 'persons', 'those']);

/** Words that make a count of bodies found the whole count ("recovered 61 bodies in all"). */
export const WHOLE_COUNT_WORDS: ReadonlySet<string> = new Set(['total', 'toll', 'tally', 'altogether', 'overall']);
export const WHOLE_COUNT_PHRASES: ReadonlyArray<readonly [string, string]> = [['in', 'all']];
/**
 * Words opening a sentence that gives the whole count after its parts ("In all, 51 people died",
 * "All told, 51 were killed", "Altogether, 51 people died"): that figure is the story's toll.
 */
export const WHOLE_COUNT_OPENERS: ReadonlyArray<readonly string[]> = [['in', 'all'], ['in', 'total'], ['all', 'told'], ['altogether'], ['overall']];

/** Nouns of a count of bodies found (a figure's unit, lemma or plural). */
export const BODY_NOUNS: ReadonlySet<string> = new Set(['body', 'bodies', 'corpse', 'corpses', 'remains']);

/**
 * Prepositions of time before a year ("In 1998 Indian troops …", "Since 2015 police have …"):
 * a number of a year's form right after one is a year, whatever noun follows it.
 */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'before', 'after', 'during']);

/**
 * Ordinals read as a count before a toll noun: "a second death" states two deaths, "a third body
 * was found" three bodies ("Second death reported in …" in a headline). Only before one of
 * ORDINAL_COUNT_NOUNS, right after the ordinal: "second-degree burns", "the second floor", "for a
 * second day", "the second time", "a second fire" count nothing.
 */
export const ORDINAL_COUNTS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);
/**
 * A count of none said in words (read/numbers.ts `findZeroCounts`): "No one remains missing",
 * "nobody was hurt", "no one died" state 0 of the state named; so do "all those missing have
 * been accounted for", "everyone reported missing has now been found" (0 missing). Only with the
 * state right after the subject and its linking words: "no one knows how many are missing", "no
 * one else was hurt", "no one in the building was hurt", "almost no one", "not all those missing
 * have been found" and "all but two of the missing" state no count.
 */
export const ZERO_SUBJECTS: ReadonlyArray<readonly string[]> = [['nobody'], ['no', 'one'], ['no', '-', 'one']];
/** Words between "no one" and its state: a copula, "remains", "still", "reported", "believed to be". */
export const ZERO_LINKS: ReadonlySet<string> = new Set([
  'is', 'was', 'were', 'are', 'has', 'have', 'had', 'been', 'be', 'being', 'remains', 'remain', 'remained', 'still', 'now',
  'reported', 'confirmed', 'believed', 'thought', 'listed', 'officially', 'immediately', 'yet', 'any', 'longer', 'to',
]);
/** States a zero subject counts: the words of the toll, injured and missing cues. */
export const ZERO_STATES: ReadonlySet<string> = new Set([
  'missing', 'unaccounted', 'trapped', 'killed', 'dead', 'died', 'injured', 'hurt', 'wounded', 'hospitalized', 'hospitalised',
]);
/** Words before a zero subject that make it "hardly any", not none. */
export const ZERO_HEDGES: ReadonlySet<string> = new Set(['almost', 'nearly', 'virtually', 'practically', 'hardly', 'scarcely', 'not']);
/** "all", "everyone" ... before the missing whom it says are found. */
export const ALL_FOUND_LEADS: ReadonlySet<string> = new Set(['all', 'everyone', 'everybody', 'every']);
/** Words between "all" and the missing state: "all [of those] missing", "every [person reported] missing". */
export const ALL_FOUND_FILLERS: ReadonlySet<string> = new Set([
  'of', 'those', 'the', 'people', 'person', 'residents', 'who', 'were', 'was', 'had', 'been', 'reported', 'listed', 'previously',
  'initially', 'earlier', 'originally',
]);
/** The state the missing were in. */
export const ALL_FOUND_STATES: ReadonlySet<string> = new Set(['missing', 'unaccounted', 'trapped']);
/** Words between the state and the finding verb: "[for] [have] [now] [been]". */
export const ALL_FOUND_LINKS: ReadonlySet<string> = new Set(['for', 'have', 'has', 'had', 'now', 'been', 'were', 'are', 'since', 'all', 'safely']);
/** Verbs that end the missing state ("accounted for", "found", "located", "rescued", "traced"). */
export const ALL_FOUND_VERBS: ReadonlySet<string> = new Set(['found', 'accounted', 'located', 'rescued', 'traced']);
/**
 * Toll nouns an ordinal counts, each with its plural: the count is read as the plural ("a second
 * death" = "two deaths"), the form a rule's cue is written in.
 */
export const ORDINAL_COUNT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['death', 'deaths'], ['fatality', 'fatalities'], ['victim', 'victims'], ['body', 'bodies'],
]);
/**
 * People an ordinal counts when their death follows (read/numbers.ts `ordinalCountAt`): "A third
 * student has died", "a second passenger died in hospital"; not "a second student was hurt".
 */
export const ORDINAL_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'student', 'person', 'child', 'teacher', 'man', 'woman', 'boy', 'girl', 'passenger', 'worker', 'miner', 'pupil',
  'teenager', 'officer', 'firefighter', 'patient', 'soldier', 'climber', 'tourist', 'resident', 'villager', 'pilgrim',
]);
/**
 * Words before the ordinal that make it one person's place in an order, not the count ("the second
 * victim was found in a car", "the county's third death"): read, but never the version's figure.
 */
export const ORDINAL_DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', "'s", '’s']);
/**
 * Words after the ordinal's noun, in its clause, that make it one of a series over a period ("a
 * third death on the mountain this season", "the second death since March", "a fourth fatality so
 * far this year"): "since", or "this"/"so far" before one of these, is not the event's toll.
 */
export const ORDINAL_SERIES_PERIODS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'season', 'summer', 'winter', 'spring', 'autumn', 'decade', 'far']);
/**
 * A toll given through its victims, when no cue of the clause reaches the figure: "Police name
 * 12 victims of the bombing", "The 12 victims were aged between 19 and 64", "charged with 12
 * counts of murder". The figure's own noun (a lemma) stands for this cue word, the one the toll
 * rule is written with (extract/quantity.ts reads it as a weak cue: the toll only when the
 * version states no other).
 */
export const DEAD_STAND_IN = 'dead';
/** Nouns of people that count the dead of the event when nothing in their clause says otherwise. */
export const VICTIM_NOUNS: ReadonlySet<string> = new Set(['victim']);
/**
 * Words in a victims figure's clause that make the victims no dead: hurt, in care, alive, housed,
 * or harmed by no killing ("12 victims were treated", "the victims' families", "400 flood victims
 * in shelters", "victims of fraud").
 */
export const LIVING_VICTIM_WORDS: ReadonlySet<string> = new Set([
  'injured', 'hurt', 'wounded', 'injuries', 'missing', 'unaccounted', 'treated', 'hospitalized', 'hospitalised',
  'hospital', 'hospitals', 'condition', 'treatment', 'care', 'survived', 'survivors', 'survivor', 'rescued', 'alive',
  'evacuated', 'displaced', 'homeless', 'shelter', 'shelters', 'tents', 'housed', 'recovering', 'discharged',
  'abuse', 'abused', 'fraud', 'scam', 'scams', 'theft', 'trafficking', 'assault', 'assaulted', 'harassment',
  'bullying', 'robbery', 'burglary', 'hacking', 'attempted', 'families', 'relatives',
]);
/**
 * Words right before a victims figure that make it all the victims, not some of them ("the 12
 * victims", "all 12 victims", "police named 12 victims"); "Nine victims were buried on Sunday"
 * may be the first funerals of more.
 */
export const WHOLE_VICTIMS_LEADS: ReadonlySet<string> = new Set([
  'the', 'all', 'name', 'names', 'named', 'naming', 'identify', 'identifies', 'identified', 'identifying',
]);
/** Nouns of a charge count: "12 counts of murder" counts the people killed. */
export const CHARGE_COUNT_NOUNS: ReadonlySet<string> = new Set(['count']);
/** Charges of killing a person ("counts of murder"; not "counts of attempted murder"). */
export const KILLING_CHARGES: ReadonlySet<string> = new Set(['murder', 'manslaughter', 'homicide']);
/** Words between "counts of" and the charge that keep it a killing ("first-degree murder"); "attempted" is none. */
export const CHARGE_DEGREE_WORDS: ReadonlySet<string> = new Set([
  'first-degree', 'second-degree', 'third-degree', 'first', 'second', 'third', 'degree', '-', 'capital', 'aggravated',
  'premeditated', 'felony', 'involuntary', 'voluntary', 'vehicular', 'intentional',
]);

/**
 * Words of harm right after a headline's figures of people joined by a comma alone ("19 children,
 * 2 teachers killed in school shooting"): the figures are one group, their sum the count, as with
 * "and" (src/read/quantities.ts `memberRuns`).
 */
export const HEADLINE_GROUP_VERBS: ReadonlySet<string> = new Set(['killed', 'dead', 'die', 'died', 'injured', 'wounded', 'hurt', 'missing']);
/**
 * The outcome each of HEADLINE_GROUP_VERBS tells: members of one group share it ("19 children, 2
 * teachers killed"); "3 students killed, 8 others wounded" lists two counts, no group of 11.
 */
export const HEADLINE_OUTCOMES: Readonly<Record<string, string>> = {
  killed: 'dead', dead: 'dead', die: 'dead', died: 'dead', injured: 'hurt', wounded: 'hurt', hurt: 'hurt', missing: 'missing',
};

/**
 * "2,681 injuries", "caused 3,400 injuries": a count of injuries counts the people hurt (the nouns
 * are person nouns of an outcome, as "deaths" are), unless a verb of suffering gives them to one
 * person ("he suffered two injuries to his leg"; nouns of harm: INJURY_NOUNS).
 */
export const OWN_INJURY_VERBS: ReadonlySet<string> = new Set(['suffered', 'sustained', 'suffer', 'sustain', 'suffers', 'sustains', 'suffering', 'sustaining', 'had']);

/**
 * The event as the subject of its toll, opening a sentence: "The quake has killed 273 people",
 * "The blast killed at least 40". Such a figure is the whole toll; a smaller opening figure at a
 * site ("a collapsed school …, where 19 children and six adults died") is one of its parts
 * (src/extract/claims.ts). Nouns of the event, and the verbs of its toll.
 */
export const EVENT_SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  'quake', 'earthquake', 'tremor', 'temblor', 'blast', 'explosion', 'attack', 'attacks', 'storm', 'cyclone', 'typhoon', 'hurricane',
  'flood', 'floods', 'flooding', 'landslide', 'landslides', 'disaster', 'fire', 'blaze', 'wildfire', 'tsunami', 'eruption',
  'stampede', 'crash', 'collapse', 'shooting', 'bombing', 'bombings', 'derailment', 'avalanche', 'mudslide', 'mudslides',
]);
export const EVENT_TOLL_VERBS: ReadonlySet<string> = new Set(['killed', 'kills', 'killing', 'claimed', 'claims', 'claiming', 'left', 'leaving']);

/**
 * Words that state a count without a figure: "wounding several others", "dozens were hurt",
 * "many people were injured". A version that says so next to a rule's cue did not leave the
 * count out; it gave it vaguely (src/check/scalar.ts: its omission is information only).
 */
export const VAGUE_COUNT_WORDS: ReadonlySet<string> = new Set([
  'several', 'many', 'dozens', 'scores', 'hundreds', 'thousands', 'numerous', 'multiple', 'countless', 'some',
]);
/** How many words from a cue a vague count word may stand ("wounding several others", "several others were wounded"). */
export const VAGUE_COUNT_REACH = 3;

/**
 * Another event placed by its distance in time: "days after a magnitude 8.1 quake killed at least
 * 90 people", "two weeks after another tremor killed 98", "three years after a 7.8 quake killed
 * 670". A unit of time, "after" or "before", then an indefinite lead ("a", "an", "another"): the
 * figures of that clause are the other event's (src/read/quantity-roles.ts). "two days after the
 * quake killed 217" is the story's own quake.
 */
export const OFFSET_UNITS: ReadonlySet<string> = new Set(['hours', 'days', 'weeks', 'months', 'years', 'decades', 'day', 'week', 'month', 'year', 'decade']);
export const OFFSET_LINKS: ReadonlySet<string> = new Set(['after', 'before']);
export const OTHER_EVENT_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/**
 * Nouns that a number after them labels, not counts: "Room 201", "Building 12 of the complex",
 * "Flight 302", "Highway 6", "Gate 4", "Grade 9 students". Read when the noun is capitalised (a
 * name's word), or for "room" and "grade" always ("in room 201").
 */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'room', 'rooms', 'building', 'block', 'flight', 'highway', 'route', 'interstate', 'gate', 'terminal', 'platform',
  'pier', 'berth', 'ward', 'unit', 'apartment', 'suite', 'floor', 'level', 'train', 'bus', 'line', 'sector', 'zone',
  'grade', 'class', 'hall', 'court', 'chapter', 'article', 'section', 'page', 'episode', 'season', 'lot', 'bay',
  'hangar', 'shaft', 'reactor', 'district', 'camp', 'lane', 'exit', 'mile', 'km', 'kilometre', 'kilometer', 'row',
]);
export const LOWER_CASE_LABEL_NOUNS: ReadonlySet<string> = new Set(['room', 'grade']);

/** Articles that open a lede naming the story's own event ("The quake has killed 273", "A powerful quake struck …, killing five"). */
export const EVENT_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Words that end what an earlier statement governs ("had said 12 died; it now says 15"). */
export const STATEMENT_ENDS: ReadonlySet<string> = new Set([';', 'now', 'but', 'while', 'whereas', 'later', 'since']);

/**
 * Words of harm beside which "scores" is a vague count of people, not results ("128 dead, scores
 * injured", "the quake killed 128 and injured scores"): right after it, or the verb right before it.
 */
export const SCORES_HARM_AFTER: ReadonlySet<string> = new Set(['injured', 'wounded', 'hurt', 'dead', 'killed', 'missing']);
export const SCORES_HARM_BEFORE: ReadonlySet<string> = new Set(['injured', 'injuring', 'injures', 'wounded', 'wounding', 'wounds', 'killed', 'killing', 'kills', 'hurt', 'hurting']);

/**
 * Verbs and nouns of a place's capacity right before a figure: "The stadium holds 90,000 people",
 * "can accommodate 5,000 guests", "a capacity of 40,000 spectators", "room for 300 people": the
 * size of the place, no count of the people there. A capacity noun takes "of" or "for" after it.
 */
export const CAPACITY_VERBS: ReadonlySet<string> = new Set(['holds', 'hold', 'seats', 'seat', 'accommodates', 'accommodate', 'sleeps']);
export const CAPACITY_NOUNS: ReadonlySet<string> = new Set(['capacity', 'room']);
