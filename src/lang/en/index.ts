import { wordTable } from '../table.js';
import type { Lexicon } from '../types.js';

/**
 * English: every English word list factlint reads numbers, dates, qualifiers, units,
 * currencies and boilerplate with. Titles, given names and organisation heads are in
 * ./people.ts. Modules derive their sets from this data (src/lang/index.ts has the helpers);
 * no other module in src/ spells a month, weekday or number word.
 */
export const EN: Lexicon = {
  code: 'en',
  name: 'English',
  calendar: {
    months: [
      'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
      'november', 'december',
    ],
    monthAbbreviations: wordTable({
      jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    }),
    monthsThatAreWords: ['may'],
    weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    weekdayAbbreviations: wordTable({ sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thurs: 4, fri: 5, sat: 6 }),
    partsOfDay: ['morning', 'afternoon', 'evening', 'night', 'overnight'],
    relativeDays: ['today', 'tonight', 'yesterday', 'tomorrow'],
    periods: ['week', 'month', 'year'],
    nextWords: ['next', 'following', 'coming'],
    lastWords: ['last', 'previous', 'past', 'preceding'],
    holidays: ['christmas', 'easter', 'ramadan'],
  },
  numbers: {
    units: wordTable({
      zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
      ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
      seventeen: 17, eighteen: 18, nineteen: 19,
    }),
    tens: wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }),
    hundred: 'hundred',
    dozen: 'dozen',
    // lakh and crore: South Asian copy ("1.5 lakh people displaced", "Rs 2 crore")
    scales: wordTable({ thousand: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, million: 1e6, billion: 1e9, trillion: 1e12 }),
    scaleAbbreviations: wordTable({ mln: 1e6, mn: 1e6, bn: 1e9 }),
    vague: wordTable({ dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 }),
    vagueScales: wordTable({ thousands: 1e3, millions: 1e6, billions: 1e9 }),
    fewBases: wordTable({ dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 }),
    rangeWords: ['between', 'and', 'to', 'or'],
  },
  qualifiers: [
    ['no fewer than', 'at-least'],
    ['no less than', 'at-least'],
    ['not less than', 'at-least'],
    ['a minimum of', 'at-least'],
    ['at least', 'at-least'],
    ['no more than', 'at-most'],
    ['not more than', 'at-most'],
    ['a maximum of', 'at-most'],
    // "as many as 117 people were killed": an estimate of 117, said large, not a bound it stays under
    ['as many as', 'about'],
    ['at most', 'at-most'],
    ['up to', 'at-most'],
    ['in excess of', 'more-than'],
    ['more than', 'more-than'],
    ['upwards of', 'more-than'],
    ['upward of', 'more-than'],
    ['just over', 'more-than'],
    ['well over', 'more-than'],
    ['well above', 'more-than'],
    ['over', 'more-than'],
    ['above', 'more-than'],
    ['exceeding', 'more-than'],
    // verbs of a figure crossing a mark: "deaths pass 100", "cases top 2,300"
    ['passed', 'more-than'],
    ['passes', 'more-than'],
    ['pass', 'more-than'],
    ['topped', 'more-than'],
    ['tops', 'more-than'],
    ['top', 'more-than'],
    ['exceeded', 'more-than'],
    ['exceeds', 'more-than'],
    ['exceed', 'more-than'],
    ['surpassed', 'more-than'],
    ['surpasses', 'more-than'],
    ['surpass', 'more-than'],
    // "the toll has climbed past 6,600", "deaths crossed 3,200" ("the past 24 hours" is no qualifier)
    ['climbed past', 'more-than'],
    ['climbs past', 'more-than'],
    ['rose past', 'more-than'],
    ['risen past', 'more-than'],
    ['rises past', 'more-than'],
    ['crossed', 'more-than'],
    ['crosses', 'more-than'],
    ['just under', 'nearly'],
    ['close to', 'nearly'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    // "With Death Toll Near 600" (before a figure only: "near Van" is a place)
    ['near', 'nearly'],
    // verbs of a figure coming close to a mark: "Death toll in quake nears 400", "approaches 1,000"
    ['nears', 'nearly'],
    ['neared', 'nearly'],
    ['nearing', 'nearly'],
    ['approaches', 'nearly'],
    ['approaching', 'nearly'],
    ['fewer than', 'fewer-than'],
    ['less than', 'fewer-than'],
    ['under', 'fewer-than'],
    ['below', 'fewer-than'],
    ['an estimated', 'about'],
    ['an approximate', 'about'],
    ['estimated', 'about'],
    ['approximately', 'about'],
    ['approx.', 'about'],
    ['approx', 'about'],
    ['around', 'about'],
    ['about', 'about'],
    ['roughly', 'about'],
    ['some', 'about'],
    ['circa', 'about'],
  ],
  qualifierDisplay: {
    about: 'about',
    'at-least': 'at least',
    'more-than': 'more than',
    'at-most': 'at most',
    'fewer-than': 'fewer than',
    nearly: 'nearly',
    several: 'several',
    range: '',
  },
  changeVerbs: [
    'rose', 'risen', 'rise', 'rises', 'rising', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump',
    'jumps', 'increased', 'increase', 'increases', 'grew', 'grown', 'grow', 'grows', 'soared', 'surged',
    'fell', 'fallen', 'fall', 'falls', 'dropped', 'drop', 'drops', 'declined', 'decreased', 'revised',
    'raised', 'lowered', 'updated', 'changed', 'up', 'down', 'adjusted', 'corrected', 'reduced', 'cut', 'amended',
  ],
  unitClasses: [
    ['people', 'person', 'persons', 'civilian', 'civilians', 'resident', 'residents', 'individual',
      'individuals', 'inhabitant', 'inhabitants'],
    ['countries', 'country', 'nation', 'nations', 'state', 'states'],
    ['soldiers', 'soldier', 'troop', 'troops', 'servicemember', 'servicemembers', 'servicemen'],
    ['children', 'child', 'kid', 'kids'],
    ['homes', 'home', 'house', 'houses', 'dwelling', 'dwellings'],
  ],
  casualtyNouns: [
    'people', 'persons', 'civilians', 'residents', 'children', 'students', 'pupils', 'workers',
    'passengers', 'migrants', 'soldiers', 'troops', 'officers', 'victims', 'bodies', 'deaths',
    'fatalities', 'casualties', 'lives', 'dead', 'injured', 'wounded',
  ],
  money: {
    names: wordTable({
      dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD',
      'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'hong kong dollars': 'HKD', 'new zealand dollars': 'NZD',
      'singapore dollars': 'SGD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP',
      sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', rouble: 'RUB',
      roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', 'swiss francs': 'CHF',
      shekel: 'ILS', shekels: 'ILS', lira: 'TRY',
      // a bare "pesos" names no country (Philippines, Mexico, Argentina ...): `genericNames`
      peso: 'pesos', pesos: 'pesos', 'philippine pesos': 'PHP', 'mexican pesos': 'MXN', 'argentine pesos': 'ARS',
      'chilean pesos': 'CLP', 'colombian pesos': 'COP', 'indian rupees': 'INR', 'pakistani rupees': 'PKR',
      'sri lankan rupees': 'LKR', 'nepalese rupees': 'NPR', naira: 'NGN', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR',
      taka: 'BDT', zloty: 'PLN', zlotys: 'PLN', forint: 'HUF', forints: 'HUF', cedi: 'GHS', cedis: 'GHS', rand: 'ZAR',
      'swedish kronor': 'SEK', 'norwegian kroner': 'NOK', 'danish kroner': 'DKK', 'egyptian pounds': 'EGP',
      'kenyan shillings': 'KES', dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', 'qatari riyals': 'QAR',
      reais: 'BRL', 'brazilian reais': 'BRL',
    }),
    genericNames: {
      pesos: ['PHP', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'CUP'],
    },
    givingWords: ['pledge', 'pledged', 'pledges', 'pledging', 'donated', 'donation', 'donations', 'grant', 'grants',
      'fund', 'funds', 'funding'],
    alsoWeights: ['pound', 'pounds'],
    scaleSuffixes: wordTable({ k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12, trn: 1e12 }),
  },
  clauses: {
    contrasts: ['but', 'while', 'whereas', 'although', 'though', 'however', 'yet'],
    conjunctions: ['and', 'or'],
    // "as" too: "toll rises to five as wounded student dies" ("wounded" is the dying student's)
    subordinators: ['after', 'when', 'before', 'because', 'since', 'until', 'once', 'as'],
  },
  boilerplate: {
    follow:
      /^(?:follow|read|see|find|get|watch|listen to|subscribe to|sign up for|for more)\b.{0,160}?\b(?:coverage|updates|stories|news|reporting|newsletter|latest|us|more)\b.{0,100}?\b(?:at|on|via|here)\b[\s:]*(?:(?:https?:\/\/|www\.)\S+)?\s*\.?$/iu,
    copyright:
      /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bmay not be (?:published|reproduced), broadcast|\bmay not be reproduced\b/iu,
    credit: /^(?:photo |image |video )?credits?\s*:\s*\S.{0,60}$/iu,
    // Page furniture a scraper keeps: ad slots, share buttons, tag lists, "Follow us on Google News |
    // Join our WhatsApp channel", teaser links to other stories
    // ("Read more: Fire at warehouse kills three" would otherwise lend another story's toll).
    chrome:
      /^(?:advertisements?|sponsored(?: content)?|(?:tags|topics|filed under|keywords)\s*:.{0,200}|(?:follow|join) (?:us|our)\b.{0,80}\b(?:google news|whatsapp|telegram|facebook|instagram|twitter|youtube|channel)\b.{0,80}|share(?: this(?: article| story)?| on (?:facebook|x|twitter|whatsapp|linkedin))?|tweet|print|e-?mail this(?: article| story)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?|(?:read more|related|recommended|more on this(?: story)?|see also|also read|watch)\s*:.{0,160}|[【\[]\s*(?:read more|related|recommended|see also|also read)\s*[】\]].{0,160}|(?:read (?:more|also)|also read|see also)[ \t]{2,}\S.{0,160}|(?:(?:share(?:\s+on)?\s+)?(?:share|tweet|whatsapp|e-?mail|facebook|twitter|x|linkedin|print|copy link|reddit|telegram|messenger)(?:\s*[|·•]\s*|\s+|$)){2,}|(?:home|news)(?:\s*[›»>]\s*[\p{L}&' ]{1,30}){1,5}|[\p{L}\d&' .-]{1,30}(?:\s*[›»]\s*[\p{L}\d&' .-]{1,30}){1,5}|(?=.{0,120}$)[^|]+(?:\|[^|]*)*\|[^|]*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)$/iu,
  },
  stopWords: [
    'the', 'of', 'and', 'to', 'a', 'in', 'is', 'was', 'were', 'for', 'on', 'that', 'with', 'as', 'by', 'at',
    'from', 'it', 'its', 'has', 'have', 'had', 'he', 'she', 'they', 'said', 'be', 'are', 'this', 'an', 'which',
    'who', 'not', 'but', 'will', 'been', 'after', 'their', 'or', 'his', 'her', 'we', 'our', 'than', 'also',
  ],
};
