import { describe, expect, it } from 'vitest';
import { seedPrng } from '../prng';
import { evaluatePrefix, formatTimestamp, objectName, prefixProblem } from './objectKeys';

const at = Date.UTC(2026, 0, 2, 3, 4, 5);
const prng = seedPrng(1);

describe('S3 object keys (fact 26)', () => {
  it('formats Java-style timestamp patterns in UTC', () => {
    expect(formatTimestamp('yyyy/MM/dd/HH', at)).toBe('2026/01/02/03');
    expect(formatTimestamp("'year='yyyy/'hour='HH", at)).toBe('year=2026/hour=03');
  });

  it('evaluates expressions, and appends the hour to a prefix without a timestamp', () => {
    expect(evaluatePrefix('logs/', { timestamp: at, prng }, true)[0]).toBe('logs/2026/01/02/03/');
    expect(evaluatePrefix('logs/!{timestamp:yyyy-MM-dd}/', { timestamp: at, prng }, true)[0]).toBe('logs/2026-01-02/');
    expect(
      evaluatePrefix(
        'err/!{firehose:error-output-type}/',
        { timestamp: at, prng, errorOutputType: 'processing-failed' },
        false,
      )[0],
    ).toBe('err/processing-failed/');
    expect(
      evaluatePrefix(
        'g=!{partitionKeyFromQuery:game}/',
        { timestamp: at, prng, partitionKeys: { game: 'go' } },
        false,
      )[0],
    ).toBe('g=go/');
    expect(evaluatePrefix('!{firehose:random-string}/', { timestamp: at, prng }, false)[0]).toMatch(/^[a-z0-9]{11}\/$/);
  });

  it('names objects <stream>-<version>-<time>-<uuid>', () => {
    expect(objectName('deliveries', 3, at, prng)[0]).toMatch(
      /^deliveries-3-2026-01-02-03-04-05-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('says which expressions are not allowed where', () => {
    expect(prefixProblem('a/!{firehose:error-output-type}/', false, false)).toBe(
      'The expression !{firehose:error-output-type} is only allowed in ErrorOutputPrefix.',
    );
    expect(prefixProblem('!{partitionKeyFromQuery:x}/', false, false)).toMatch(/needs dynamic partitioning/);
    expect(prefixProblem('!{nope:x}/', false, false)).toMatch(/^Unknown expression !\{nope:x\}/);
    expect(prefixProblem('!{timestamp:yyyy}/', false, false)).toBeNull();
  });
});
