/**
 * How AWS prints the offending value in a validation error: it is Java's `toString()` of the deserialized
 * value, so strings and numbers appear as they are, blobs as a `java.nio.HeapByteBuffer`, lists as
 * `[a, b]`, maps as `{k=v}` and structures as `com.amazonaws.kinesis.v20131202.<Shape>@<hash>`.
 * Everything but a missing value is wrapped in single quotes.
 */
import { decodeBase64, inspectBase64 } from './inspectBase64';
import type { Shape } from './shapeTypes';

/**
 * The value as it appears after "Value " in a validation error.
 * @example describeValue(0, { type: 'integer', min: 1 }) // "'0'"
 * @example describeValue(undefined, { type: 'string' }) // 'null'
 */
export function describeValue(value: unknown, shape: Shape): string {
  return value === undefined || value === null ? 'null' : `'${javaToString(value, shape)}'`;
}

function javaToString(value: unknown, shape: Shape): string {
  if (value === undefined || value === null) return 'null';
  switch (shape.type) {
    case 'blob': {
      const inspection = inspectBase64(String(value));
      const length = inspection.ok ? inspection.byteLength : 0;
      return `java.nio.HeapByteBuffer[pos=0 lim=${length} cap=${length}]`;
    }
    case 'list':
      return `[${(value as readonly unknown[]).map((item) => javaToString(item, shape.member)).join(', ')}]`;
    case 'map':
      return `{${Object.entries(value as Record<string, unknown>)
        .map(([key, item]) => `${key}=${javaToString(item, shape.value)}`)
        .join(', ')}}`;
    case 'structure':
      return `com.amazonaws.kinesis.v20131202.${shape.name}@${(javaHashCode(value, shape) >>> 0).toString(16)}`;
    default:
      return String(value);
  }
}

/**
 * A content hash in Java's style for the `@<hash>` of a printed structure. Coral's exact formula is not
 * public; this one (1 + the members' Java hash codes) reproduces the one recorded case — an entry with
 * an empty partition key and empty data prints as `PutRecordsRequestEntry@2` — and, like AWS, gives
 * different entries different suffixes.
 */
function javaHashCode(value: unknown, shape: Shape): number {
  if (value === undefined || value === null) return 0;
  switch (shape.type) {
    case 'string':
      return stringHashCode(String(value));
    case 'integer':
      return Number(value) | 0;
    case 'boolean':
      return value === true ? 1231 : 1237;
    case 'blob':
      return byteBufferHashCode(decodeBase64(String(value)));
    case 'structure': {
      const record = value as Record<string, unknown>;
      let hash = 1;
      for (const [name, member] of Object.entries(shape.members))
        hash = (hash + javaHashCode(record[name], member)) | 0;
      return hash;
    }
    default:
      return 0;
  }
}

function stringHashCode(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return hash;
}

/** `java.nio.ByteBuffer.hashCode()`: signed bytes, from the last to the first. */
function byteBufferHashCode(bytes: Uint8Array): number {
  let hash = 1;
  for (let i = bytes.length - 1; i >= 0; i--) hash = (Math.imul(31, hash) + (((bytes[i] ?? 0) << 24) >> 24)) | 0;
  return hash;
}
