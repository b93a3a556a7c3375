/**
 * The wording of AWS validation errors, one place for every phrase. The formats come from messages
 * recorded from the real service (kinesalite's and dynalite's test suites, AWS CLI output): each error is
 * `Value <value> at '<path>' failed to satisfy constraint: <phrase>` with no final period.
 */
import type { Shape } from './shapeTypes';

export const CONSTRAINT = {
  notNull: 'Member must not be null',
  lengthAtMost: (n: number) => `Member must have length less than or equal to ${n}`,
  lengthAtLeast: (n: number) => `Member must have length greater than or equal to ${n}`,
  valueAtMost: (n: number) => `Member must have value less than or equal to ${n}`,
  valueAtLeast: (n: number) => `Member must have value greater than or equal to ${n}`,
  pattern: (pattern: string) => `Member must satisfy regular expression pattern: ${pattern}`,
  enumSet: (values: readonly string[]) => `Member must satisfy enum value set: [${values.join(', ')}]`,
  /** A list whose entries break their own constraints; AWS lists the entry shape's constraints. */
  listMembers: (phrases: readonly string[]) => `Member must satisfy constraint: [${phrases.join(', ')}]`,
  mapKeys: (phrases: readonly string[]) => `Map keys must satisfy constraint: [${phrases.join(', ')}]`,
  /** "value", singular, is AWS's wording. */
  mapValues: (phrases: readonly string[]) => `Map value must satisfy constraint: [${phrases.join(', ')}]`,
} as const;

/**
 * One validation error. `valueText` is already printed by describeValue (`null` bare, anything else quoted).
 * @example formatViolation("'a'", 'records.1.member.partitionKey', CONSTRAINT.lengthAtLeast(2))
 */
export function formatViolation(valueText: string, path: string, phrase: string): string {
  return `Value ${valueText} at '${path}' failed to satisfy constraint: ${phrase}`;
}

/**
 * The full message of a ValidationException. AWS reports at most 10 errors and counts only those it
 * reports (kinesalite's recording of PutRecords with 501 invalid records says "10 validation errors").
 * @example validationMessage(["Value null at 'streamName' …"]) // '1 validation error detected: Value null …'
 */
export function validationMessage(violations: readonly string[]): string {
  const reported = violations.slice(0, 10);
  const noun = reported.length === 1 ? 'error' : 'errors';
  return `${reported.length} validation ${noun} detected: ${reported.join('; ')}`;
}

/**
 * Every constraint a list entry, map key or map value carries, in the order AWS lists them inside
 * "[…]" (upper bound, lower bound, pattern, enum), whichever of them failed.
 */
export function declaredConstraints(shape: Shape): string[] {
  const phrases: string[] = [];
  const isValue = shape.type === 'integer';
  if ('max' in shape && shape.max !== undefined) {
    phrases.push(isValue ? CONSTRAINT.valueAtMost(shape.max) : CONSTRAINT.lengthAtMost(shape.max));
  }
  if ('min' in shape && shape.min !== undefined) {
    phrases.push(isValue ? CONSTRAINT.valueAtLeast(shape.min) : CONSTRAINT.lengthAtLeast(shape.min));
  }
  if (shape.type === 'string' && shape.pattern !== undefined) phrases.push(CONSTRAINT.pattern(shape.pattern));
  if (shape.type === 'string' && shape.enum !== undefined) phrases.push(CONSTRAINT.enumSet(shape.enum));
  return phrases;
}
