import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inspectValue } from './inspectValue';
import { NodeBuffer } from './nodeBuffer';
import { functionLineOffset } from './stackTrace';

class Checkpoint {
  shardId = 'shardId-000000000000';
}
const circular: Record<string, unknown> = { stream: 'orders' };
circular.self = circular;

// Each value is printed by Node's own util.inspect too: the sandbox must match it character for character.
const samples: [string, unknown][] = [
  [
    'a Kinesis event (records below depth 2 collapse)',
    {
      Records: [
        {
          kinesis: { partitionKey: 'user-1', data: 'aGk=' },
          eventSource: 'aws:kinesis',
          eventID: 'shardId-000000000000:4954',
        },
      ],
    },
  ],
  ['a line longer than 80 columns', { a: 'x'.repeat(70), b: 1 }],
  ['a circular reference', circular],
  ['Map and Set', [new Map([['a', 1]]), new Set([1, 2])]],
  ['typed arrays', new Uint8Array([1, 2])],
  ['primitives', [undefined, null, -0, 5n, Symbol('s'), true, "it's"]],
  ['functions and classes', [function foo() {}, async () => {}, class Shard {}]],
  ['class instances and null prototypes', [new Checkpoint(), Object.create(null)]],
  ['quoted keys', { 'partition-key': 1, ok: 'yes' }],
  ['dates and regular expressions', [new Date(0), /shard-\d+/g]],
  ['holes', [, 1]],
  ['deep arrays', [[1, [2, [3, [4]]]]]],
  ['strings with newlines inside objects', ['a\nb']],
  ['empty containers at any depth', { a: { b: { c: {}, d: [] } } }],
  ['mixed nesting', { deep: { a: { b: 1 } }, s: 'str', n: [1, 2, 3] }],
  ['empty object and array', [{}, []]],
];

describe('inspectValue', () => {
  it.each(samples)('prints %s like util.inspect', (_name, value) => {
    expect(inspectValue(value)).toBe(inspect(value));
  });

  it('prints a sandbox Buffer like a Node Buffer', () => {
    expect(inspectValue(NodeBuffer.from('hi'))).toBe('<Buffer 68 69>');
  });

  it('prints an error nested in an object with its stack and own properties', () => {
    const error = Object.assign(new Error('boom'), { code: 'E1' });
    // A frame as the engine reports it for compiled user code, before the Function header's lines are taken off.
    error.stack = `Error: boom\n    at Runtime.handler (file:///var/task/index.mjs:${3 + functionLineOffset}:9)`;
    expect(inspectValue({ err: error })).toBe(
      "{\n  err: Error: boom\n      at Runtime.handler (file:///var/task/index.mjs:3:9) {\n    code: 'E1'\n  }\n}",
    );
  });
});
