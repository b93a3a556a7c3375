import { describe, expect, it } from 'vitest';
import { matchesPattern } from './matchesPattern';

const STREAM_ARN = 'arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+';

describe('matchesPattern (Java semantics)', () => {
  it('matches the whole value, as Matcher.matches() does', () => {
    expect(matchesPattern('[a-zA-Z0-9_.-]+', 'orders-2024.v1')).toBe(true);
    expect(matchesPattern('[a-zA-Z0-9_.-]+', 'orders/2024')).toBe(false);
    expect(matchesPattern('0|([1-9]\\d{0,38})', '0')).toBe(true);
    expect(matchesPattern('0|([1-9]\\d{0,38})', '01')).toBe(false);
    expect(matchesPattern('0|([1-9]\\d{0,38})', '9'.repeat(39))).toBe(true);
    expect(matchesPattern('0|([1-9]\\d{0,38})', '9'.repeat(40))).toBe(false);
  });

  it('reads \\S as "not ASCII whitespace", like Java, not JavaScript', () => {
    expect(matchesPattern(STREAM_ARN, 'arn:aws:kinesis:us-east-1:123456789012:stream/orders')).toBe(true);
    expect(matchesPattern(STREAM_ARN, 'arn:aws:kinesis:us-east-1:123456789012:stream/ord ers')).toBe(false);
    // U+00A0 is whitespace to JavaScript's \s but not to Java's.
    expect(matchesPattern(STREAM_ARN, 'arn:aws:kinesis:us-east-1:123456789012:stream/ord\u00a0ers')).toBe(true);
  });

  it("stops Java's `.` at line terminators, including U+0085", () => {
    expect(matchesPattern(STREAM_ARN, 'arn:aws-cn:kinesis:cn-north-1:123456789012:stream/a')).toBe(true);
    expect(matchesPattern(STREAM_ARN, 'arn:aws\u0085:kinesis:x:123456789012:stream/a')).toBe(false);
    expect(matchesPattern(STREAM_ARN, 'arn:aws\n:kinesis:x:123456789012:stream/a')).toBe(false);
  });

  it('accepts consumer ARNs with the model pattern (anchored with ^ in the model itself)', () => {
    const pattern = '^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+';
    expect(
      matchesPattern(pattern, 'arn:aws:kinesis:us-east-1:123456789012:stream/orders/consumer/billing:1700000000'),
    ).toBe(true);
    expect(matchesPattern(pattern, 'arn:aws:kinesis:us-east-1:123456789012:stream/orders/consumer/billing')).toBe(
      false,
    );
  });
});
