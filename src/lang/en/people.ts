/**
 * English language data about people: titles, offices, organisation heads, given
 * names and the words around names in wire copy. Pure data (lower case) in word blocks;
 * every module that needs one of these lists imports it from here.
 */

import { BUILDING_NOUNS } from './places.js';

/** One group of words per line (a line starting with # is a comment). */
function groups(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => line.split(/\s+/u));
}

/** Given-name roots: every variant maps to the first name of its group. */
export const HYPOCORISM_GROUPS: readonly (readonly string[])[] = groups(`
  matthew matt matty mathew
  michael mike mikey mick
  william bill billy will willy willie
  robert bob bobby rob robbie bert
  james jim jimmy jamie
  thomas tom tommy
  daniel dan danny
  stephen steven steve stevie stefan
  alexander alex alexandr aleksandr oleksandr
  christopher chris kristopher
  joseph joe joey
  anthony tony antony
  david dave davey
  samuel sam sammy
  benjamin ben benny
  nicholas nick nicky nicolas nikolas
  katherine kate katie kathy catherine kathryn cathy katharine
  elizabeth liz lizzie beth betty eliza
  richard rick ricky dick rich richie
  edward ed eddie ned
  charles charlie chuck
  jonathan jon
  john johnny jack
  margaret maggie peggy meg
  jennifer jen jenny
  timothy tim
  gregory greg
  andrew andy drew
  peter pete
  lawrence larry laurence
  ronald ron ronnie
  donald don donnie
  gerald gerry jerry
  kenneth ken kenny
  douglas doug
  jeffrey jeff geoffrey geoff
  frederick fred freddie
  raymond ray
  philip phillip phil
  susan sue susie
  deborah debbie deb debra
  rebecca becky
  victoria vicky vicki
  zachary zach zack
  joshua josh
  jacob jake
  mitchell mitch
  walter walt
  eugene gene
  vincent vince
  theodore theo teddy
  patricia patty trish
  abraham abe
  # Slavic transliterations (Russian / Ukrainian forms of one name).
  sergei sergey serhii serhiy sergiy
  dmitry dmitri dmytro dmitriy
  alexei alexey aleksei aleksey oleksii oleksiy
  yevgeny evgeny yevgeniy yevhen evgeni yevgeni
  yuri yuriy yurii yury
  nikolai nikolay mykola
  mikhail mykhailo mikhailo
  oleg oleh
  olga olha
  andrei andrey andrii andriy
  mohammed muhammad mohammad mohamed muhammed
`);

/** Honorifics dropped from the front of a name ("Mr.", "Dr.") when keying it. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame']);

/**
 * Offices written as one hyphenated word that wink may keep whole ("Vice-Chairperson",
 * "Co-Chair", "Governor-General", "President-elect"): each head below with "vice-", "co-" before
 * it or "-general", "-elect", "-designate" after it.
 */
const COMPOUNDED_HEADS: readonly string[] = [
  'president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'chancellor', 'premier', 'minister', 'secretary',
  'director', 'governor', 'commissioner', 'admiral', 'marshal', 'rector', 'dean', 'principal', 'mayor', 'speaker',
  'attorney', 'auditor', 'solicitor', 'inspector', 'surgeon', 'consul', 'prosecutor',
];
const COMPOUND_TITLES: readonly string[] = COMPOUNDED_HEADS.flatMap((h) => [
  `vice-${h}`, `co-${h}`, `${h}-general`, `${h}-elect`, `${h}-designate`,
]);

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
  'pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'crown', 'ceo', 'cfo', 'chairman', 'chairwoman', 'chair',
  'director', 'governor', 'senator', 'representative', 'ambassador', 'chief', 'deputy', 'acting',
  'commissioner', 'presidential', 'premier', 'leader', 'lawyer', 'prosecutor', 'professor',
  'prof.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'baroness', 'baron', 'earl', 'countess', 'rev.', 'reverend', 'father',
  'sheikh', 'emir', 'sultan', 'commander', 'lieutenant', 'colonel', 'major', 'captain', 'sergeant',
  'admiral', 'officer', 'police', 'fire', 'rescue', 'official', 'coach', 'manager',
  'executive', 'national', 'security', 'top', 'senior', 'assistant', 'associate', 'opposition', 'party',
  'speaker', 'house', 'supreme', 'court', 'district', 'federal', 'u.n.', 'un', 'secretary-general',
  'head', 'founder', 'co-founder', 'editor', 'correspondent', 'writer', 'writers', 'reporter', 'anchor',
  'ministers', 'cabinet', 'economic', 'military', 'political', 'policy', 'legal', 'press',
  'communications', 'affairs', 'public', 'regional', 'provincial', 'city', 'county', 'council',
  'councilman', 'councilwoman', 'councillor', 'magistrate', 'detective', 'inspector', 'superintendent',
  'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'first', 'lady', 'state-run',
  // Plural titles before a list of names ("former Presidents Ellen Johnson Sirleaf and Michelle Bachelet").
  'presidents', 'secretaries', 'senators', 'governors', 'ambassadors', 'mayors', 'judges', 'generals', 'dukes', 'duchesses',
  'kings', 'queens', 'princes', 'premiers', 'chancellors', 'commissioners', 'envoys', 'directors',
  // Abbreviations whose period wink splits off ("Rear Adm. X" ends a sentence at "Adm").
  'rear', 'adm', 'cmdr', 'brig', 'capt', 'sgt', 'maj', 'rev', 'prof', 'supt', 'insp', 'cpl', 'pvt', 'local',
  // "India's PM Narendra Modi", "Ireland's Taoiseach Mira Doyle", "Grand Duke Henri", "Hereditary Prince Alois"
  'pm', 'taoiseach', 'duke', 'duchess', 'archduke', 'hereditary', 'sheriff', 'consort', 'dowager', 'regent',
  // schools, churches and local offices ("Principal Ana Ruiz", "Coroner Tom Hale", "Trooper Lee Park")
  'principal', 'dean', 'provost', 'headmaster', 'headmistress', 'pastor', 'coroner', 'trooper', 'marshal', 'clerk',
  // a party before a name ("Democrat Barack Obama and Republican Tom Hale", "Labour MP Ana Ruiz")
  'democrat', 'republican', 'democratic', 'labour', 'tory', 'conservative', 'liberal', 'independent', 'mp',
  // heads and officers of commissions, boards and public bodies ("African Union Commission Chairperson X",
  // "Vice-Chairperson X", "State Comptroller X", "U.N. Special Rapporteur X")
  'chairperson', 'chairpersons', 'chairmen', 'chairwomen', 'ombudsman', 'ombudswoman', 'ombudsperson',
  'comptroller', 'treasurer', 'registrar', 'auditor', 'undersecretary', 'rapporteur',
  // "Chief of Staff X", "Chief of Defence Staff X", "Staff Sgt. X"
  'staff',
  ...COMPOUND_TITLES,
  // performers known by one name ('Irish rock star Bono', 'singer Adele')
  'star', 'singer', 'rapper', 'musician',
]);

/**
 * Capitalised words of an office's field after "<title> of" / "<Title> for" ("Minister of State
 * for Disaster Management X", "Director of Public Prosecutions X", "Minister of Water Resources
 * X"): read there as part of the title, up to the name. (Fields that are title words already,
 * "Health", "Foreign", "Affairs", "Interior", need no entry.) Consulted only in that place.
 */
export const OFFICE_FIELDS: ReadonlySet<string> = new Set([
  'disaster', 'disasters', 'management', 'emergency', 'emergencies', 'situations', 'relief', 'response', 'preparedness',
  'reduction', 'risk', 'protection', 'civil', 'humanitarian', 'reconstruction', 'rehabilitation', 'refugees', 'repatriation',
  'water', 'resources', 'natural', 'education', 'higher', 'agriculture', 'livestock', 'fisheries', 'forestry', 'forests',
  'environment', 'climate', 'change', 'tourism', 'culture', 'arts', 'heritage', 'information', 'communication',
  'communications', 'broadcasting', 'works', 'development', 'planning', 'housing', 'lands', 'land', 'rural', 'urban',
  'welfare', 'social', 'family', 'families', 'women', 'children', 'youth', 'sport', 'sports', 'immigration', 'citizenship',
  'industry', 'industries', 'commerce', 'mines', 'petroleum', 'oil', 'gas', 'power', 'electricity', 'infrastructure',
  'transport', 'transportation', 'aviation', 'science', 'technology', 'digital', 'veterans', 'human', 'rights', 'religious',
  'labour', 'labor', 'employment', 'homeland', 'intelligence', 'operations', 'prosecutions', 'investment', 'budget',
  'treasury', 'revenue', 'customs', 'cooperation', 'integration', 'equality', 'solidarity', 'parliamentary', 'local',
  'government', 'administration', 'safety', 'food', 'services', 'general', 'defense', 'defence',
]);

/**
 * Title heads: a single capitalised token right after one of these is a person's
 * surname ("President Trump", "Judge Alvarez"), even if never introduced in full.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.',
  'adm.', 'gen', 'sen.', 'rep.', 'gov.', 'sen', 'rep', 'gov', 'mayor', 'judge', 'justice', 'dr.', 'dr',
  'pope', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'governor', 'senator', 'ambassador', 'premier',
  'prof.', 'professor', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'rev.',
  'reverend', 'sheikh', 'emir', 'sultan', 'commander', 'lieutenant', 'colonel', 'captain', 'sergeant',
  'admiral', 'general', 'envoy', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'prosecutor',
  'detective', 'inspector', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'speaker', 'ceo',
  'chairman', 'chairwoman', 'director', 'commissioner', 'pm', 'taoiseach', 'duke', 'duchess',
  // plural royal titles before given names ("Grand Dukes Henri and Maria Teresa")
  'kings', 'queens', 'princes', 'princesses', 'dukes', 'duchesses', 'sheriff',
  // "Queen Consort Camilla", "Empress Dowager Cixi", "Prince Regent Alois"
  'consort', 'dowager', 'regent',
  'principal', 'dean', 'provost', 'headmaster', 'headmistress', 'pastor', 'coroner', 'trooper', 'marshal', 'clerk',
  'chairperson', 'ombudsman', 'ombudswoman', 'ombudsperson', 'comptroller', 'treasurer', 'registrar', 'rapporteur',
  // performers known by one name at ceremonies ("Irish rock star Bono", "singer Adele")
  'star', 'singer', 'rapper', 'musician',
  ...COMPOUND_TITLES,
]);

/** Months that are also surnames ("Theresa May", "Brian June"): after a known given name, a name word. */
export const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august']);

/**
 * Royal and religious titles followed by a reigning name, not a surname ("King Tomas", "Queen
 * Ines II", "Pope Leo"): such a short form is the monarch's own name, never the given name of
 * someone else named in full ("King Charles" is not "Charles Michel").
 */
export const ROYAL_TITLES: ReadonlySet<string> = new Set([
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope', 'sultan', 'emir', 'duke', 'duchess',
  'archduke', 'tsar', 'czar', 'shah', 'pharaoh', 'maharaja', 'rajah', 'kings', 'queens', 'princes', 'consort', 'dowager', 'regent',
]);

/**
 * Words right before a person that make them the one represented, not the one present: "on behalf
 * of President X", "the special representative of President X", "representing King X", "X's envoy"
 * is a possessive already. Phrases of lower-case words, read backwards from the person's title.
 */
export const REPRESENTED_BY: readonly (readonly string[])[] = groups(`
  behalf of
  representative of
  representatives of
  envoy of
  envoys of
  emissary of
  stand-in for
  in place of
  representing
  represent
  represents
  represented
`);

/**
 * Pronouns and auxiliaries that open an English contraction ("I’m", "I'll", "Don’t"): such a
 * token is never a name, although wink may tag a capitalised one as a proper noun.
 */
export const CONTRACTION_HEADS: ReadonlySet<string> = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'here', 'who', 'what', 'where', 'let',
]);

/**
 * Offices that are never surnames: a capitalised run ending in one is a bare title
 * ("Environment Minister said", once the name was cut), not a person, place or organisation.
 */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'mayor', 'governor', 'senator', 'ambassador', 'premier',
  'envoy', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'prosecutor', 'commissioner', 'chairman',
  'chairwoman', 'director', 'ceo', 'pm', 'taoiseach', 'chairperson', 'ombudsman', 'ombudswoman', 'ombudsperson',
  'comptroller', 'treasurer', 'registrar', 'rapporteur', 'undersecretary',
]);

/**
 * Head words of organisations, places and things: a capitalised run containing one
 * is not a person ("State Department", "Foreign Ministry", "Associated Press").
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  ...BUILDING_NOUNS,
  'department', 'ministry', 'center', 'centre', 'institute', 'agency', 'council', 'committee', 'relations', 'affairs',
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
  'vatican', 'interpol', 'europol', 'cross', 'crescent', 'hurricane', 'typhoon', 'cyclone', 'storm',
  'tropical', 'heights', 'memorial', 'falls', 'beach', 'springs', 'hills', 'township', 'village', 'town',
  'garden', 'gardens', 'zoo', 'mall', 'clinic', 'medical', 'xinhua', 'kyodo', 'yonhap', 'anadolu', 'tass',
  'interfax', 'bernama', 'presse', 'france-presse', 'securities', 'holdings', 'capital', 'partners',
  'international', 'rights', 'watch', 'amnesty', 'jazeera', 'al-jazeera', 'worldwide', 'without', 'borders',
  'industries', 'motors', 'airline', 'railway', 'railways', 'shipping', 'trust', 'institution', 'gazprom', 'tesla', 'boeing', 'airbus', 'fifa', 'olympics',
  // company and trade heads ("Andaman Pearl Hospitality", "Kestrel Logistics") and landforms
  'hospitality', 'logistics', 'resorts', 'hotels', 'construction', 'engineering', 'energy', 'mining', 'foods',
  'pharmaceuticals', 'electronics', 'technologies', 'systems', 'solutions', 'enterprises', 'ventures', 'airport',
  'peak', 'glacier', 'pass', 'ridge', 'icefall', 'volcano', 'canyon', 'gorge', 'plateau', 'dam', 'reservoir',
  // public bodies and units ("U.S. Geological Survey", "Central Command", "Health Directorate", "Marine Corps")
  'survey', 'command', 'directorate', 'inspectorate', 'secretariat', 'observatory', 'laboratory', 'laboratories',
  'corps', 'brigade', 'battalion', 'regiment', 'division', 'prefecture', 'municipality', 'ministries', 'agencies', 'committees',
  // airlines named in Spanish and Portuguese ("Aerovías del Sur", "Líneas Aéreas Serranas", "Viação Aérea Paulista")
  'aerovías', 'aerovias', 'aerolíneas', 'aerolineas', 'líneas', 'lineas', 'aéreas', 'aereas', 'aérea', 'aerea', 'aéreo', 'aereo',
  'aviación', 'aviacion', 'aviação', 'aviacao', 'viação', 'viacao', 'linhas', 'transportes', 'compañía', 'compania', 'companhia',
  'aviation', 'corporation', 'plc',
]);

/**
 * Nouns of a named storm: the capitalised word right after one ("Typhoon Rai", "cyclone Bansi",
 * "a hurricane named Odalys") is the storm's name, never a surname used alone ("Rai killed 12").
 */
export const STORM_NOUNS: ReadonlySet<string> = new Set(['typhoon', 'hurricane', 'cyclone', 'storm', 'depression', 'supertyphoon']);

/** Words before a storm noun in a storm's name: "Tropical Storm Kemala", "Severe Cyclone Bansi". */
export const STORM_MODIFIERS: ReadonlySet<string> = new Set(['tropical', 'subtropical', 'post-tropical', 'severe', 'super']);

/** Words that give a storm its name: "a typhoon named Rai", "the storm, dubbed Hollis". */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['named', 'called', 'dubbed', 'christened', 'code-named']);

/**
 * Last words of a company's name: the word it starts with, used alone, is the company's short
 * name ("Transandina Airlines" ... "Transandina said"), not a surname.
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'airlines', 'airline', 'airways', 'air', 'aviation', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc',
  'group', 'holdings', 'industries', 'motors', 'logistics', 'shipping',
  // the owners and operators disaster copy names: "Vessa Lines", "Koral Mining", "Ostra Cement"
  'lines', 'ferries', 'maritime', 'cruises', 'railways', 'transport', 'mining', 'minerals', 'resources', 'energy',
  'petroleum', 'construction', 'chemicals', 'steel', 'cement', 'textiles', 'garments', 'pharmaceuticals', 'insurance',
]);

/**
 * Lower-case nouns of landforms and settlements that, right after a name, make it a place's:
 * "the Sangalpa volcano", "the Tarra river", "the Kelmar district".
 */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'volcano', 'mountain', 'mountains', 'river', 'lake', 'valley', 'glacier', 'peak', 'ridge', 'canyon', 'gorge',
  'plateau', 'dam', 'reservoir', 'island', 'islands', 'peninsula', 'desert', 'forest', 'bay', 'gulf', 'strait',
  'coast', 'delta', 'basin', 'region', 'province', 'district', 'county', 'village', 'town', 'city', 'municipality',
]);

/**
 * Lower-case nouns that, after a name's possessive, make it a place's: "Kelmar's governor",
 * "Kelmar's residents", "Kelmar's outskirts" (a person has no governor, residents or outskirts).
 */
export const PLACE_POSSESSIONS: ReadonlySet<string> = new Set([
  'governor', 'governors', 'provincial', 'capital', 'residents', 'inhabitants', 'population', 'outskirts', 'suburbs',
  'coast', 'coastline', 'border', 'borders', 'countryside', 'province', 'provinces', 'districts', 'villages', 'towns',
]);

/**
 * Lower-case words that, before "of", make the name after it a place: "35 miles south of
 * Capo Sorbo", "the port of Marina di Sorbo", "the town of Kelmar".
 */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'port', 'harbor',
  'harbour', 'town', 'city', 'village', 'province', 'state', 'island', 'islands', 'coast', 'outskirts',
  'shores', 'region', 'district', 'county', 'municipality', 'suburbs', 'capital', 'gulf', 'bay',
  // "the provinces of Farah and Badghis", "the towns of Amatrice and Accumoli"
  'provinces', 'regions', 'districts', 'counties', 'municipalities', 'towns', 'cities', 'villages', 'states',
  'hamlet', 'hamlets', 'suburb', 'neighborhood', 'neighbourhood', 'commune', 'parish', 'township', 'borough', 'settlement', 'prefecture',
]);

/** Plural counting nouns capitalised by a sentence's start ("Hundreds of mourners ..."): no person's name. */
export const COUNT_PLURALS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'millions', 'tens', 'billions']);

/**
 * Offices normally followed by a name when capitalised after a modifier: "French
 * President brought" has lost its name (deletion scars).
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  ...OFFICE_HEADS,
  'sen.', 'rep.', 'gov.', 'gen.', 'general', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'pope',
  'emperor', 'empress',
  'judge', 'justice', 'chair', 'leader', 'chief',
]);

/** Titles stripped from the front of a name run ("Russian President Vladimir Putin" → "Vladimir Putin"). */
export const STRIPPED_TITLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'gov.', 'mayor', 'senator',
  'sen.', 'rep.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'sgt.', 'general', 'ambassador', 'envoy', 'king',
  'queen', 'emperor', 'empress', 'prince', 'princess', 'pope', 'commissioner', 'judge', 'justice', 'mr.', 'mrs.', 'ms.', 'dr.',
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

/** Words of a byline part that names an outlet's people, not a person ("Reuters staff", "AP writer"): read/bylines.ts. */
export const OUTLET_ROLE_WORDS: ReadonlySet<string> = new Set([
  'staff', 'wire', 'writer', 'writers', 'correspondent', 'correspondents', 'reporter', 'reporters',
]);

/** Words of a credit line that name a role, not a person ("Associated Press writer"). */
/** A byline's page-furniture tail: "By Ana Ruiz | Published 11:42 AM | Updated 12:05 PM". */
/** The word that opens a byline ("By Ana Ruiz", in lower case on some sites: "by Ana Ruiz"). */
export const BYLINE_LEAD = 'by';
export const BYLINE_STAMP_WORDS: ReadonlySet<string> = new Set(['published', 'updated', 'posted', 'modified', 'last', 'first']);

export const CREDIT_ROLE_WORDS: ReadonlySet<string> = new Set([
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists',
  'staff', 'photographer', 'photographers', 'editor', 'editors', 'contributor', 'contributors', 'photo', 'video',
  'producer', 'producers', 'service', 'wire', 'desk', 'bureau', 'chief', 'special', 'senior', 'national', 'foreign',
  'political', 'diplomatic', 'white', 'house', 'science', 'medical', 'business', 'economics',
]);

/** Other words a credit clause may hold besides names ("X and Y in Kyiv, Ukraine, contributed"). */
export const CREDIT_CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'in', 'from', 'at', 'near', 'the', 'also', '&', 'of']);

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/u));

/**
 * Given names (lower case, no diacritics) common in international wire copy: the first
 * word of a capitalised run being one of these is evidence that the run names a person.
 */
export const GIVEN_NAMES: ReadonlySet<string> = words(`
  aaron abby abdul abdullah abdullahi abel abigail abraham adam adama adel adrian adriana agnes ahmad ahmed aida
  aisha aishwarya akira akosua alan alana albert alberto alejandro aleksandra alex alexa alexander alexandra alexis
  alfred alfredo ali alice alicia alina alisha alison alla allan allison alma amanda amara amber amelia amina amir
  amit amos amy ana anan anand anastasia andre andrea andreas andrei andres andrew andrii andrzej angela angelica
  angelo anil anita anja ann anna anne annette anthony anton antonio anya aram ari ariana ariel arjun arnold arturo
  asha ashley ashok astrid aurelia austin ava avi ayesha aylin ayumi barack barbara barry beatriz bella ben benedict
  benjamin bernard bernardo beth betty bianca bill blessing bob bogdan boris brad bradley brandon brenda brendan
  brian bridget brigitte bruce bruno bryan caitlin camila camille carl carla carlos carmen carol caroline carolyn
  catherine cecilia cedric celine cesar chang charles charlie charlotte chen cheng chiara chidi chinedu chioma chloe
  chris christian christina christine christopher chuck cindy claire clara clarence claudia claudio colin connor
  constance cristina cynthia dag dai daisy dale dalia dan dana daniel daniela danielle daniil danny daria darius
  darren dave david dawit dean deborah declan deepak denis denise dennis derek desmond diana diane diego dimitri
  dina dmitry dmytro dolores dominic dominique don donald donna doris dorothy douglas duncan dylan ebony edgar
  edith edmund eduardo edward edwin efua ehud eileen elena eli elias elif elijah elisa elizabeth ella ellen elliot
  elsa emeka emil emily emma emmanuel emre enrique eric erica erik erin ernesto esther ethan eugene eva evan
  evelyn ewa fabian fahad faisal farah farid farida fatima fatma federico felipe felix fernando filip fiona
  florence francesca francis francisco franco frank franz fred frederick fumio gabriel gabriela gareth gary gemma
  george georgia gerald gerhard giorgia giovanni giulia giuseppe gloria gordon grace graham grant greg gregory
  guillermo gustavo hafiz hakan hamid hamza hana hannah hans harold harriet harry hassan heather hector heidi
  helen helena helga henrik henry herbert hideo hilda hiroshi holly hugo hussein ian ibrahim idris ifeoma igor
  ilya imran ines inga ingrid irene iris isaac isabel isabella isabelle ivan ivana jack jacob jacqueline jake
  james jamie jan jane janet janice jared jason javier jay jean jeff jeffrey jennifer jenny jeremy jerome jessica
  jesus jill jim jimmy joan joanna joao joaquim joaquin joe joel johan johannes john jon jonas jonathan jorge jose
  josef joseph josephine joshua joyce juan judith julia julian juliana julie julien julio justin kamal kamala
  karen karim karin karl kate katarzyna katherine kathleen kathryn katie kavita kayode keith kelly ken kenji
  kenneth kerry kevin khalid kim kimberly kirsten klaus kofi kostas kristina kumar kurt kwame kyle lara larry
  laura lauren laurent lawrence leah leila lena leo leon leonard leonardo lewis li lila liam lidia lily linda
  lindiwe lisa liu liz lois lorenzo louis louise lucas lucia lucy luis luisa luka lukas lwazi lydia maria magdalena
  mahmoud malik mamadou manuel marc marcel marco marcus margaret margarita maria mariam marian marie marina mario
  marion mark marta martha martin mary maryam mateo matteo matthew matthias maurice max maxim maya megan mehmet
  mei melanie melissa mercy mia michael michel michelle miguel mikhail mila miriam mohamed mohammad mohammed
  monica mustafa nadia nancy naomi narendra natalia natalie nathan neil nelson nicholas nicola nicolas nicole
  nikita nikolai nina noah noor nora norma nuno olena olga oliver olivia omar oscar owen pablo paolo patricia
  patrick paul paula pauline pavel pedro peter philip philippe pierre pieter pilar priya rachel rafael rahul raj
  rajesh ralph ramon randy raquel raul ray raymond rebecca renata rene ricardo richard rick rita robert roberto
  robin rodrigo roger roman ronald rosa rose ross roy ruben ruth ryan sabine sadiq salim sally salma sam samantha
  sami samir samuel sandra santiago sara sarah satoshi scott sean sebastian serena sergei sergey sergio shanti
  sharon sheila shirley simon simone sipho sofia sonia sophie stanley stefan stefano stella stephanie stephen
  steve steven stuart susan susanne suzanne sven tamara tanya tara tatiana teresa thabo theresa thomas tiago
  tim timothy tina tobias todd tom tomas tony tracy tristan ulrich ursula valentina valeria vanessa vera veronica
  victor victoria vijay vikram vincent viktor violet vivian vladimir volodymyr walter wanjiru wayan wei wendy
  william wolfgang xavier yaw yasmin yasmine yekaterina yelena yitzhak yoshi youssef yuki yulia yuri yusuf yves
  zainab zanele zara zeynep zhang zoe zoran
  ada adebayo agustin alessandro alessia aliyu ama amadou aminata anders andile arash aziz babajide bola chukwu
  daouda dev emine femi fernanda gulnara hadiza halima hamed haruki hye ifeanyi inês ines jae ji jin joon kiran
  koffi leticia lin ming minh mwangi ngozi nkechi njeri obinna ola oluwaseun omari precious ravi reza rina ryo
  sanjay seo shinzo sita soo sung takeshi tariq tendai thanh tuan usman wambui yemi yohannes
  abdulaziz ahmet aleksandr alvaro amelie andile angus annika antoine arvid axel beatrice bertrand bjorn
  camilla carsten catarina cyril dagmar desire dick dieter dolly egils elin emeric erick erna eun fiona frederik
  frida gavin gilles giorgos gretchen guido hal harald hasan haruto helmut henri hillary hiroko hyun irma
  jacinda jacques jarek jens jesper joachim joost josh jozef juha jurgen kathy keir kemal kenta kirill
  koji kwasi lars lindsey lorna maarten magnus malcolm mark mason matti meghan melania mette micheal
  michal miklos mitch moulay murat nasser nikos ngoc olaf olav oleksandr oren pekka pete piet rania ranil
  recep reinhold rey rishi roland rolf rune salvador sanna saul seamus shigeru silvia sonja soren stig
  svetlana tamim tamas tarja ted tobiah tomasz turki ulf urs vaclav vinay wilhelm willem winston wojciech
  yannick yoshihide yves zbigniew
`);

/**
 * Family names written first (Chinese, Korean, Vietnamese order): "Li Wenhua", "Park Min-seo".
 * The first word of a run being one of these is evidence for a person.
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = words(`
  li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang han
  feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lu jin
  kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song hong moon yoo
  nguyen tran pham hoang vu vo dang bui do ngo duong ly
`);

/**
 * Nouns naming a person's role or occupation: before a name they are its title ("Parent
 * Kevin Ashdown", "meteorologist Andrea Kline"); after a name in an apposition ("X, a
 * 34-year-old teacher") they are evidence that the name is a person's.
 */
export const PERSON_NOUNS: ReadonlySet<string> = words(`
  analyst meteorologist principal parent teacher student resident vendor farmer driver worker nurse doctor
  physician surgeon survivor witness victim mother father son daughter brother sister wife husband widow
  grandmother grandfather uncle aunt cousin neighbor neighbour owner shopkeeper economist scientist researcher
  seismologist volcanologist climatologist epidemiologist historian expert activist organizer organiser volunteer
  firefighter paramedic pilot soldier sergeant engineer architect lawyer attorney prosecutor defender candidate
  campaigner protester striker fisherman fishermen miner pastor priest imam rabbi nun monk coach player athlete
  climber runner singer actor actress artist writer author poet novelist director producer journalist reporter
  photographer editor columnist spokesperson spokesman spokeswoman official officer agent trader banker investor
  entrepreneur founder executive manager chairman chairwoman president secretary minister governor mayor senator
  lawmaker legislator councillor councilor commissioner inspector detective sheriff deputy chief head leader
  adviser advisor aide consultant negotiator mediator diplomat envoy ambassador judge magistrate juror defendant
  suspect plaintiff inmate prisoner detainee hostage refugee migrant pensioner retiree veteran tourist passenger
  commuter shopper customer patient caregiver midwife pharmacist dentist professor lecturer dean rector
  superintendent administrator coordinator director-general secretary-general
  fiance fiancee fiancé fiancée girlfriend boyfriend spouse classmate roommate
  stepfather stepmother stepson stepdaughter grandson granddaughter nephew niece bodyguard chauffeur
  relative mourner dignitary villager pilgrim worshipper worshiper evacuee rescuer bystander onlooker spectator
  freshman sophomore pupil schoolboy schoolgirl teenager undergraduate
  host presenter anchor broadcaster comedian musician rapper guitarist composer conductor dancer filmmaker
  businessman businesswoman tycoon billionaire philanthropist preacher evangelist cleric archbishop bishop cardinal
  laureate
`);

/**
 * Nouns of a relation that companies have too ("its Chinese partner, Hengrui Metals"): a
 * person's relation only after a person's possessive ("her partner, Clarke Gayford").
 */
export const RELATION_NOUNS: ReadonlySet<string> = words('partner partners friend friends colleague colleagues ally allies companion');
/** Possessives of a person (not "its"). */
export const PERSON_POSSESSIVES: ReadonlySet<string> = words("his her their my our your 's ’s");

/** Plurals of person nouns that do not end in a plain -s ("witnesses", "deputies", "wives"). */
const IRREGULAR_PERSON_PLURALS: ReadonlyMap<string, string> = new Map([
  ['wives', 'wife'], ['widows', 'widow'], ['women', 'woman'], ['men', 'man'], ['fishermen', 'fisherman'],
  ['policemen', 'policeman'], ['children', 'child'],
]);

/**
 * A person noun or its plural ("students Mason Ferrow and Lia Ortega", "witnesses", "deputies"):
 * a plural before a list of names is its members' role.
 */
/** The singular of a person noun or its plural ("children" -> "child", "teachers" -> "teacher"), else null. */
export function personNounSingular(lower: string): string | null {
  if (PERSON_NOUNS.has(lower)) return lower;
  const irregular = IRREGULAR_PERSON_PLURALS.get(lower);
  if (irregular !== undefined) return irregular;
  if (lower.length < 4 || !lower.endsWith('s')) return null;
  if (lower.endsWith('ies') && PERSON_NOUNS.has(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('es') && PERSON_NOUNS.has(lower.slice(0, -2))) return lower.slice(0, -2);
  return PERSON_NOUNS.has(lower.slice(0, -1)) ? lower.slice(0, -1) : null;
}

export function isPersonNounOrPlural(lower: string): boolean {
  if (PERSON_NOUNS.has(lower)) return true;
  if (IRREGULAR_PERSON_PLURALS.has(lower)) return true;
  if (lower.length < 4 || !lower.endsWith('s')) return false;
  if (lower.endsWith('ies') && PERSON_NOUNS.has(`${lower.slice(0, -3)}y`)) return true;
  if (lower.endsWith('es') && PERSON_NOUNS.has(lower.slice(0, -2))) return true;
  return PERSON_NOUNS.has(lower.slice(0, -1));
}

/**
 * Words for groups of people that open a sentence capitalised and may be tagged as names
 * ("Families of the missing kept a vigil", "Hundreds gathered", "Crews worked overnight"): no
 * surname used alone, however often they are the subject.
 */
export const PEOPLE_GROUP_WORDS: ReadonlySet<string> = words(
  'families family crowds crowd hundreds thousands dozens scores crews teams troops authorities relatives households communities',
);

/** Words that follow a person's name when it speaks: "..., Atieno said", "said Grace Atieno". */
export const SPEECH_VERBS: ReadonlySet<string> = words(`
  said says say told tells tell wrote writes added adds stated states tweeted posted noted notes argued argues
  warned warns explained explains insisted insists acknowledged testified announced announces claimed claims
  suggested suggests recalled recalls asked asks urged urges
`);

/** Verbs of dying right after a name ("Bailey Nicole Holt died at the scene"): only people die (evidence as a speech verb is). */
export const DYING_VERBS: ReadonlySet<string> = words('died dies perished succumbed');

/** The two words of an attribution without a speech verb ("..., according to police"): align/dropped.ts. */
export const ACCORDING_TO: readonly [string, string] = ['according', 'to'];

/**
 * Lower-case words that stand in a speaker's run of names and titles ("said police", "police
 * told reporters"): neither capitalised nor a title word (align/dropped.ts).
 */
export const SPEAKER_BODY_WORDS: ReadonlySet<string> = words('police');

/**
 * Lower-case words that join the parts of an organisation's name ("Committee for Emergency
 * Situations", "Ministry of Health and Social Welfare", "Council on Foreign Relations").
 */
export const ORGANISATION_JOINERS: ReadonlySet<string> = words('of for on and');

/** Prepositions of place: a name right after one is more likely a place's ("in Santa Lucia", "near Port Ellis"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = words('in at near into from outside inside across toward towards through');

/** Personal pronouns that refer back to a person (not to a thing or a country). */
/** Nouns that name an organisation right before its name ("the environmental group Hutan Kita"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = words(
  'group groups company firm organization organisation agency charity party union operator network movement coalition alliance foundation institute association federation council committee ministry station channel newspaper broadcaster brand',
);

/**
 * Words before a name that make the person the one honoured or mourned, not a participant
 * ("the funeral of former President X", "a memorial for X", "tributes to X"): the word,
 * then "of", "for" or "to", then the name (possessives and titles may come between).
 */
export const HONOREE_NOUNS: ReadonlySet<string> = words(
  'funeral funerals memorial memorials service services ceremony ceremonies mass burial tribute tributes death deaths obituary eulogy wake vigil honour honor mourning ' +
    // "bid farewell to", "paid their respects to", "the coffin of", "the widow of"
    'farewell goodbye respects homage coffin casket remains grave widow widower ' +
    // "to honor the life and legacy of Jimmy Carter", "in memory of X"
    'life lives legacy memory',
);

/**
 * Verbs whose object is the person mourned, not a participant: "Chile buried former president X",
 * "thousands mourned X". The name (after its title) must follow the verb directly. Not "honoured"
 * or "remembered": the living are honoured and remembered too.
 */
export const HONOREE_VERBS: ReadonlySet<string> = words(
  'buried bury burying mourned mourn mourns mourning eulogized eulogised eulogizing eulogising eulogize eulogise eulogizes eulogises ' +
  // "Celebrities eulogize X", "remembering boxing legend X", "to honor X"
  'remembering remember remembers honor honors honoring honour honours honouring ' +
  // "a rally to commemorate X"
  'commemorate commemorates commemorated commemorating',
);
/** A phrase that does what HONOREE_VERBS do ("was laid to rest"), lower case, word by word. */
export const LAID_TO_REST: readonly string[] = ['laid', 'to', 'rest'];

/**
 * Attendance said not to happen, for the person it is said of ("X will not be in attendance",
 * "X did not attend", "X stayed away", "X declined to attend", "X skipped the funeral"):
 * a negator followed within three words by an attendance word, or an absence word alone.
 */
export const ATTENDANCE_NEGATORS: ReadonlySet<string> = words("not n't never no cannot unable declined refused failed");
export const ATTENDANCE_WORDS: ReadonlySet<string> = words(
  'attend attends attended attending attendance join joins joined joining participate participated participating part present travel',
);
export const ABSENCE_WORDS: ReadonlySet<string> = words('absent skipped skip skips skipping boycotted boycott boycotts boycotting snubbed');
/** A trip or visit called off: an absence wherever it stands. */
const CANCELLED_TRIPS = `
  cancelled his trip
  cancelled her trip
  cancelled their trip
  canceled his trip
  canceled her trip
  canceled their trip
  called off his trip
  called off her trip
  cancelled his visit
  cancelled her visit
  canceled his visit
  canceled her visit
`;
/**
 * Absences of several words: "stayed away", "pulled out", "dropped out", "stayed home", "was
 * represented by" (the person before it was not there: someone else stood in), "cancelled her trip".
 */
export const ABSENCE_PHRASES: readonly (readonly string[])[] = groups(`
  stayed away
  stay away
  stays away
  staying away
  kept away
  pulled out
  pull out
  pulls out
  dropped out
  opted out
  stayed home
  stay home
  stays home
  staying home
  stayed at home
  remained at home
  represented by
${CANCELLED_TRIPS}`);
/**
 * The absences that say, wherever they stand, that a person was not at the story's event: read for
 * the attendance check (check/membership.ts) also outside a sentence a rule's cues govern. Not
 * "pulled out" or "dropped out" (a rescue, a race) nor "skipped" ("skipped school"): those only
 * where a cue speaks of attendance.
 */
export const EVENT_ABSENCE_PHRASES: readonly (readonly string[])[] = groups(`
  stayed away
  stays away
  kept away
  stayed home
  stays home
  stayed at home
  remained at home
  represented by
${CANCELLED_TRIPS}`);
/** Words of an absence said as a plan, not a fact ("X will not attend", "is not expected to attend", "plans to stay away"). */
export const ABSENCE_PLAN_WORDS: ReadonlySet<string> = words("will would shall 'll expected plans planned planning intends due scheduled");
/**
 * A stand-in sent by someone who stayed away: "X stayed home and sent Vice President Y in his
 * place", "X sent Foreign Minister Y to represent her". The verb right before the stand-in's title,
 * and the words after the stand-in's name that make the sending a stand-in (within a few words).
 */
export const STAND_IN_VERBS: ReadonlySet<string> = words('sent sends dispatched');
export const STAND_IN_AFTER: readonly (readonly string[])[] = groups(`
  in his place
  in her place
  in their place
  instead
  to represent
  on his behalf
  on her behalf
  on their behalf
`);
/**
 * Words before a person that make them the stand-in for someone absent, a participant: "was
 * represented by Vice President Y", "Kenya was represented by its foreign minister, Y".
 */
export const STAND_IN_BEFORE: readonly (readonly string[])[] = groups(`
  represented by
`);
/**
 * Words that state a change of plan about a person who was said to stay away ("flew in on
 * Tuesday after all", "changed her plans", "in a last-minute change"): a later version that lists
 * the person as taking part then reports the change, not a contradiction.
 */
export const PLAN_CHANGE_PHRASES: readonly (readonly string[])[] = groups(`
  after all
  change of plan
  change of plans
  changed his plans
  changed her plans
  changed their plans
  changed his mind
  changed her mind
  changed course
  reversed
  last-minute
  last minute
  in the end
  eventually
  initially
  originally
  had been due to stay
  had said
  had earlier said
`);
/**
 * Words in a sentence that make its attendance a plan, not a fact ("have confirmed they will
 * attend", "is also expected", "is due to attend"): an earlier plan a later absence changes is no
 * contradiction.
 */
export const ATTENDANCE_PLAN_WORDS: ReadonlySet<string> = words("will would shall 'll expected expects due scheduled planned plans planning intends invited may might possible possibly");
/**
 * Words right before a person (over the title) that leave the person out: "traveled without
 * Princess X", "all the leaders except President X", "in the absence of King X".
 */
export const ABSENCE_BEFORE: readonly (readonly string[])[] = groups(`
  without
  except
  except for
  excluding
  absence of
  instead of
  sent by
  dispatched by
`);
/**
 * Words right before a person (over the title, past a country's possessive) that say the person
 * was not there: "Also missing was Argentina's president X", "A noticeable absence was X". An
 * absence of the story's event, read in any sentence.
 */
export const ABSENT_LEADS: readonly (readonly string[])[] = groups(`
  missing was
  missing were
  absent was
  absent were
  absence was
  absences were
`);
/**
 * Words right before a person that echo a negated attendance before them ("X did not attend, and
 * neither did former president Y"): read where a cue of attendance governs the sentence.
 */
export const NEGATED_ECHOES: readonly (readonly string[])[] = groups(`
  neither did
  nor did
  neither was
  nor was
  neither were
  nor were
  neither has
  nor has
  neither will
  nor will
`);
/** Words that end the stretch a negated attendance can be said of ("X will not attend, but Y will"). */
export const CLAUSE_BREAKS: ReadonlySet<string> = words('but ; while whereas although though however instead');

/**
 * Openers of a sentence that continues the list of the sentence before ("... will attend.
 * Among them are X and Y", "They included X"): the cue of the sentence before governs it.
 */
/**
 * Words of a sentence that announces a list laid out below it without a colon ("A full list of
 * attendees has been released by a family spokesperson."): with a cue of the rule, its name lines
 * are governed as under "Here are the leaders who attended:".
 */
export const LIST_ANNOUNCEMENTS: readonly (readonly string[])[] = groups(`
  list of
  the following
  as follows
`);
export const LIST_CONTINUATIONS: readonly (readonly string[])[] = groups(`
  among them
  among those
  among these
  they included
  they include
  they are
  they were
  those attending
  those present
  also present
  also attending
  also in attendance
  also among
  also there
  others attending
  others present
  joining them
`);

/**
 * Heads of an institution's name that take a possessive inside it ("Dayton Children's Hospital",
 * "St. Mary's Medical Center", "St. Paul's Cathedral"): the capitalised words before the
 * possessive are the institution's, no person.
 */
export const POSSESSIVE_INSTITUTION_HEADS: ReadonlySet<string> = words(
  'hospital hospitals medical clinic hospice church cathedral chapel college school academy university stadium hall centre center institute',
);

/**
 * Kin nouns after a person's possessive that make the one word after them a person's given name
 * ("his wife, Anouk", "with her husband Tom"): the name of someone's spouse or child, not a place.
 */
/** Words before a kin noun that make it someone's ("his wife, Anouk", "Macron and wife, Brigitte", "arrived with wife Michelle"). */
export const KIN_LEADS: ReadonlySet<string> = words('his her their and with');
export const KIN_NOUNS: ReadonlySet<string> = words(
  'wife husband widow widower spouse partner son daughter mother father brother sister fiance fiancee fiancé fiancée',
);
export const HONOREE_LINKS: ReadonlySet<string> = words('of for to');
/** Lower-case words that may stand between the link word and the honoured person's title ("for the late ..."). */
export const HONOREE_FILLERS: ReadonlySet<string> = words('the late former founding first beloved longtime revered legendary iconic');
/**
 * Words of a date or place that may stand between an honouring noun and its link word: "a memorial
 * service on Tuesday for X", "the state funeral in Varno on Monday of X" (with the weekdays, months,
 * day numbers and names themselves).
 */
export const HONOREE_ADJUNCT_WORDS: ReadonlySet<string> = words('on in at this next last');
/**
 * A speaker at the ceremony, not the source of a report: "X told mourners …", "X told the
 * congregation …" (the audience right after the verb, "the" between at most), and "Speaking at the
 * service, X said …" (SPEAKING_AT before the name in its sentence).
 */
export const CEREMONY_AUDIENCES: ReadonlySet<string> = words('mourners congregation crowd gathering worshippers worshipers attendees guests');
export const SPEAKING_AT: readonly string[] = ['speaking', 'at'];

/**
 * Verbs that make a name the speaker of a quote, not a participant ("..., Bruce said"): a
 * narrower list than SPEECH_VERBS, which is evidence that a name is a person at all.
 */
export const QUOTE_VERBS: ReadonlySet<string> = words('said says say told tell wrote added stated tweeted posted');

export const PERSON_PRONOUNS: ReadonlySet<string> = words('he she him his her hers himself herself');

/** Articles of other languages that start names of teams, papers and places ("La Liga", "Le Monde", "Der Spiegel"). */
export const FOREIGN_ARTICLES: ReadonlySet<string> = words('la le les el los las il lo der die das de het');

/**
 * Verbs of a title-case headline that end a name run ("Nikolas Vell Killed 17 In …", "Tom Hale
 * Dies At 90", "Ana Ruiz Says …"): in a headline every word is capitalised, the verb no less.
 */
export const HEADLINE_NAME_STOPS: ReadonlySet<string> = words(
  'killed kills dies died shoots says slams urges wins loses arrested charged injured wounded ' +
  'attends attended visits meets resigns quits elected sworn buried mourned honored honoured remembered eulogizes eulogises ' +
  // after "to" in a headline: "X to Attend Y's Funeral", "Leaders to Honor Y"
  'attend honor honour mourn bury remember eulogize eulogise',
);
/**
 * Nouns of a mourning headline that end a person's name in a title-case run ("Muhammad Vell
 * Funeral: …", "Billy Hale Honor …"): cut from the person's name only, not from the run, which
 * may name a place ("Vietnam Veterans Memorial", "Hale Funeral Home").
 */
export const NAME_TAIL_NOUNS: ReadonlySet<string> = words('honor honors honour honours funeral memorial tribute tributes farewell');
