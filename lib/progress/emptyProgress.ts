import type { Progress } from './progressSchema';

/** The format version of saved progress; bump it with a migration in createProgressStore. */
export const PROGRESS_VERSION = 1;

export function emptyProgress(): Progress {
  return { chapters: {}, lastLocation: null, challenges: {}, practice: { reviews: {}, attempts: [], exam: null } };
}
