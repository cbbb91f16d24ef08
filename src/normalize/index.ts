import type { InputProblem, Notice, NormalizedVersion, Place, RawVersion, Span } from '../types.js';
import { boilerplateEdits, describeBoilerplate, findBoilerplate, type LineKinds } from './boilerplate.js';

export type { LineKinds } from './boilerplate.js';
import { findDateLine, findWireDateline } from './dateline.js';
import { htmlEdits, isHtmlPath } from './html.js';
import { decodeBytes, isDecodeFailure } from './decode.js';
import { findInjectedLinks, findInjectedText, findMissingOpening, findTruncation } from './integrity.js';
import type { Finding } from './integrity.js';
import { lineBreakEdits, paragraphEdits } from './lines.js';
import { linkCardEdits } from './link-cards.js';
import { longWordEdits, MAX_WORD } from './long-words.js';
import { findMojibake } from './mojibake.js';
import type { Chain, Edit } from './offsets.js';
import { applyEdits, chainForwardSpan, chainText, createOffsetMap, originalLineStarts, placeAt, placesIn } from './offsets.js';

const MAX_PLACES = 5;

export function isInputProblem(value: NormalizedVersion | InputProblem): value is InputProblem {
  return !('text' in value);
}

function quoteList(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).map((s) => `"${s}"`);
  return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ');
}

function push(chain: Chain, edits: readonly Edit[]): void {
  chain.steps.push(applyEdits(chainText(chain), edits));
}

/**
 * Decode and clean one version for analysis: mojibake repair, line breaks,
 * date line, boilerplate, paragraph breaks. Every change is an edit recorded in
 * an offset map back to the decoded file, and every repair is a notice.
 * `path`: the version's path as reports show it (default: the raw path). Given here rather
 * than set on a copy: a copy made by spreading had another hidden class for the first
 * versions of a run than for the rest, and code reading versions met both.
 * `kinds`: the boilerplate line kinds of the set's other versions (a Map per set; see boilerplate.ts).
 */
export function normalize(raw: RawVersion, path: string = raw.path, kinds: LineKinds | null = null): NormalizedVersion | InputProblem {
  const decoded = decodeBytes(raw.bytes);
  if (isDecodeFailure(decoded)) return { path: raw.path, message: decoded.problem, version: raw.id };
  const original = decoded.text;
  const chain: Chain = { original, steps: [] };
  const notices: Notice[] = [];
  if (decoded.note !== null) {
    notices.push({ type: 'encoding', count: 1, message: `file decoded as ${decoded.note}`, places: [] });
  }
  // 1. Mojibake (on the decoded text, so repairs are exact original ranges).
  const uncertainAfterRepair = repairMojibake(chain, notices);
  // 2. An HTML copy reduced to its text (always a step, empty for other files, so step numbers stay fixed).
  push(chain, isHtmlPath(raw.path) ? htmlEdits(chainText(chain)) : []);
  // 3. Line breaks and control characters.
  const lines = lineBreakEdits(chainText(chain));
  push(chain, lines.edits);
  countedNotice(notices, chain, 'control-characters', lines.controls, 2, (n) => `stripped ${n} control character${n === 1 ? '' : 's'}`);
  // 4. Date line.
  const dateLine = removeDateLine(chain, notices);
  // 5. Link cards a scraper ran into the text (always a step, empty for most copies).
  removeLinkCards(chain, notices);
  // 6. Integrity notices and boilerplate, on the repaired text before removal.
  removeBoilerplate(chain, notices, kinds);
  // 7. Paragraph breaks.
  push(chain, paragraphEdits(chainText(chain)));
  // 8. Runs of more than MAX_WORD characters without a space are cut for analysis (see long-words.ts).
  const longWords = longWordEdits(chainText(chain));
  push(chain, longWords.edits);
  countedNotice(notices, chain, 'long-words', longWords.words, chain.steps.length - 1, (n) =>
    `${n} run${n === 1 ? '' : 's'} of more than ${MAX_WORD} characters without a space cut into pieces for analysis`);

  const uncertain = uncertainAfterRepair
    .map((span) => chainForwardSpan(chain, span, 1))
    .filter((span) => span.end > span.start);
  return {
    id: raw.id,
    path,
    original,
    text: chainText(chain),
    map: createOffsetMap(chain),
    dateLine: dateLine?.date ?? null,
    notices,
    uncertain,
    encoding: decoded.encoding,
  };
}

/**
 * Step 1: garbled sequences repaired, with a notice. Returns the spans (in the repaired text)
 * of characters recovered from context, which the version marks uncertain.
 */
function repairMojibake(chain: Chain, notices: Notice[]): Span[] {
  const mojibake = findMojibake(chain.original);
  push(chain, mojibake.repairs.map((r) => ({ start: r.start, end: r.end, text: r.text })));
  const repairStep = chain.steps[0];
  const uncertainAfterRepair: Span[] = [];
  mojibake.repairs.forEach((r, k) => {
    const out = repairStep?.editSpans[k];
    if (out === undefined) return;
    for (const u of r.uncertain) uncertainAfterRepair.push({ start: out.start + u.start, end: out.start + u.end });
  });
  if (mojibake.repairs.length === 0) return uncertainAfterRepair;
  const lossy = mojibake.repairs.filter((r) => r.lossy).length;
  const schemes = [...new Set(mojibake.repairs.map((r) => (r.scheme === 'gbk' ? 'GBK' : 'Windows-1252')))];
  const starts = originalLineStarts(chain);
  notices.push({
    type: 'mojibake',
    count: mojibake.repairs.length,
    lossy,
    message:
      `repaired ${mojibake.repairs.length} garbled sequences (UTF-8 read as ${schemes.join(' and ')})` +
      (lossy > 0 ? `; ${lossy} had lost bytes, recovered from context and marked uncertain` : ''),
    places: mojibake.repairs.slice(0, MAX_PLACES).map((r) => placeAt(starts, r.start)),
  });
  return uncertainAfterRepair;
}

/**
 * Step 4: the date line read and removed (always a step), with a notice; in the same step the
 * filing date of a wire dateline ("PESSA, Valdoria, March 11 (Reuters) -"), which is the
 * version's date and no event's: removed, with a notice, and the version's date when it gives a
 * year and the version has no date line.
 */
function removeDateLine(chain: Chain, notices: Notice[]): { date: string } | null {
  const text = chainText(chain);
  const dateLine = findDateLine(text);
  const wire = findWireDateline(text);
  const edits = [];
  if (dateLine !== null) edits.push(dateLine.edit);
  if (wire !== null && (dateLine === null || wire.edit.start >= dateLine.edit.end)) edits.push(wire.edit);
  push(chain, edits);
  if (dateLine !== null) {
    notices.push({
      type: 'date-line',
      count: 1,
      message: `date line ${dateLine.date} read and removed from the text`,
      places: placesIn(chain, [0], 3, 1),
    });
  }
  if (wire !== null && edits.includes(wire.edit)) {
    notices.push({
      type: 'date-line',
      count: 1,
      message: `filing date "${wire.text}" of the wire dateline read as the date of the copy, not of an event, and removed from the dateline` +
        (dateLine === null && wire.date !== null ? `; ${wire.date} is the version's date` : ''),
      places: placesIn(chain, [wire.edit.start], 3, 1),
    });
  }
  if (dateLine !== null) return dateLine;
  return wire?.date != null && edits.includes(wire.edit) ? { date: wire.date } : null;
}

/** Step 5: link cards run into the text removed from analysis, with an `injected-link` notice. */
function removeLinkCards(chain: Chain, notices: Notice[]): void {
  const step = chain.steps.length;
  const found = linkCardEdits(chainText(chain));
  push(chain, found.edits);
  if (found.cards.length === 0) return;
  notices.push({
    type: 'injected-link',
    count: found.cards.length,
    message: `link-card text run into the article after a name, removed from analysis: ${quoteList(found.texts.map((t) => `${t}…`))}`,
    places: placesIn(chain, found.cards, step, MAX_PLACES),
  });
}

/** Step 6: integrity notices (injected text and links, truncation, a missing opening), then boilerplate removed. */
function removeBoilerplate(chain: Chain, notices: Notice[], kinds: LineKinds | null): void {
  const scanned = chainText(chain);
  const scannedSteps = chain.steps.length;
  const boilerplate = findBoilerplate(scanned, kinds);
  const notice = (type: Notice['type'], found: readonly Finding[], message: string): void => {
    if (found.length === 0) return;
    notices.push({ type, count: found.length, message, places: placesIn(chain, found.map((f) => f.offset), scannedSteps, MAX_PLACES) });
  };
  const injected = findInjectedText(scanned);
  notice('injected-text', injected, `foreign-script text inside the article: ${quoteList(injected.map((f) => f.text))}`);
  const links = findInjectedLinks(scanned, boilerplate);
  notice('injected-link', links, `links inside the article text: ${quoteList(links.map((f) => f.text))}`);
  const truncated = findTruncation(scanned, boilerplate);
  notice('truncation', truncated, `paragraphs cut off mid-sentence: ${quoteList(truncated.map((f) => f.text), 2)}`);
  const opening = findMissingOpening(scanned);
  if (opening !== null) notice('missing-opening', [opening], `the text starts mid-sentence: "${opening.text}"`);

  push(chain, boilerplateEdits(scanned, boilerplate));
  if (boilerplate.length === 0) return;
  const repeated = boilerplate.filter((b) => b.kind === 'repeated').length;
  notices.push({
    type: 'boilerplate',
    count: boilerplate.length,
    ...(repeated > 0 ? { repeated } : {}),
    message: `removed ${boilerplate.length} boilerplate line${boilerplate.length === 1 ? '' : 's'} from analysis: ${describeBoilerplate(boilerplate)}`,
    places: placesIn(chain, boilerplate.map((b) => b.start), scannedSteps, MAX_PLACES),
  });
}

/** A notice counting `offsets` (found at edit step `step`) when there are any. */
function countedNotice(
  notices: Notice[],
  chain: Chain,
  type: Notice['type'],
  offsets: readonly number[],
  step: number,
  message: (n: number) => string,
): void {
  if (offsets.length === 0) return;
  notices.push({ type, count: offsets.length, message: message(offsets.length), places: placesIn(chain, offsets, step, MAX_PLACES) });
}
