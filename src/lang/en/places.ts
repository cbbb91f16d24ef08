/**
 * Places and nationalities, as English data: comma-separated phrases (lower case, one or
 * more words); a line starting with # is a comment.
 */
function phrases(text: string): ReadonlySet<string> {
  return new Set(
    text
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .flatMap((line) => line.split(','))
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  );
}

/** Nationality / affiliation (political, religious) adjectives and demonyms (lower case). */
export const NATIONALITIES: ReadonlySet<string> = phrases(`
  american, u.s., us, british, u.k., uk, english, scottish, welsh, irish, french,
  german, italian, spanish, portuguese, dutch, belgian, swiss, austrian, polish,
  czech, slovak, hungarian, romanian, bulgarian, greek, turkish, russian, ukrainian,
  belarusian, moldovan, georgian, armenian, azerbaijani, lithuanian, latvian, estonian,
  finnish, swedish, norwegian, danish, icelandic, serbian, croatian, bosnian,
  slovenian, albanian, macedonian, chinese, japanese, korean, north, south, taiwanese,
  indian, pakistani, afghan, iranian, iraqi, syrian, lebanese, israeli, palestinian,
  jordanian, egyptian, saudi, emirati, qatari, yemeni, omani, kuwaiti, turkmen,
  kazakh, uzbek, mongolian, vietnamese, thai, indonesian, malaysian, filipino,
  philippine, australian, canadian, mexican, brazilian, argentine, argentinian,
  chilean, colombian, peruvian, venezuelan, cuban, haitian, nigerian, kenyan,
  ethiopian, south african, sudanese, somali, libyan, tunisian, algerian, moroccan,
  congolese, ghanaian, european, asian, african, arab, western, eastern,
  presidential, federal, royal, papal, vatican, kremlin, white, democratic,
  republican, conservative, labour, liberal, socialist, communist, green, new,
  americans, britons, europeans, ukrainians, russians, germans, french, israelis,
  palestinians, chinese, iranians, turks, italians, japanese, koreans, syrians,
  afghans, iraqis, mexicans, canadians, australians, indians, africans, asians, arabs,
  westerners, poles, spaniards, greeks, swedes, danes, dutch,
  hindu, muslim, christian, buddhist, sikh, jewish, catholic, protestant, orthodox, sunni, shiite, shia,
  hindus, muslims, christians, buddhists, sikhs, jews, catholics, protestants,
`);

/** Countries, regions and well-known cities (lower case, one or more words). */
export const PLACE_NAMES: ReadonlySet<string> = phrases(`
  # countries and territories
  afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia,
  austria, azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium,
  belize, benin, bhutan, bolivia, bosnia, botswana, brazil, brunei, bulgaria,
  burkina faso, burundi, cambodia, cameroon, canada, chad, chile, china, colombia,
  congo, costa rica, croatia, cuba, cyprus, czechia, czech republic, denmark,
  djibouti, dominica, ecuador, egypt, el salvador, eritrea, estonia, eswatini,
  ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece,
  greenland, guatemala, guinea, guyana, haiti, honduras, hungary, iceland, india,
  indonesia, iran, iraq, ireland, israel, italy, jamaica, japan, jordan, kazakhstan,
  kenya, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya,
  liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali,
  malta, mauritania, mauritius, mexico, moldova, monaco, mongolia, montenegro,
  morocco, mozambique, myanmar, namibia, nepal, netherlands, new zealand, nicaragua,
  niger, nigeria, north korea, north macedonia, norway, oman, pakistan, palestine,
  panama, papua new guinea, paraguay, peru, philippines, poland, portugal, qatar,
  romania, russia, rwanda, saudi arabia, senegal, serbia, sierra leone, singapore,
  slovakia, slovenia, somalia, south africa, south korea, south sudan, spain,
  sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan,
  tanzania, thailand, togo, tunisia, turkey, turkmenistan, uganda, ukraine,
  united arab emirates, united kingdom, united states, uruguay, uzbekistan, venezuela,
  vietnam, yemen, zambia, zimbabwe, u.s., u.k., u.n., britain, great britain,
  england, scotland, wales, gaza, west bank, crimea, donbas, europe, asia, africa,
  america, antarctica, arctic, mideast, middle east, latin america, balkans, caucasus,
  scandinavia, siberia, kashmir, tibet, hong kong, puerto rico, catalonia,
  # cities
  paris, london, berlin, rome, madrid, lisbon, brussels, amsterdam, vienna,
  warsaw, prague, budapest, bucharest, sofia, athens, istanbul, ankara, moscow,
  kyiv, kiev, kharkiv, odesa, odessa, lviv, dnipro, zaporizhzhia, kherson, mariupol,
  minsk, tbilisi, yerevan, baku, stockholm, oslo, copenhagen, helsinki, dublin,
  edinburgh, geneva, zurich, munich, hamburg, milan, naples, barcelona, washington,
  new york, los angeles, chicago, houston, miami, boston, san francisco, seattle,
  atlanta, dallas, philadelphia, detroit, ottawa, toronto, montreal, vancouver,
  mexico city, havana, bogota, lima, santiago, buenos aires, sao paulo, rio de janeiro,
  brasilia, caracas, cairo, tripoli, tunis, algiers, rabat, lagos, abuja, nairobi,
  addis ababa, khartoum, kinshasa, johannesburg, cape town, jerusalem, tel aviv,
  beirut, damascus, baghdad, tehran, riyadh, jeddah, doha, dubai, abu dhabi,
  amman, kabul, islamabad, karachi, new delhi, delhi, mumbai, dhaka, kathmandu,
  beijing, shanghai, hong kong, taipei, tokyo, osaka, seoul, pyongyang, manila,
  jakarta, bangkok, hanoi, singapore, sydney, melbourne, canberra, auckland,
  wellington, the hague, strasbourg, davos, kremlin, white house, pentagon,
  downing street, vatican, capitol hill, wall street, silicon valley,
  # US states often named in wire copy
  california, texas, florida, new york state, ohio, michigan, pennsylvania, virginia,
  arizona, nevada, oregon, alaska, hawaii, louisiana, kentucky, tennessee, alabama,
  mississippi, carolina, north carolina, south carolina, minnesota, wisconsin, iowa,
  colorado, utah, illinois, indiana, missouri, oklahoma, kansas, nebraska,
  new mexico, new jersey, new hampshire, west virginia, rhode island, north dakota, south dakota,
  # other places whose name opens with a word the readers strip ("New")
  new south wales, new caledonia, new orleans, new brunswick, new england,
`);

/**
 * Words written in capitals that name no place and no body: a correction's or an update's label
 * ("CORRECTION: An earlier version ...") and acronyms of common nouns ("an AI rewrite").
 */
export const NAMELESS_CAPITALS: ReadonlySet<string> = phrases(`
  correction, corrections, clarification, update, updated, urgent, breaking, advisory, refile,
  ai, gps, dna, tv, ceo, cpr, atm, suv, ev,
  image, photo, video, watch, gallery, listen, caption
`);

/**
 * Words that name no place or body when capitalised alone: ordinals ("the Fourth of July", "the
 * Fourth such parade") and an outlet's word ("News 4", "News of the blast").
 */
export const NAMELESS_ALONE: ReadonlySet<string> = phrases(`
  first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, news
`);

/** Endings of a people's name ("Uruguay" -> "Uruguayan", "Israel" -> "Israeli"), after DEMONYM_ENDINGS: "Uruguayans" is no place. */
export const PLURAL_DEMONYM_ENDINGS: ReadonlyArray<readonly [string, string]> = [['', 'an'], ['', 'i']];

/**
 * Words that open a place's name before a known place ("Central America", "Upper Egypt",
 * "Greater London"): a sentence's first word before a known place is cut from it ("Deadly
 * Mexico quake: what we know") unless it is one of these.
 */
export const PLACE_NAME_OPENERS: ReadonlySet<string> = phrases(`
  north, south, east, west, northern, southern, eastern, western, northeast, northwest, southeast,
  southwest, northeastern, northwestern, southeastern, southwestern, central, upper, lower, greater,
  new, old, great, little, latin, inner, outer, mainland, baja, nueva, san, santa, saint, st, port,
  fort, mount, lake, cape, isle, west, equatorial, saudi, papua, east
`);

/** Words that open a place's name and stay on it before a known place ("New Mexico" is no "Mexico"). */
export const PLACE_OPENERS_KEPT: ReadonlySet<string> = new Set(['new']);

/**
 * Buildings and grounds named with a capital ("General Cemetery", "Central Prison", "Royal
 * Chapel"): a title word before one of these ("General", "Royal") makes no person. Surnames that
 * are also such nouns ("Temple", "Field") are left out.
 */
export const BUILDING_NOUNS: ReadonlySet<string> = phrases(`
  cemetery, graveyard, chapel, mosque, synagogue, basilica, shrine, monastery, convent, seminary, mausoleum,
  crematorium, morgue, prison, jail, penitentiary, barracks, library, theatre, theater, courthouse, terminal,
  headquarters, auditorium, pavilion, monument, racecourse, fairground, fairgrounds, showground, quay, wharf,
  abbey, priory, minster, crypt
`);

/**
 * Time-zone abbreviations ("0300 GMT", "9 a.m. EDT"): written in capitals they look like the
 * acronym of an organisation, but they name no place and no body. A date in parentheses with
 * one ("at 7:45 a.m. Saturday (2345 GMT Friday)") is the same moment in another zone
 * (src/read/date-spans.ts).
 */
export const TIME_ZONES: ReadonlySet<string> = phrases(`
  # (not those that are English words in capitals too: WET, WEST, WIT, CAT, EAT, ART)
  gmt, utc, bst, ist, cet, cest, eet, eest, msk, et, pt,
  est, edt, cst, cdt, mst, mdt, pst, pdt, akst, akdt, hst, ast, adt, nst, ndt,
  jst, kst, hkt, pht, wib, wita, ict, pkt, npt, aest, aedt, acst, acdt, awst, nzst, nzdt,
  wat, sast, brt, clt,
`);

/**
 * Nouns of a numbered service ("Kestrel Air Flight 219", "Night Train 42"): before a number they
 * name a trip, not part of the operator's name ("Kestrel Air" is the body named).
 */
export const NUMBERED_SERVICE_NOUNS: ReadonlySet<string> = phrases(`
  flight, train, bus, tram, coach, voyage, sailing
`);

/**
 * Marks written in capitals after a figure ("10:30 AM", "98.4 FM", "1480 AM"): a time of day or a
 * radio band, no acronym of a place or body.
 */
export const FIGURE_MARKS: ReadonlySet<string> = phrases(`
  am, pm, fm, mhz, khz, ghz
`);

/**
 * How a people's name is made from a country's (lower case, [end of the place's name, end of the
 * people's]): "Morvania" -> "Morvanian(s)", "Ruvenna" -> "Ruvennan", "Estland" -> "Estlander(s)".
 * A version that says "23 Morvanians" names Morvania. Tried in order; a plural "s" may follow.
 */
export const DEMONYM_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ia', 'ian'], ['land', 'lander'], ['a', 'an'], ['', 'ian'], ['', 'ese'], ['', 'ean'],
];

/**
 * The demonym endings that change the end of a country's name ("Tarsia" -> "Tarsian", "Kenya" ->
 * "Kenyan", "Norland" -> "Norlander"): a lone capitalised word whose people's name a version uses
 * ("the Tarsian embassy", "Tarsian President X", "23 Tarsians") names a country, not a person used
 * by surname (read/people-places.ts `countriesByDemonym`). Not the endings added to a whole word
 * ("Chin" -> "Chinese", "Jordan" -> "Jordanian"): such words are surnames too.
 */
export const COUNTRY_DEMONYM_ENDINGS: ReadonlyArray<readonly [string, string]> = DEMONYM_ENDINGS.filter(([end]) => end !== '');

/** Prepositions before a place ("in Tolvar", "toward Hesk"): a one-word name after one is a place (extract/mention.ts). */
export const LOCATIVES_BEFORE_NAME: ReadonlySet<string> = phrases('in, at, near, from, to, into, outside, across, toward, towards');

/**
 * Prepositions before a word that names a place or a person ("in Kelmar", "the governor of
 * Kelmar", "around Hesk"): the word is the place (read/people-places.ts).
 */
export const LOCATIVES_BEFORE_PLACE_WORD: ReadonlySet<string> = phrases('in, at, from, to, near, into, across, toward, towards, outside, inside, of, around, through');

/**
 * Nouns of a kind of place before "of" and its name ("the suburb of Varnavas", "the port city of
 * Odesa"), matched by lemma: a one-word name after them is a place (extract/mention.ts).
 */
export const PLACE_OF_NOUNS: ReadonlySet<string> = phrases(`
  city, town, village, region, province, suburb, district, county, state, island, port,
  capital, municipality, neighborhood, neighbourhood, oblast, prefecture, commune, hamlet, valley
`);

/** Words inside one name between its capitalised words ("Bank of England", "Fund for Aid", "Office on Drugs"): extract/mention.ts. */
export const MENTION_NAME_JOINERS: ReadonlySet<string> = phrases('of, for, on');

/** Words inside a payer's name between its capitalised words ("Bank of England", "Ministry for Aid", "Banco de la Nación"): read/payer.ts. */
export const PAYER_NAME_JOINERS: ReadonlySet<string> = phrases('of, for, de, del, la');

/** Articles before a name ("the World Bank"), not part of it: read/payer.ts. */
export const NAME_ARTICLES: ReadonlySet<string> = phrases('the, a, an');

/** Lemmas of the auxiliaries a capitalised heading holds, which no place's name does ("How Strong Was the Quake?"): extract/mention.ts. */
export const HEADING_AUXILIARIES: ReadonlySet<string> = phrases('be, have, do');

/**
 * Citizens of a country counted ("Three Australians were injured in the quake that killed 41", "two
 * Britons were among the dead"): a national outlet's share of a toll when the sentence gives
 * another figure or says "among" (src/read/quantity-roles.ts); "Forty-one Nepalis died when the bus
 * fell" alone is the toll. The nationalities in "-an", "-i", "-o" with an "s", and the plurals that
 * are no such form.
 */
export const NATIONALS: ReadonlySet<string> = new Set([
  ...[...NATIONALITIES].filter((n) => /(?:an|i|o)$/u.test(n) && !n.includes(' ')).map((n) => `${n}s`),
  'britons', 'brits', 'scots', 'danes', 'swedes', 'finns', 'poles', 'turks', 'greeks', 'czechs', 'slovaks',
  'thais', 'afghans', 'kurds', 'arabs', 'swiss', 'dutch', 'irish', 'french', 'chinese', 'japanese', 'vietnamese',
]);
/** Words right after counted citizens that open what is said of them ("were injured", "died", "among the dead"); "three Austrians and a guide, were rescued" is an aside. */
export const NATIONALS_PREDICATE: ReadonlySet<string> = new Set(['were', 'was', 'are', 'died', 'killed', 'injured', 'wounded', 'among', 'have', 'had']);

/**
 * Compass points abbreviated before a place in headlines ("Quake kills 47 in SW China"): a
 * direction, no part of the place's name (cut from a run of capitals, as "southwest" is never in one).
 */
export const COMPASS_ABBREVIATIONS: ReadonlySet<string> = new Set(['sw', 'se', 'nw', 'ne']);
