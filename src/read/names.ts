/**
 * Pure helpers about personal names: comparison keys, surnames, and the lexicons
 * (titles, nationality adjectives, non-person words) used by the people and
 * mention extractors.
 *
 * Key rules (`personKey`):
 * - Lower case, diacritics removed (NFD, combining marks dropped), curly apostrophes
 *   made straight; honorifics ("Mr.", "Dr.") and suffixes ("Jr.", "III") dropped.
 * - Given name = first remaining token, surname = last token plus any lower-case
 *   particles before it ("van der Berg", "al-Assad"); middle names and initials dropped.
 * - Given name: English hypocorisms map to a root (Matt → matthew, Steve/Steven →
 *   stephen, Kate/Katie → katherine), then Slavic transliteration variants fold:
 *   a final -ii/-iy/-yi/-ei/-ey becomes -i (Andrii/Andriy/Andrei/Andrey → andri,
 *   Sergey/Sergei → sergi). Volodymyr and Vladimir are different names and stay apart.
 * - Surname: a final -skyy/-skiy/-skii/-skyi/-ski becomes -sky (Zelenskyy/Zelenskiy/
 *   Zelenskii/Zelenski → zelensky); after another consonant a final -iy/-yy/-ii/-yi
 *   becomes -y (Kolomoyskyi style endings, Podolyak/-iy forms). kh/h is NOT folded
 *   (Khan and Han are different names); -off/-ov is NOT folded.
 */
import { EN } from '../lang/en/index.js';
import { calendarWords } from '../lang/index.js';
import { HONORIFICS, HYPOCORISM_GROUPS } from '../lang/en/people.js';

const GIVEN_ROOT: ReadonlyMap<string, string> = new Map(
  HYPOCORISM_GROUPS.flatMap((group) => group.map((name) => [name, group[0] ?? name] as const)),
);

/** Lower-case particles that belong to a surname. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'del', 'della', 'der', 'den', 'des', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten',
  'bin', 'bint', 'ibn', 'al', 'el', 'abu', 'dos', 'das', 'st.', 'y',
]);

const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Lower case, no diacritics, straight apostrophes. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase();
}

/** Fold transliteration variants of a surname (see the module comment). */
export function foldSurname(surname: string): string {
  let s = foldText(surname);
  s = s.replace(/sk(?:yy|iy|ii|yi|i)$/u, 'sky');
  s = s.replace(/([bcdfghjklmnpqrstvwxz])(?:iy|yy|ii|yi)$/u, '$1y');
  return s;
}

/** Root of a given name: hypocorism table, then Slavic ending fold. */
export function givenRoot(given: string): string {
  const g = foldText(given);
  const direct = GIVEN_ROOT.get(g);
  if (direct !== undefined) return direct;
  const folded = g.replace(/(?:ii|iy|yi|ei|ey)$/u, 'i');
  return GIVEN_ROOT.get(folded) ?? folded;
}

/** Name tokens without honorifics, suffixes, initials; hyphenated parts stay joined. */
function nameParts(name: string): string[] {
  const parts = foldText(name)
    .split(/\s+/u)
    .filter((p) => p.length > 0)
    .map((p) => p.replace(/,$/u, ''));
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? '';
    if (NAME_SUFFIXES.has(p) && i > 0) continue;
    if (HONORIFICS.has(p) && i === 0) continue;
    if (/^\p{L}\.?$/u.test(p)) continue; // initials
    kept.push(p);
  }
  return kept;
}

/** Surname tokens (folded): the last token plus preceding lower-case particles. */
function surnameParts(parts: readonly string[]): string[] {
  if (parts.length === 0) return [];
  let start = parts.length - 1;
  while (start > 0 && NAME_PARTICLES.has(parts[start - 1] ?? '')) start--;
  return parts.slice(start);
}

/** The surname of a name as written ("Marco Rubio" → "Rubio", "Bashar al-Assad" → "al-Assad"). */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter((w) => w.length > 0);
  const parts = nameParts(name);
  const sur = surnameParts(parts);
  if (sur.length === 0) return words[words.length - 1] ?? '';
  return words.slice(words.length - sur.length).join(' ');
}

/** Folded comparison form of a name's surname. */
export function surnameKey(name: string): string {
  return surnameParts(nameParts(name)).map(foldSurname).join(' ');
}

/** True when two names share a surname after transliteration folding. */
export function sameSurname(a: string, b: string): boolean {
  const ka = surnameKey(a);
  return ka.length > 0 && ka === surnameKey(b);
}

/** True when the name has a given name as well as a surname. */
export function hasGivenName(name: string): boolean {
  const parts = nameParts(name);
  return parts.length > surnameParts(parts).length;
}

/**
 * "person:<given root> <surname>" ("Matt Lee" → "person:matthew lee",
 * "Volodymyr Zelenskiy" → "person:volodymyr zelensky", "Lammy" → "person:lammy").
 */
export function personKey(name: string): string {
  const parts = nameParts(name);
  const sur = surnameParts(parts).map(foldSurname).join(' ');
  if (parts.length <= surnameParts(parts).length) return `person:${sur}`;
  return `person:${givenRoot(parts[0] ?? '')} ${sur}`;
}

/** True for a person key without a given name ("person:lammy"). */
export function isSurnameOnlyKey(key: string): boolean {
  const rest = key.replace(/^person:/u, '');
  const words = rest.split(' ');
  return words.every((w, i) => i === words.length - 1 || NAME_PARTICLES.has(w));
}

// ------------------------------------------------------------------ lexicons




/** Nationality / affiliation adjectives and demonyms (lower case). */
export const NATIONALITIES: ReadonlySet<string> = new Set([
  'american', 'u.s.', 'us', 'british', 'u.k.', 'uk', 'english', 'scottish', 'welsh', 'irish', 'french',
  'german', 'italian', 'spanish', 'portuguese', 'dutch', 'belgian', 'swiss', 'austrian', 'polish',
  'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'greek', 'turkish', 'russian', 'ukrainian',
  'belarusian', 'moldovan', 'georgian', 'armenian', 'azerbaijani', 'lithuanian', 'latvian', 'estonian',
  'finnish', 'swedish', 'norwegian', 'danish', 'icelandic', 'serbian', 'croatian', 'bosnian',
  'slovenian', 'albanian', 'macedonian', 'chinese', 'japanese', 'korean', 'north', 'south', 'taiwanese',
  'indian', 'pakistani', 'afghan', 'iranian', 'iraqi', 'syrian', 'lebanese', 'israeli', 'palestinian',
  'jordanian', 'egyptian', 'saudi', 'emirati', 'qatari', 'yemeni', 'omani', 'kuwaiti', 'turkmen',
  'kazakh', 'uzbek', 'mongolian', 'vietnamese', 'thai', 'indonesian', 'malaysian', 'filipino',
  'philippine', 'australian', 'canadian', 'mexican', 'brazilian', 'argentine', 'argentinian',
  'chilean', 'colombian', 'peruvian', 'venezuelan', 'cuban', 'haitian', 'nigerian', 'kenyan',
  'ethiopian', 'south african', 'sudanese', 'somali', 'libyan', 'tunisian', 'algerian', 'moroccan',
  'congolese', 'ghanaian', 'european', 'asian', 'african', 'arab', 'western', 'eastern',
  'presidential', 'federal', 'royal', 'papal', 'vatican', 'kremlin', 'white', 'democratic',
  'republican', 'conservative', 'labour', 'liberal', 'socialist', 'communist', 'green', 'new',
  'americans', 'britons', 'europeans', 'ukrainians', 'russians', 'germans', 'french', 'israelis',
  'palestinians', 'chinese', 'iranians', 'turks', 'italians', 'japanese', 'koreans', 'syrians',
  'afghans', 'iraqis', 'mexicans', 'canadians', 'australians', 'indians', 'africans', 'asians', 'arabs',
  'westerners', 'poles', 'spaniards', 'greeks', 'swedes', 'danes', 'dutch',
]);

/** Weekdays and months (lower case, with common abbreviations). */
export const CALENDAR_WORDS: ReadonlySet<string> = calendarWords(EN);

/** Countries, regions and well-known cities (lower case, one or more words). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  // countries and territories
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia',
  'austria', 'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium',
  'belize', 'benin', 'bhutan', 'bolivia', 'bosnia', 'botswana', 'brazil', 'brunei', 'bulgaria',
  'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia',
  'congo', 'costa rica', 'croatia', 'cuba', 'cyprus', 'czechia', 'czech republic', 'denmark',
  'djibouti', 'dominica', 'ecuador', 'egypt', 'el salvador', 'eritrea', 'estonia', 'eswatini',
  'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'georgia', 'germany', 'ghana', 'greece',
  'greenland', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india',
  'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan',
  'kenya', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya',
  'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali',
  'malta', 'mauritania', 'mauritius', 'mexico', 'moldova', 'monaco', 'mongolia', 'montenegro',
  'morocco', 'mozambique', 'myanmar', 'namibia', 'nepal', 'netherlands', 'new zealand', 'nicaragua',
  'niger', 'nigeria', 'north korea', 'north macedonia', 'norway', 'oman', 'pakistan', 'palestine',
  'panama', 'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar',
  'romania', 'russia', 'rwanda', 'saudi arabia', 'senegal', 'serbia', 'sierra leone', 'singapore',
  'slovakia', 'slovenia', 'somalia', 'south africa', 'south korea', 'south sudan', 'spain',
  'sri lanka', 'sudan', 'suriname', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan',
  'tanzania', 'thailand', 'togo', 'tunisia', 'turkey', 'turkmenistan', 'uganda', 'ukraine',
  'united arab emirates', 'united kingdom', 'united states', 'uruguay', 'uzbekistan', 'venezuela',
  'vietnam', 'yemen', 'zambia', 'zimbabwe', 'u.s.', 'u.k.', 'u.n.', 'britain', 'great britain',
  'england', 'scotland', 'wales', 'gaza', 'west bank', 'crimea', 'donbas', 'europe', 'asia', 'africa',
  'america', 'antarctica', 'arctic', 'mideast', 'middle east', 'latin america', 'balkans', 'caucasus',
  'scandinavia', 'siberia', 'kashmir', 'tibet', 'hong kong', 'puerto rico', 'catalonia',
  // cities
  'paris', 'london', 'berlin', 'rome', 'madrid', 'lisbon', 'brussels', 'amsterdam', 'vienna',
  'warsaw', 'prague', 'budapest', 'bucharest', 'sofia', 'athens', 'istanbul', 'ankara', 'moscow',
  'kyiv', 'kiev', 'kharkiv', 'odesa', 'odessa', 'lviv', 'dnipro', 'zaporizhzhia', 'kherson', 'mariupol',
  'minsk', 'tbilisi', 'yerevan', 'baku', 'stockholm', 'oslo', 'copenhagen', 'helsinki', 'dublin',
  'edinburgh', 'geneva', 'zurich', 'munich', 'hamburg', 'milan', 'naples', 'barcelona', 'washington',
  'new york', 'los angeles', 'chicago', 'houston', 'miami', 'boston', 'san francisco', 'seattle',
  'atlanta', 'dallas', 'philadelphia', 'detroit', 'ottawa', 'toronto', 'montreal', 'vancouver',
  'mexico city', 'havana', 'bogota', 'lima', 'santiago', 'buenos aires', 'sao paulo', 'rio de janeiro',
  'brasilia', 'caracas', 'cairo', 'tripoli', 'tunis', 'algiers', 'rabat', 'lagos', 'abuja', 'nairobi',
  'addis ababa', 'khartoum', 'kinshasa', 'johannesburg', 'cape town', 'jerusalem', 'tel aviv',
  'beirut', 'damascus', 'baghdad', 'tehran', 'riyadh', 'jeddah', 'doha', 'dubai', 'abu dhabi',
  'amman', 'kabul', 'islamabad', 'karachi', 'new delhi', 'delhi', 'mumbai', 'dhaka', 'kathmandu',
  'beijing', 'shanghai', 'hong kong', 'taipei', 'tokyo', 'osaka', 'seoul', 'pyongyang', 'manila',
  'jakarta', 'bangkok', 'hanoi', 'singapore', 'sydney', 'melbourne', 'canberra', 'auckland',
  'wellington', 'the hague', 'strasbourg', 'davos', 'kremlin', 'white house', 'pentagon',
  'downing street', 'vatican', 'capitol hill', 'wall street', 'silicon valley',
  // US states often named in wire copy
  'california', 'texas', 'florida', 'new york state', 'ohio', 'michigan', 'pennsylvania', 'virginia',
  'arizona', 'nevada', 'oregon', 'alaska', 'hawaii', 'louisiana', 'kentucky', 'tennessee', 'alabama',
  'mississippi', 'carolina', 'north carolina', 'south carolina', 'minnesota', 'wisconsin', 'iowa',
  'colorado', 'utah', 'illinois', 'indiana', 'missouri', 'oklahoma', 'kansas', 'nebraska',
]);


/** Words that start sentences with a capital but never start a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'and', 'but', 'or', 'nor', 'so', 'yet', 'if',
  'when', 'while', 'after', 'before', 'since', 'until', 'as', 'at', 'in', 'on', 'of', 'for', 'with',
  'by', 'from', 'to', 'into', 'about', 'around', 'over', 'under', 'between', 'among', 'during',
  'despite', 'although', 'though', 'because', 'other', 'others', 'another', 'several', 'many', 'some',
  'most', 'more', 'few', 'all', 'both', 'each', 'every', 'any', 'no', 'none', 'one', 'two', 'three',
  'experts', 'officials', 'analysts', 'critics', 'residents', 'witnesses', 'authorities', 'police',
  'rescuers', 'survivors', 'lawmakers', 'leaders', 'people', 'there', 'here', 'then', 'now', 'also',
  'however', 'meanwhile', 'still', 'even', 'only', 'just', 'already', 'later', 'earlier', 'senior',
  'top', 'new', 'former', 'according', 'notably', 'additionally', 'furthermore', 'moreover', 'yes',
  'not', 'what', 'who', 'which', 'where', 'why', 'how', 'credit', 'photo', 'file', 'video', 'read',
  'follow', 'associated', 'breaking', 'update', 'updated', 'editor', 'note',
]);
