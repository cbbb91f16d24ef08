/**
 * Abbreviated titles after which wink's sentence splitter ends a sentence ("the Rev. Michael
 * Curry" read as "… the Rev." + "Michael Curry …"), with a title of the same length it reads
 * through (measured: "Gen.", "Prof.", "Dr." never end a sentence before a name). analyze/fold.ts
 * gives wink the stand-in; every token's text is read back from the original.
 */
export const TITLE_ABBREVIATION_STANDINS: ReadonlyMap<string, string> = new Map([
  ['Rev.', 'Gen.'], ['Maj.', 'Gen.'], ['Adm.', 'Gen.'], ['Det.', 'Gen.'], ['Cpl.', 'Gen.'], ['Pvt.', 'Gen.'],
  ['Fr.', 'Dr.'], ['Supt.', 'Prof.'], ['Cmdr.', 'Prof.'], ['Msgr.', 'Prof.'], ['Atty.', 'Prof.'], ['Insp.', 'Prof.'],
]);
