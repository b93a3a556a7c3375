/**
 * The beat in a link: `#beat=3` is the third beat (people count from one); anything else is the first.
 * @example beatFromHash('#beat=3') // 2
 */
export function beatFromHash(hash: string): number {
  const match = /(?:^#|&)beat=(\d+)/.exec(hash);
  return match ? Math.max(0, Number(match[1]) - 1) : 0;
}

export const hashForBeat = (beat: number) => `#beat=${beat + 1}`;
