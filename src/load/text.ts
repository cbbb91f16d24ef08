import iconv from 'iconv-lite';
import { utf16Pattern, utf16TextOrder } from '../normalize/decode.js';

/**
 * The text of a small YAML file (a set manifest): UTF-8 with or without a BOM, or UTF-16
 * with a BOM or without one (recognised as version files are). Editors on Windows save
 * UTF-16; read as UTF-8 its NUL bytes made every key unreadable ("got a string").
 */
export function decodeYamlText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  const order = bytes.includes(0) ? utf16Pattern(bytes) ?? utf16TextOrder(bytes) : null;
  return order === null ? bytes.toString('utf8') : iconv.decode(bytes, order === 'le' ? 'utf-16le' : 'utf-16be');
}
