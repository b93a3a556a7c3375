import { describe, expect, it } from 'vitest';
import { complete } from './complete';

describe('complete', () => {
  it('completes services, operations and options, and lists the candidates when they differ', () => {
    expect(complete('aws kin')).toEqual({ line: 'aws kinesis ', candidates: ['kinesis'] });
    expect(complete('aws kinesis put-rec')).toEqual({
      line: 'aws kinesis put-record',
      candidates: ['put-record', 'put-records'],
    });
    expect(complete('aws kinesis describe-stream-s').line).toBe('aws kinesis describe-stream-summary ');
    expect(complete('aws kinesis put-record --stream-name s --p').line).toBe(
      'aws kinesis put-record --stream-name s --partition-key ',
    );
  });

  it('offers only options not used yet, globals included', () => {
    expect(complete('aws kinesis list-streams --').candidates).toEqual([
      '--limit',
      '--output',
      '--query',
      '--cli-binary-format',
      '--region',
      '--no-cli-pager',
    ]);
    expect(complete('aws kinesis list-streams --limit 5 --output json --').candidates).not.toContain('--output');
  });

  it('leaves a line alone when nothing fits', () => {
    expect(complete('aws kinesis zzz')).toEqual({ line: 'aws kinesis zzz', candidates: [] });
  });
});
