/**
 * English language data about people: titles, offices, organisation heads, given
 * names and the words around names in wire copy. Pure data (lower case), no logic;
 * every module that needs one of these lists imports it from here.
 */

/** Given-name roots: every variant maps to the first name of its group. */
export const HYPOCORISM_GROUPS: readonly (readonly string[])[] = [
  ['matthew', 'matt', 'matty', 'mathew'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['william', 'bill', 'billy', 'will', 'willy', 'willie'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['thomas', 'tom', 'tommy'],
  ['daniel', 'dan', 'danny'],
  ['stephen', 'steven', 'steve', 'stevie', 'stefan'],
  ['alexander', 'alex', 'alexandr', 'aleksandr', 'oleksandr'],
  ['christopher', 'chris', 'kristopher'],
  ['joseph', 'joe', 'joey'],
  ['anthony', 'tony', 'antony'],
  ['david', 'dave', 'davey'],
  ['samuel', 'sam', 'sammy'],
  ['benjamin', 'ben', 'benny'],
  ['nicholas', 'nick', 'nicky', 'nicolas', 'nikolas'],
  ['katherine', 'kate', 'katie', 'kathy', 'catherine', 'kathryn', 'cathy', 'katharine'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza'],
  ['richard', 'rick', 'ricky', 'dick', 'rich', 'richie'],
  ['edward', 'ed', 'eddie', 'ned'],
  ['charles', 'charlie', 'chuck'],
  ['jonathan', 'jon'],
  ['john', 'johnny', 'jack'],
  ['margaret', 'maggie', 'peggy', 'meg'],
  ['jennifer', 'jen', 'jenny'],
  ['timothy', 'tim'],
  ['gregory', 'greg'],
  ['andrew', 'andy', 'drew'],
  ['peter', 'pete'],
  ['lawrence', 'larry', 'laurence'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['gerald', 'gerry', 'jerry'],
  ['kenneth', 'ken', 'kenny'],
  ['douglas', 'doug'],
  ['jeffrey', 'jeff', 'geoffrey', 'geoff'],
  ['frederick', 'fred', 'freddie'],
  ['raymond', 'ray'],
  ['philip', 'phillip', 'phil'],
  ['susan', 'sue', 'susie'],
  ['deborah', 'debbie', 'deb', 'debra'],
  ['rebecca', 'becky'],
  ['victoria', 'vicky', 'vicki'],
  ['zachary', 'zach', 'zack'],
  ['joshua', 'josh'],
  ['jacob', 'jake'],
  ['mitchell', 'mitch'],
  ['walter', 'walt'],
  ['eugene', 'gene'],
  ['vincent', 'vince'],
  ['theodore', 'theo', 'teddy'],
  ['patricia', 'patty', 'trish'],
  ['abraham', 'abe'],
  // Slavic transliterations (Russian / Ukrainian forms of one name).
  ['sergei', 'sergey', 'serhii', 'serhiy', 'sergiy'],
  ['dmitry', 'dmitri', 'dmytro', 'dmitriy'],
  ['alexei', 'alexey', 'aleksei', 'aleksey', 'oleksii', 'oleksiy'],
  ['yevgeny', 'evgeny', 'yevgeniy', 'yevhen', 'evgeni', 'yevgeni'],
  ['yuri', 'yuriy', 'yurii', 'yury'],
  ['nikolai', 'nikolay', 'mykola'],
  ['mikhail', 'mykhailo', 'mikhailo'],
  ['oleg', 'oleh'],
  ['olga', 'olha'],
  ['andrei', 'andrey', 'andrii', 'andriy'],
  ['mohammed', 'muhammad', 'mohammad', 'mohamed', 'muhammed'],
];

/** Honorifics dropped from the front of a name ("Mr.", "Dr.") when keying it. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame']);

/**
 * Title/role words (lower case) that may precede a name. A run of these directly
 * before a name is the person's title ("British Foreign Secretary", "retired Lt. Gen.").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'state', 'foreign', 'defense', 'defence',
  'interior', 'finance', 'home', 'health', 'justice', 'economy', 'trade', 'energy', 'general', 'attorney',
  'envoy', 'special', 'adviser', 'advisor', 'spokeswoman', 'spokesman', 'spokesperson', 'chancellor',
  'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'adm.', 'cmdr.', 'brig.', 'gen', 'lt', 'col',
  'retired', 'former', 'sen.', 'rep.', 'gov.', 'sen', 'rep', 'gov', 'mayor', 'judge', 'dr.', 'dr',
  'pope', 'king', 'queen', 'prince', 'princess', 'crown', 'ceo', 'cfo', 'chairman', 'chairwoman', 'chair',
  'director', 'governor', 'senator', 'representative', 'ambassador', 'chief', 'deputy', 'acting',
  'commissioner', 'presidential', 'premier', 'leader', 'lawyer', 'prosecutor', 'professor',
  'prof.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'rev.', 'reverend', 'father',
  'sheikh', 'emir', 'sultan', 'commander', 'lieutenant', 'colonel', 'major', 'captain', 'sergeant',
  'admiral', 'officer', 'police', 'fire', 'rescue', 'official', 'coach', 'manager',
  'executive', 'national', 'security', 'top', 'senior', 'assistant', 'associate', 'opposition', 'party',
  'speaker', 'house', 'supreme', 'court', 'district', 'federal', 'u.n.', 'un', 'secretary-general',
  'head', 'founder', 'co-founder', 'editor', 'correspondent', 'writer', 'writers', 'reporter', 'anchor',
  'ministers', 'cabinet', 'economic', 'military', 'political', 'policy', 'legal', 'press',
  'communications', 'affairs', 'public', 'regional', 'provincial', 'city', 'county', 'council',
  'councilman', 'councilwoman', 'councillor', 'magistrate', 'detective', 'inspector', 'superintendent',
  'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'first', 'lady', 'state-run',
]);

/**
 * Title heads: a single capitalised token right after one of these is a person's
 * surname ("President Trump", "Judge Alvarez"), even if never introduced in full.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.',
  'adm.', 'gen', 'sen.', 'rep.', 'gov.', 'sen', 'rep', 'gov', 'mayor', 'judge', 'justice', 'dr.', 'dr',
  'pope', 'king', 'queen', 'prince', 'princess', 'governor', 'senator', 'ambassador', 'premier',
  'prof.', 'professor', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'rev.',
  'reverend', 'sheikh', 'emir', 'sultan', 'commander', 'lieutenant', 'colonel', 'captain', 'sergeant',
  'admiral', 'general', 'envoy', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'prosecutor',
  'detective', 'inspector', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'speaker', 'ceo',
  'chairman', 'chairwoman', 'director', 'commissioner',
]);

/**
 * Offices that are never surnames: a capitalised run ending in one is a bare title
 * ("Environment Minister said", once the name was cut), not a person, place or organisation.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'mayor', 'governor', 'senator', 'ambassador', 'premier',
  'envoy', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'prosecutor', 'commissioner', 'chairman',
  'chairwoman', 'director', 'ceo',
]);

/**
 * Head words of organisations, places and things: a capitalised run containing one
 * is not a person ("State Department", "Foreign Ministry", "Associated Press").
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'center', 'centre', 'institute', 'agency', 'council', 'committee',
  'commission', 'union', 'press', 'news', 'times', 'post', 'journal', 'bank', 'fund', 'group',
  'company', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'co.', 'association',
  'organization', 'organisation', 'foundation', 'court', 'parliament', 'congress', 'senate',
  'assembly', 'army', 'navy', 'force', 'forces', 'police', 'office', 'service', 'services',
  'administration', 'government', 'federation', 'republic', 'kingdom', 'states', 'nations', 'club',
  'team', 'fc', 'church', 'museum', 'analysis', 'policy', 'studies', 'research', 'network', 'airlines',
  'airways', 'authority', 'board', 'bureau', 'guard', 'tribunal', 'league', 'alliance', 'coalition',
  'front', 'movement', 'initiative', 'program', 'programme', 'project', 'summit', 'conference',
  'forum', 'games', 'cup', 'championship', 'festival', 'award', 'prize', 'war', 'act', 'law', 'day',
  'city', 'river', 'island', 'islands', 'street', 'square', 'province', 'county', 'valley',
  'mountains', 'mount', 'sea', 'ocean', 'bay', 'lake', 'airport', 'station', 'palace', 'hospital',
  'school', 'university', 'college', 'academy', 'cathedral', 'park', 'bridge', 'road', 'avenue',
  'highway', 'region', 'district', 'oblast', 'peninsula', 'gulf', 'strait', 'coast', 'desert',
  'square', 'hall', 'house', 'tower', 'plaza', 'stadium', 'arena', 'hotel', 'embassy', 'consulate',
  'party', 'parties', 'society', 'system', 'index', 'exchange', 'market', 'markets', 'treaty',
  'accord', 'accords', 'agreement', 'plan', 'strategy', 'operation', 'mission', 'base', 'port',
  'harbor', 'harbour', 'media', 'television', 'tv', 'radio', 'channel', 'magazine', 'herald',
  'tribune', 'gazette', 'reuters', 'bloomberg', 'twitter', 'facebook', 'instagram', 'telegram',
  'google', 'apple', 'microsoft', 'amazon', 'internet', 'web', 'online', 'app', 'x', 'covid',
  'covid-19', 'god', 'allah', 'bible', 'quran', 'constitution', 'north', 'south', 'east', 'west',
  'northern', 'southern', 'eastern', 'western', 'central', 'republicans', 'democrats', 'mideast',
  'd.c.', 'ap', 'afp', 'hamas', 'hezbollah', 'taliban', 'houthis', 'kremlin', 'pentagon',
  'vatican', 'interpol', 'europol', 'cross', 'crescent', 'gazprom', 'tesla', 'boeing', 'airbus', 'fifa', 'olympics',
]);

/**
 * Offices normally followed by a name when capitalised after a modifier: "French
 * President brought" has lost its name (deletion scars).
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  ...OFFICE_HEADS,
  'sen.', 'rep.', 'gov.', 'gen.', 'general', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'pope',
  'judge', 'justice', 'chair', 'leader', 'chief',
]);

/** Titles stripped from the front of a name run ("Russian President Vladimir Putin" → "Vladimir Putin"). */
export const STRIPPED_TITLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'gov.', 'mayor', 'senator',
  'sen.', 'rep.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'general', 'ambassador', 'envoy', 'king',
  'queen', 'prince', 'princess', 'pope', 'commissioner', 'judge', 'justice', 'mr.', 'mrs.', 'ms.', 'dr.',
  'prof.', 'prime', 'foreign', 'defense', 'defence', 'interior', 'chief', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisor', 'director', 'vice', 'deputy', 'sheriff', 'inspector', 'officer',
  'retired', 'lt', 'gen', 'state',
]);

/** News agencies and outlets that sign wire copy (lower case words). */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'ap', 'associated', 'press', 'reuters', 'afp', 'agence', 'france-presse', 'presse', 'xinhua', 'kyodo', 'yonhap',
  'anadolu', 'tass', 'itar-tass', 'ria', 'novosti', 'interfax', 'sputnik', 'bernama', 'antara', 'pti', 'ani', 'ians',
  'irna', 'wafa', 'kcna', 'efe', 'ansa', 'dpa', 'epa', 'upi', 'bloomberg', 'getty', 'images', 'pool', 'news', 'cnn',
  'bbc', 'nhk', 'jazeera', 'al-jazeera', 'aap', 'pa', 'ukrinform', 'nation', 'times', 'post', 'telegraph', 'guardian',
]);

/** Words of a credit line that name a role, not a person ("Associated Press writer"). */
export const CREDIT_ROLE_WORDS: ReadonlySet<string> = new Set([
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists',
  'staff', 'photographer', 'photographers', 'editor', 'editors', 'contributor', 'contributors', 'photo', 'video',
  'producer', 'producers', 'service', 'wire', 'desk', 'bureau', 'chief', 'special', 'senior', 'national', 'foreign',
  'political', 'diplomatic', 'white', 'house', 'science', 'medical', 'business', 'economics',
]);

/** Other words a credit clause may hold besides names ("X and Y in Kyiv, Ukraine, contributed"). */
export const CREDIT_CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'in', 'from', 'at', 'near', 'the', 'also', '&', 'of']);
