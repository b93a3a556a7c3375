/**
 * The second half of AWS's request handling: every constraint of the model checked against the
 * deserialized request, each failure worded as AWS words it, in the order AWS reports them (members in
 * shape order; within a member: pattern, lower bound, upper bound, enum; list and map sizes before their
 * entries).
 */
import { CONSTRAINT, declaredConstraints, formatViolation } from './constraintPhrases';
import { describeValue } from './describeValue';
import { inspectBase64 } from './inspectBase64';
import { matchesPattern } from './matchesPattern';
import type { ListShape, MapShape, Shape, StructureShape } from './shapeTypes';

/**
 * All validation errors of a deserialized request (see deserializeInput), or [] when it is valid.
 * @example collectViolations(OPERATION_SHAPES.DeleteStream, { StreamName: '' })
 * // ["Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+", …]
 */
export function collectViolations(shape: StructureShape, request: Record<string, unknown>, path = ''): string[] {
  const violations: string[] = [];
  const required = new Set(shape.required);
  for (const [name, member] of Object.entries(shape.members)) {
    const memberPath = path ? `${path}.${lowerFirst(name)}` : lowerFirst(name);
    const value = request[name];
    if (value === undefined || value === null) {
      if (required.has(name)) violations.push(formatViolation('null', memberPath, CONSTRAINT.notNull));
    } else {
      violations.push(...memberViolations(value, member, memberPath));
    }
  }
  return violations;
}

/** AWS names members in paths with a lowercase first letter only: `StreamARN` → `streamARN`. */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function memberViolations(value: unknown, shape: Shape, path: string): string[] {
  const failed = (phrase: string) => formatViolation(describeValue(value, shape), path, phrase);
  switch (shape.type) {
    case 'string': {
      const text = value as string;
      return [
        ...(shape.pattern !== undefined && !matchesPattern(shape.pattern, text)
          ? [failed(CONSTRAINT.pattern(shape.pattern))]
          : []),
        ...lengthViolations(text.length, shape, failed),
        ...(shape.enum !== undefined && !shape.enum.includes(text) ? [failed(CONSTRAINT.enumSet(shape.enum))] : []),
      ];
    }
    case 'integer': {
      const number = value as number;
      return [
        ...(shape.min !== undefined && number < shape.min ? [failed(CONSTRAINT.valueAtLeast(shape.min))] : []),
        ...(shape.max !== undefined && number > shape.max ? [failed(CONSTRAINT.valueAtMost(shape.max))] : []),
      ];
    }
    case 'blob': {
      const inspection = inspectBase64(value as string);
      return lengthViolations(inspection.ok ? inspection.byteLength : 0, shape, failed);
    }
    case 'list':
      return listViolations(value as readonly unknown[], shape, path, failed);
    case 'map':
      return mapViolations(value as Record<string, unknown>, shape, failed);
    case 'structure':
      return collectViolations(shape, value as Record<string, unknown>, path);
    default:
      return [];
  }
}

function lengthViolations(length: number, shape: { min?: number; max?: number }, failed: (phrase: string) => string) {
  return [
    ...(shape.min !== undefined && length < shape.min ? [failed(CONSTRAINT.lengthAtLeast(shape.min))] : []),
    ...(shape.max !== undefined && length > shape.max ? [failed(CONSTRAINT.lengthAtMost(shape.max))] : []),
  ];
}

/**
 * Entries that are structures are checked one by one at `<list>.<n>.member` (1-based); simple entries
 * are judged together, in one error for the whole list.
 */
function listViolations(items: readonly unknown[], shape: ListShape, path: string, failed: (phrase: string) => string) {
  const violations = lengthViolations(items.length, shape, failed);
  const member = shape.member;
  if (member.type === 'structure') {
    items.forEach((item, i) => {
      const itemPath = `${path}.${i + 1}.member`;
      // Not recorded from AWS: a null entry is reported like a missing required member.
      if (item === null || item === undefined) violations.push(formatViolation('null', itemPath, CONSTRAINT.notNull));
      else violations.push(...collectViolations(member, item as Record<string, unknown>, itemPath));
    });
  } else if (items.some((item) => !isValidEntry(item, member))) {
    violations.push(failed(CONSTRAINT.listMembers(declaredConstraints(member))));
  }
  return violations;
}

/** Keys and values are judged together: at most one error for the keys and one for the values. */
function mapViolations(entries: Record<string, unknown>, shape: MapShape, failed: (phrase: string) => string) {
  const keys = Object.keys(entries);
  const violations = lengthViolations(keys.length, shape, failed);
  if (keys.some((key) => !isValidEntry(key, shape.key))) {
    violations.push(failed(CONSTRAINT.mapKeys(declaredConstraints(shape.key))));
  }
  if (Object.values(entries).some((item) => !isValidEntry(item, shape.value))) {
    violations.push(failed(CONSTRAINT.mapValues(declaredConstraints(shape.value))));
  }
  return violations;
}

/** A list entry or map key/value: null never satisfies the entry shape. */
function isValidEntry(value: unknown, shape: Shape): boolean {
  return value !== null && value !== undefined && memberViolations(value, shape, '').length === 0;
}
