import { describe, expect, it } from 'vitest';
import { splitCommands, tokenize } from './tokenize';

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

describe('splitCommands', () => {
  it('runs pasted lines one after another, as a shell would', () => {
    expect(splitCommands('aws lambda invoke --function-name f out.json\ncat out.json\n')).toEqual([
      'aws lambda invoke --function-name f out.json',
      'cat out.json',
    ]);
  });
  it('keeps backslash continuations and open quotes in one command', () => {
    const pasted =
      "aws kinesis put-record \\\n  --stream-name s --partition-key k \\\r\n  --data 'a\nb'\naws kinesis list-streams";
    const commands = splitCommands(pasted);
    expect(commands).toHaveLength(2);
    expect(tokenize(commands[0]!)).toEqual({
      ok: true,
      words: ['aws', 'kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'k', '--data', 'a\nb'],
    });
    expect(splitCommands('echo "a \\" b\nc"\nnext')).toEqual(['echo "a \\" b\nc"', 'next']);
  });
  it('drops blank lines and comments', () => {
    expect(splitCommands('\n# make the stream\naws kinesis list-streams\n\n')).toEqual(['aws kinesis list-streams']);
  });
});
