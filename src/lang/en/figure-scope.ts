/**
 * English words that tell what a figure counts when it sits inside a phrase about someone or
 * something else, or beside a verb of its own. Data only; read by src/read/quantities.ts,
 * src/read/quantity-roles.ts and src/extract/quantity.ts.
 */

/**
 * Verbs after a second figure that give it a clause of its own, though they end like a
 * participle: "nine remained missing", "five died" ("were died" is no English). A figure with
 * its own finite verb takes no qualifier from the figure before it.
 */
export const OWN_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'remained', 'stayed', 'died', 'perished', 'succumbed', 'survived', 'fled', 'escaped', 'returned', 'appeared', 'seemed',
]);

/**
 * Participles not ending in -ed/-en that an elided auxiliary takes ("27 were killed and 40
 * hurt", "… and 12 shot"): after a second figure they are its state, no verb of its own.
 */
export const IRREGULAR_STATE_PARTICIPLES: ReadonlySet<string> = new Set([
  'hurt', 'shot', 'hit', 'struck', 'stricken', 'cut', 'burnt', 'held', 'caught', 'left', 'lost', 'stuck',
]);
