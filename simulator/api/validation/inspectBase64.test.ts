import { describe, expect, it } from 'vitest';
import { decodeBase64, inspectBase64 } from './inspectBase64';

describe('inspectBase64', () => {
  it.each([
    ['', 0],
    ['aA==', 1],
    ['aGk=', 2],
    ['aGkh', 3],
    ['/+8=', 2],
  ])('%j decodes to %i bytes', (text, byteLength) => {
    expect(inspectBase64(text)).toEqual({ ok: true, byteLength });
    expect(decodeBase64(text)).toHaveLength(byteLength);
  });

  it.each([
    ['aGk', 'Base64 encoded length is expected a multiple of 4 bytes but found: 3'],
    ['aG k', "Invalid Base64 character: ' '"],
    ['aG-k', "Invalid Base64 character: '-'"],
    ['a=Gk', "Invalid Base64 character: '='"],
    ['aGk=aGk=', "Invalid Base64 character: '='"],
    ['aGl=', 'Invalid last non-pad Base64 character dectected'],
    ['aB==', 'Invalid last non-pad Base64 character dectected'],
    ['a===', 'Invalid last non-pad Base64 character dectected'],
  ])('%j is refused: %s', (text, problem) => {
    expect(inspectBase64(text)).toEqual({ ok: false, problem });
  });

  it('decodes the bytes', () => {
    expect([...decodeBase64('aGkh')]).toEqual([104, 105, 33]);
    expect([...decodeBase64('/+8=')]).toEqual([255, 239]);
  });
});
