import { KinesisError } from '../KinesisError';
import { streamNameFrom } from '../../engine/streams';
import type { SimState } from '../../engine/types';

/** A request body after validation: PascalCase members, blobs as base64 strings. */
export type Input = Record<string, unknown>;

export function str(input: Input, key: string): string | undefined {
  const value = input[key];
  return typeof value === 'string' ? value : undefined;
}

export function num(input: Input, key: string): number | undefined {
  const value = input[key];
  return typeof value === 'number' ? value : undefined;
}

/** Timestamps arrive as epoch seconds (numbers) or ISO strings; returns virtual ms. */
export function time(input: Input, key: string): number | undefined {
  const value = input[key];
  if (typeof value === 'number') return Math.round(value * 1000);
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    if (Number.isNaN(ms))
      throw new KinesisError('InvalidArgumentException', `${key} ${value} is not a valid timestamp.`);
    return ms;
  }
  return undefined;
}

/** The stream a request names, by StreamName or StreamARN. */
export function streamName(sim: SimState, input: Input): string {
  return streamNameFrom(sim, str(input, 'StreamName'), str(input, 'StreamARN'));
}
