import { expect } from 'vitest';
import { KinesisError } from '../KinesisError';
import { validateInput } from './validateInput';

/** The error validateInput throws, as `{ name, message }` (fails the test when nothing is thrown). */
export function rejection(operation: string, input: unknown): { name: string; message: string } {
  try {
    validateInput(operation, input);
  } catch (error) {
    expect(error).toBeInstanceOf(KinesisError);
    const { name, message } = error as KinesisError;
    return { name, message };
  }
  throw new Error(`${operation} accepted ${JSON.stringify(input)?.slice(0, 200)}`);
}

export const validation = (message: string) => ({ name: 'ValidationException', message });

/** A 129-character name: one past the 128 allowed. */
export const a129 = 'a'.repeat(129);
