/**
 * Base64 as AWS's JSON deserializer reads blobs: strict (length a multiple of 4, padding only at the end,
 * no stray bits in the last character), with AWS's own complaint for each way it can fail. Pure code, no
 * atob/Buffer, so the browser, a worker and Node agree byte for byte.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const WELL_FORMED = /^[A-Za-z0-9+/]*=*$/;
const SEXTET = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

export type Base64Inspection =
  | { readonly ok: true; readonly byteLength: number }
  /** `problem` follows "'<text>' can not be converted to a Blob: " in AWS's SerializationException. */
  | { readonly ok: false; readonly problem: string };

/**
 * Checks base64 text and returns its decoded length without decoding it.
 * @example inspectBase64('aGk=') // { ok: true, byteLength: 2 }
 */
export function inspectBase64(text: string): Base64Inspection {
  if (text.length % 4 !== 0) {
    return { ok: false, problem: `Base64 encoded length is expected a multiple of 4 bytes but found: ${text.length}` };
  }
  // The regex is the fast path for multi-megabyte records; the loop only runs to name the culprit.
  if (!WELL_FORMED.test(text)) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charAt(i);
      const strayPad = ch === '=' && i + 1 < text.length && text.charAt(i + 1) !== '=';
      if ((ch !== '=' && !SEXTET.has(ch)) || strayPad)
        return { ok: false, problem: `Invalid Base64 character: '${ch}'` };
    }
  }
  const padding = text.length - text.replace(/=+$/, '').length;
  if (!lastCharacterIsClean(text, padding)) {
    // "dectected" is AWS's spelling.
    return { ok: false, problem: 'Invalid last non-pad Base64 character dectected' };
  }
  return { ok: true, byteLength: (text.length / 4) * 3 - padding };
}

/** With one pad the last data character carries 2 unused bits, with two pads 4; they must be zero. */
function lastCharacterIsClean(text: string, padding: number): boolean {
  if (padding === 0) return true;
  if (padding > 2) return false;
  const last = SEXTET.get(text.charAt(text.length - padding - 1)) ?? 0;
  return (last & (padding === 1 ? 0b11 : 0b1111)) === 0;
}

/**
 * Decodes base64 text that {@link inspectBase64} accepted.
 * @example decodeBase64('aGk=') // Uint8Array [104, 105]
 */
export function decodeBase64(text: string): Uint8Array {
  const body = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((body.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of body) {
    acc = (acc << 6) | (SEXTET.get(ch) ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (acc >> bits) & 0xff;
    }
  }
  return bytes;
}
