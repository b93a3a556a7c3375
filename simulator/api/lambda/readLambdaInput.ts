import { LambdaError } from '../../engine/lambda/lambdaErrors';

/** Reads typed members from a request, with AWS-style messages for the wrong type. */
export function readLambdaInput(input: Record<string, unknown>) {
  const wrong = (member: string, value: unknown, type: string) =>
    new LambdaError(
      'InvalidParameterValueException',
      `1 validation error detected: Value '${JSON.stringify(value)}' at '${member[0]!.toLowerCase()}${member.slice(1)}' failed to satisfy constraint: Member must be ${type}`,
    );
  return {
    string(member: string): string | undefined {
      const value = input[member];
      if (value === undefined || value === null) return undefined;
      if (typeof value !== 'string') throw wrong(member, value, 'a string');
      return value;
    },
    int(member: string): number | undefined {
      const value = input[member];
      if (value === undefined || value === null) return undefined;
      if (typeof value !== 'number' || !Number.isInteger(value)) throw wrong(member, value, 'an integer');
      return value;
    },
    number(member: string): number | undefined {
      const value = input[member];
      if (value === undefined || value === null) return undefined;
      if (typeof value !== 'number') throw wrong(member, value, 'a number');
      return value;
    },
    boolean(member: string): boolean | undefined {
      const value = input[member];
      if (value === undefined || value === null) return undefined;
      if (typeof value !== 'boolean') throw wrong(member, value, 'a boolean');
      return value;
    },
    required(member: string): string {
      const value = this.string(member);
      if (value === undefined)
        throw new LambdaError(
          'InvalidParameterValueException',
          `1 validation error detected: Value null at '${member[0]!.toLowerCase()}${member.slice(1)}' failed to satisfy constraint: Member must not be null`,
        );
      return value;
    },
    raw(member: string): unknown {
      return input[member];
    },
  };
}

export type LambdaInput = ReturnType<typeof readLambdaInput>;
