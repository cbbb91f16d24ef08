/**
 * English words of an earthquake's magnitude and of the agencies that measure it: read only by
 * src/kinds/magnitude.ts. Each agency's figure is a fact of its own ("The national observatory put
 * the magnitude at 5.9; the European-Mediterranean Seismological Centre measured it at 6.1").
 */

/** The last word of an agency's name: "U.S. Geological Survey", "National Geophysical Observatory". */
export const AGENCY_HEADS: ReadonlySet<string> = new Set([
  'survey', 'observatory', 'centre', 'center', 'institute', 'agency', 'service', 'directorate', 'bureau', 'authority',
  'administration', 'network', 'office', 'department', 'commission', 'council', 'ministry', 'institution', 'agency',
]);

/**
 * Agencies written as an acronym, with the key of their full name (the words after "U.S."/"the"):
 * "USGS" and "the U.S. Geological Survey" are one agency.
 */
export const AGENCY_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['usgs', 'geological survey'],
  ['emsc', 'european-mediterranean seismological centre'],
  ['gfz', 'german research centre for geosciences'],
  ['jma', 'japan meteorological agency'],
  ['bmkg', 'bmkg'],
  ['afad', 'afad'],
  ['phivolcs', 'phivolcs'],
  ['ingv', 'ingv'],
  ['cenc', 'china earthquake networks center'],
  ['ncs', 'national center for seismology'],
  ['koeri', 'koeri'],
  ['geonet', 'geonet'],
]);

/** Words before an agency's name that are no part of the key ("the U.S. Geological Survey" = "Geological Survey"). */
export const AGENCY_LEAD_WORDS: ReadonlySet<string> = new Set(['the', 'u.s.', 'us', 'u.s', 'united', 'states', 'own']);

/** Small words inside an agency's name ("Centre for Geosciences", "Institute of Seismology"). */
export const AGENCY_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', '-', '&']);

/**
 * Another shock than the main one: a figure in the clause of one, or after one in the sentence, is
 * no figure of the quake ("a 5.1 aftershock", "more than 60 aftershocks, the strongest of magnitude
 * 4.8", "followed by two earthquakes of magnitude 4.8 and 5.4").
 */
export const OTHER_SHOCK_WORDS: ReadonlySet<string> = new Set([
  'aftershock', 'aftershocks', 'foreshock', 'foreshocks', 'earthquakes', 'quakes', 'tremors', 'followed',
]);

/** Words that attribute a figure to the agency named after it (", the USGS said", "according to the USGS"). */
export const ATTRIBUTION_AFTER: ReadonlySet<string> = new Set(['said', 'says', 'reported', 'reports', 'according']);

/** Words that open a clause about the agency named right before it ("The observatory, which measured the quake at 6.1"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'that']);

/** Verb cues that tie a figure to a magnitude only when it is a decimal right after ("measured it at 6.1"). */
export const MEASURE_VERBS: ReadonlySet<string> = new Set(['measured', 'measuring', 'registered', 'registering', 'rated', 'rating']);

/** The figures a magnitude may be (moment magnitude scale as reported in news). */
export const MAGNITUDE_MIN = 1;
export const MAGNITUDE_MAX = 10;

/**
 * Words that end the description of an agency read backwards from its head ("while the national
 * seismology centre"): function words and verbs no agency's description has.
 */
export const AGENCY_STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'while', 'by', 'of', 'for', 'to', 'from', 'at', 'in', 'on', 'with', 'said', 'says', 'it', 'its',
  'was', 'is', 'which', 'that', 'according', 'measured', 'rated', 'put',
]);
