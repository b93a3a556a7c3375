import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinesisError } from '../KinesisError';
import { javaPatternToRegExp } from './matchesPattern';
import { KINESIS_OPERATIONS, OPERATION_SHAPES, type KinesisOperation } from './operationShapes';
import type { Shape, StringShape } from './shapeTypes';
import { parseInput } from './validateInput';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
/** Values are generated short (fast); the upper bounds are tested with exact examples. */
const MAX_GENERATED_ENTRIES = 8;
const MAX_GENERATED_LENGTH = 40;

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function stringArbitrary(shape: StringShape): fc.Arbitrary<string> {
  if (shape.enum) return fc.constantFrom(...shape.enum);
  const min = shape.min ?? 0;
  if (shape.pattern) {
    const max = shape.max ?? Infinity;
    return fc
      .stringMatching(javaPatternToRegExp(shape.pattern))
      .filter((text) => text.length >= min && text.length <= max);
  }
  const max = Math.min(shape.max ?? MAX_GENERATED_LENGTH, MAX_GENERATED_LENGTH);
  const fitsLength = (text: string) => text.length >= min && text.length <= max;
  // Lengths count UTF-16 code units, so astral characters (two units each) are generated too; at most
  // max/2 characters always fit.
  return fc
    .string({ unit: 'binary', minLength: min, maxLength: Math.max(min, Math.floor(max / 2)) })
    .filter(fitsLength);
}

/** Any value that satisfies `shape`, as it would arrive in a JSON request. */
function validValue(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case 'string':
      return stringArbitrary(shape);
    case 'integer':
      return fc.integer({ min: shape.min ?? INT_MIN, max: shape.max ?? INT_MAX });
    case 'boolean':
      return fc.boolean();
    case 'timestamp':
      return fc.double({ min: 0, max: 4e9, noNaN: true });
    case 'blob':
      return fc.uint8Array({ minLength: shape.min ?? 0, maxLength: 48 }).map(bytesToBase64);
    case 'list':
      return fc.array(validValue(shape.member), {
        minLength: shape.min ?? 0,
        maxLength: Math.min(shape.max ?? MAX_GENERATED_ENTRIES, MAX_GENERATED_ENTRIES),
      });
    case 'map':
      return fc.dictionary(stringArbitrary(shape.key), stringArbitrary(shape.value), {
        minKeys: shape.min ?? 0,
        maxKeys: Math.min(shape.max ?? MAX_GENERATED_ENTRIES, MAX_GENERATED_ENTRIES),
      });
    case 'structure':
      return fc.record(
        Object.fromEntries(Object.entries(shape.members).map(([name, member]) => [name, validValue(member)])),
        { requiredKeys: [...(shape.required ?? [])] },
      );
  }
}

/** `<name>: <message>` of the KinesisError parseInput throws, or '' when it accepts the request. */
function rejectionOf(operation: string, input: unknown): string {
  try {
    parseInput(operation, input);
    return '';
  } catch (error) {
    if (!(error instanceof KinesisError)) throw error;
    return `${error.name}: ${error.message}`;
  }
}

/** Built once per operation: building arbitraries (stringMatching parses its regex) is the slow part. */
const validInputs = new Map(
  KINESIS_OPERATIONS.map((operation) => [operation, validValue(OPERATION_SHAPES[operation])]),
);

const validInput = (operation: KinesisOperation) => validInputs.get(operation) ?? fc.constant({});

const validRequest = fc
  .constantFrom(...KINESIS_OPERATIONS)
  .chain((operation) => validInput(operation).map((input) => ({ operation, input })));

describe('validateInput properties', () => {
  it('accepts every request built from the shapes, and reads it back unchanged', () => {
    fc.assert(
      fc.property(validRequest, ({ operation, input }) => {
        expect(parseInput(operation, input)).toEqual(input);
      }),
      { seed: 20131202, numRuns: 1000 },
    );
  });

  it('names every missing required member with Value null', () => {
    const withRequired = KINESIS_OPERATIONS.filter((op) => (OPERATION_SHAPES[op].required ?? []).length > 0);
    const dropped = fc.constantFrom(...withRequired).chain((operation) =>
      fc.record({
        operation: fc.constant(operation),
        input: validInput(operation),
        member: fc.constantFrom(...(OPERATION_SHAPES[operation].required ?? [])),
      }),
    );
    fc.assert(
      fc.property(dropped, ({ operation, input, member }) => {
        const request = { ...(input as Record<string, unknown>) };
        delete request[member];
        const path = member.charAt(0).toLowerCase() + member.slice(1);
        const rejection = rejectionOf(operation, request);
        expect(rejection).toMatch(/^ValidationException: \d+ validation errors? detected: /);
        expect(rejection).toContain(`Value null at '${path}' failed to satisfy constraint: Member must not be null`);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
