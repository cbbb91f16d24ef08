/**
 * A word table: a record with no prototype, so that looking up a word of the text never finds
 * an Object.prototype member ("constructor", "toString", "__proto__" read as a number word
 * crashed the number reader).
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
