import type { Edit } from './offsets.js';
import { LINK_CARD_END } from '../lang/en/page-furniture.js';

/**
 * Link cards a scraper ran into the text: a site shows a card over a politician's name (their
 * full name, then the titles of recent stories about them, then "MORE"), and a scraped copy keeps
 * it run together with the name: "the late Sen. John McCainJohn Sidney McCainMark Kelly's campaign
 * raises … Mark Kelly launches Senate bid in Arizona MORE (R-Ariz.)". Readers of the copy see the
 * junk (an `injected-link` notice, an integrity finding); analysis reads the name alone.
 *
 * A card starts where a capitalised word runs into another with no space ("McCainJohn",
 * "ObamaMichelle"; not the "Mc" of "McCain"), opens with a full name ending in that word again
 * ("McCainJohn Sidney McCain…") and ends at the next "MORE" on the same line, at most MAX_CARD
 * characters on: without those nothing is cut ("YouTube", "PlayStation").
 */
const JOIN = /\p{Lu}\p{Ll}{2,}(?=\p{Lu}\p{Ll})/gu;
const MAX_CARD = 700;
/** How far into a card its full name runs ("Albert (Al) Arnold Gore"). */
const FULL_NAME = 60;

export function linkCardEdits(text: string): { edits: Edit[]; cards: number[]; texts: string[] } {
  const edits: Edit[] = [];
  const cards: number[] = [];
  const texts: string[] = [];
  if (!text.includes(LINK_CARD_END)) return { edits, cards, texts };
  JOIN.lastIndex = 0;
  for (let m = JOIN.exec(text); m !== null; m = JOIN.exec(text)) {
    const start = m.index + m[0].length;
    // the card opens with the full name, the surname again at its end ("McCainJohn Sidney McCain")
    if (!text.slice(start, start + FULL_NAME).includes(m[0])) continue;
    const end = cardEnd(text, start);
    if (end < 0) continue;
    edits.push({ start, end, text: '' });
    cards.push(start);
    texts.push(text.slice(start, Math.min(end, start + 40)));
    JOIN.lastIndex = end;
  }
  return { edits, cards, texts };
}

/** The end (exclusive) of a card's closing " MORE" after `start` on its line, or -1. */
function cardEnd(text: string, start: number): number {
  // within the window only: a copy of many joined words and one "MORE" far off stays linear
  const near = text.slice(start, start + MAX_CARD + LINK_CARD_END.length).indexOf(LINK_CARD_END);
  if (near < 0) return -1;
  const at = start + near;
  const end = at + LINK_CARD_END.length;
  if (/\p{L}/u.test(text.charAt(end))) return -1;
  const newline = text.indexOf('\n', start);
  return newline >= 0 && newline < at ? -1 : end;
}
