import { describe, expect, it } from 'vitest';
import { NodeBuffer } from './nodeBuffer';

// Node's own Buffer is the reference for every case.
describe('NodeBuffer', () => {
  it.each([
    ['aGVsbG8gZnJvbSB1c2VyLTE=', 'base64'],
    ['aGVsbG8gZnJvbSB1c2VyLTE', 'base64'],
    ['aGk_-w', 'base64url'],
    ['aGVs bG8=\n', 'base64'],
    ['68656c6c6f', 'hex'],
    ['héllo ✓', 'utf8'],
    ['héllo', 'latin1'],
  ])('decodes %j from %s like Node', (text, encoding) => {
    const ours = NodeBuffer.from(text, encoding);
    const node = Buffer.from(text, encoding as BufferEncoding);
    expect(Array.from(ours)).toEqual(Array.from(node));
  });

  it.each(['utf8', 'utf-8', 'base64', 'base64url', 'hex', 'ascii', 'latin1'])('encodes to %s like Node', (encoding) => {
    const bytes = [0, 1, 127, 128, 200, 255, 104, 105];
    expect(NodeBuffer.from(bytes).toString(encoding)).toBe(Buffer.from(bytes).toString(encoding as BufferEncoding));
  });

  it('decodes the classic Kinesis record payload', () => {
    expect(NodeBuffer.from('eyJ1c2VyIjoiMSJ9', 'base64').toString('utf8')).toBe('{"user":"1"}');
    expect(NodeBuffer.from('eyJ1c2VyIjoiMSJ9', 'base64').toString('ascii')).toBe('{"user":"1"}');
  });

  it('measures, concatenates, compares and slices like Node', () => {
    expect(NodeBuffer.byteLength('héllo')).toBe(Buffer.byteLength('héllo'));
    const joined = NodeBuffer.concat([NodeBuffer.from('ab'), NodeBuffer.from('cd')]);
    expect(joined.toString()).toBe('abcd');
    expect(joined.equals(NodeBuffer.from('abcd'))).toBe(true);
    expect(NodeBuffer.isBuffer(joined)).toBe(true);
    const slice = joined.slice(1, 3);
    slice[0] = 'X'.charCodeAt(0);
    expect(joined.toString()).toBe('aXcd');
    expect(JSON.stringify(NodeBuffer.from('hi'))).toBe(JSON.stringify(Buffer.from('hi')));
  });

  it('rejects an unknown encoding with Node wording', () => {
    expect(() => NodeBuffer.from('x', 'utf-9')).toThrow('Unknown encoding: utf-9');
  });
});
