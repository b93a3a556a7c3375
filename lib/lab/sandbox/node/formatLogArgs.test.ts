import { format } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatLogArgs } from './formatLogArgs';

describe('formatLogArgs', () => {
  it.each([
    [['%s is %d years and %j', 'Bob', 42.5, { a: 1 }, 'extra']],
    [['record', { shard: 1 }, 3]],
    [['100%', 'done']],
    [['%i%% of %s', 99.9, 'records']],
  ])('formats %j like util.format', (args) => {
    expect(formatLogArgs(args)).toBe(format(...args));
  });
});
