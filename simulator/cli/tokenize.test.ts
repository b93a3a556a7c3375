import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (line: string) => {
  const r = tokenize(line);
  if (!r.ok) throw new Error(r.error);
  return r.words;
};

describe('tokenize', () => {
  it('splits on whitespace and keeps quoted text together', () => {
    expect(
      words(`aws kinesis put-record --stream-name my-stream --partition-key user-1 --data "hello from user-1"`),
    ).toEqual([
      'aws',
      'kinesis',
      'put-record',
      '--stream-name',
      'my-stream',
      '--partition-key',
      'user-1',
      '--data',
      'hello from user-1',
    ]);
    expect(words(`--records '[{"Data":"aGk=","PartitionKey":"k"}]'`)).toEqual([
      '--records',
      '[{"Data":"aGk=","PartitionKey":"k"}]',
    ]);
  });

  it('joins lines continued with a backslash, as pasted from documentation', () => {
    expect(words('aws kinesis create-stream \\\n  --stream-name my-stream \\\r\n  --shard-count 1')).toEqual([
      'aws',
      'kinesis',
      'create-stream',
      '--stream-name',
      'my-stream',
      '--shard-count',
      '1',
    ]);
  });

  it('handles escapes and empty quoted words', () => {
    expect(words(`a "say \\"hi\\"" b\\ c ''`)).toEqual(['a', 'say "hi"', 'b c', '']);
  });

  it('says when a quote is left open', () => {
    expect(tokenize(`aws kinesis put-record --data "oops`)).toEqual({
      ok: false,
      error: 'unexpected end of input: a double quote is not closed',
    });
  });
});
