/**
 * English words of a named person's age (src/read/ages.ts): "Emma Radley, 15,", "Nora Quist,
 * aged 15,", "Ty Boone, a 16-year-old junior,", "17-year-old Caleb Ames".
 */

/** Words that close "Name, NN" as an aside: the age ends there ("Mira Oduya, 34; Tomas Keller, 51"). */
export const AGE_ASIDE_CLOSERS: ReadonlySet<string> = new Set([',', ';', '.', '—', '–', ')', ':']);

/** Words before the figure in "Name, aged 15" / "Name, age 15". */
export const AGE_LEAD_WORDS: ReadonlySet<string> = new Set(['aged', 'age']);

/** The article of an apposition "Name, a 16-year-old junior", "Name, the 14-year-old daughter of …". */
export const AGE_APPOSITION_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** "Tom Reyes, who was 62": the words between the comma and the figure. */
export const AGE_WHO_WAS: ReadonlyArray<readonly string[]> = [['who', 'was'], ['who', 'is']];

/** Words of naming between "17-year-old student" and the name ("a 17-year-old student named Evan Marsh"). */
export const AGE_NAMING_WORDS: ReadonlySet<string> = new Set(['named', 'called', 'identified']);

/** The unit and last word of "16-year-old" (only years: "a six-month-old" is a baby's, rarely named). */
export const AGE_YEAR = 'year';
export const AGE_OLD_WORD = 'old';

/** The highest figure read as a person's age ("Tom Reed, 2024," is a year, never an age). */
export const MAX_PERSON_AGE = 110;

/** How many lower-case words may stand between "16-year-old" and the name ("16-year-old high school junior Ty Boone"). */
export const AGE_NAME_GAP = 3;

/**
 * The age at death, after the name and its verb of dying: "Korvath died on Nov. 5 at the age of
 * 87", "Korvath, who died last week aged 88,", "who died on Thursday at 88.". The verb right after
 * the name (", who" between them at most), the age within AGE_DEATH_REACH words after the verb.
 */
export const AGE_DEATH_VERBS: ReadonlySet<string> = new Set(['died', 'dies', 'passed']);
export const AGE_DEATH_REACH = 10;
/** "at the age of": the words before the figure. */
export const AGE_OF_WORDS: readonly string[] = ['at', 'the', 'age', 'of'];
/** Words that may follow a bare "at 88" (what follows a clock time or an address does not). */
export const AGE_AT_CLOSERS: ReadonlySet<string> = new Set([',', ';', '.', '—', '–', ')', 'after', 'following', 'in', 'of', 'from', 'and']);
/** Words that end the reach of a death clause: another clause starts. */
export const AGE_DEATH_STOPS: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', 'but', 'while', 'whose', 'said', 'says']);

/** "Ana Cruz and Cara Lind, both 15,", "A, B and C, all 15": one age for every name of the list before it. */
export const AGE_GROUP_WORDS: ReadonlySet<string> = new Set(['both', 'all']);
/** How many words a list of names before a group age may take. */
export const AGE_GROUP_REACH = 16;
