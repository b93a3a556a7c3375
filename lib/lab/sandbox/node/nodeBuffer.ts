/**
 * The part of Node's `Buffer` that Lambda handlers for Kinesis use, for a Web Worker that has none: the
 * classic consumer decodes each record with `Buffer.from(record.kinesis.data, 'base64').toString('utf8')`.
 * A Uint8Array subclass, like Node's.
 */

export type BufferEncoding = 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'ascii' | 'latin1' | 'binary';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map<string, number>([...BASE64].map((c, i) => [c, i]));
BASE64_VALUES.set('-', 62);
BASE64_VALUES.set('_', 63);

function normalizeEncoding(encoding: string | undefined): BufferEncoding {
  const lower = (encoding ?? 'utf8').toLowerCase();
  if (['utf8', 'utf-8', 'base64', 'base64url', 'hex', 'ascii', 'latin1', 'binary'].includes(lower)) {
    return lower as BufferEncoding;
  }
  const error = new TypeError(`Unknown encoding: ${encoding}`);
  Object.assign(error, { code: 'ERR_UNKNOWN_ENCODING' });
  throw error;
}

// Node's base64 decoder is lenient: it skips characters outside the alphabet, accepts the URL-safe
// alphabet too, and stops at the first '='.
function decodeBase64(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let collected = 0;
  for (const char of text) {
    if (char === '=') break;
    const value = BASE64_VALUES.get(char);
    if (value === undefined) continue;
    bits = (bits << 6) | value;
    collected += 6;
    if (collected >= 8) {
      collected -= 8;
      out.push((bits >> collected) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function encodeBase64(bytes: Uint8Array, url: boolean): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const chunk = (a << 16) | (b << 8) | c;
    const chars = [18, 12, 6, 0].map((shift) => BASE64[(chunk >> shift) & 63]);
    const kept = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    out += chars.slice(0, kept).join('') + (url ? '' : '='.repeat(4 - kept));
  }
  return url ? out.replace(/\+/g, '-').replace(/\//g, '_') : out;
}

function encodeString(text: string, encoding: BufferEncoding): Uint8Array {
  switch (encoding) {
    case 'base64':
    case 'base64url':
      return decodeBase64(text);
    case 'hex': {
      const out: number[] = [];
      for (let i = 0; i + 1 < text.length; i += 2) {
        const byte = Number.parseInt(text.slice(i, i + 2), 16);
        if (Number.isNaN(byte)) break;
        out.push(byte);
      }
      return Uint8Array.from(out);
    }
    case 'ascii':
    case 'latin1':
    case 'binary':
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    default:
      return new TextEncoder().encode(text);
  }
}

function decodeBytes(bytes: Uint8Array, encoding: BufferEncoding): string {
  switch (encoding) {
    case 'base64':
      return encodeBase64(bytes, false);
    case 'base64url':
      return encodeBase64(bytes, true);
    case 'hex':
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'ascii':
      return String.fromCharCode(...Array.from(bytes, (b) => b & 0x7f));
    case 'latin1':
    case 'binary':
      return String.fromCharCode(...bytes);
    default:
      return new TextDecoder().decode(bytes);
  }
}

/**
 * A Node-compatible Buffer for the sandbox's module scope.
 * @example NodeBuffer.from('aGVsbG8=', 'base64').toString('utf8') // → 'hello'
 */
export class NodeBuffer extends Uint8Array {
  static from(value: string, encoding?: string): NodeBuffer;
  static from(value: ArrayLike<number> | ArrayBuffer | Iterable<number>): NodeBuffer;
  static from(value: unknown, encodingOrOffset?: unknown, length?: number): NodeBuffer {
    if (typeof value === 'string') {
      const bytes = encodeString(value, normalizeEncoding(encodingOrOffset as string | undefined));
      return new NodeBuffer(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length);
    }
    if (value instanceof ArrayBuffer) {
      const offset = typeof encodingOrOffset === 'number' ? encodingOrOffset : 0;
      return new NodeBuffer(value, offset, length ?? value.byteLength - offset);
    }
    if (value && typeof value === 'object' && (Symbol.iterator in value || 'length' in value)) {
      const copy = Uint8Array.from(value as ArrayLike<number>);
      return new NodeBuffer(copy.buffer as ArrayBuffer, 0, copy.length);
    }
    throw new TypeError(
      'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.',
    );
  }

  static alloc(size: number, fill = 0): NodeBuffer {
    const buffer = new NodeBuffer(size);
    buffer.fill(fill);
    return buffer;
  }

  static allocUnsafe(size: number): NodeBuffer {
    return new NodeBuffer(size);
  }

  static isBuffer(value: unknown): value is NodeBuffer {
    return value instanceof NodeBuffer;
  }

  static isEncoding(encoding: string): boolean {
    try {
      normalizeEncoding(encoding);
      return true;
    } catch {
      return false;
    }
  }

  static byteLength(value: string | ArrayBufferView | ArrayBuffer, encoding?: string): number {
    if (typeof value === 'string') return encodeString(value, normalizeEncoding(encoding)).length;
    return value.byteLength;
  }

  static concat(list: readonly Uint8Array[], totalLength?: number): NodeBuffer {
    const length = totalLength ?? list.reduce((sum, item) => sum + item.length, 0);
    const out = NodeBuffer.alloc(length);
    let offset = 0;
    for (const item of list) {
      if (offset >= length) break;
      out.set(item.subarray(0, length - offset), offset);
      offset += item.length;
    }
    return out;
  }

  override toString(encoding?: string, start = 0, end = this.length): string {
    return decodeBytes(this.subarray(start, end), normalizeEncoding(encoding));
  }

  toJSON(): { type: 'Buffer'; data: number[] } {
    return { type: 'Buffer', data: Array.from(this) };
  }

  equals(other: Uint8Array): boolean {
    return this.length === other.length && this.every((byte, i) => byte === other[i]);
  }

  write(text: string, offset = 0, encoding?: string): number {
    const bytes = encodeString(text, normalizeEncoding(encoding)).subarray(0, Math.max(0, this.length - offset));
    this.set(bytes, offset);
    return bytes.length;
  }

  // Node's slice shares memory with the original, like subarray (Uint8Array's slice copies).
  override slice(start?: number, end?: number): NodeBuffer {
    return this.subarray(start, end) as NodeBuffer;
  }
}

// Printed and named as Node's class is (`<Buffer 68 69>`, `Buffer.name`).
Object.defineProperty(NodeBuffer, 'name', { value: 'Buffer' });
