import * as z from 'zod/mini';
import { PROGRESS_VERSION } from './emptyProgress';
import { progressSchema, type Progress } from './progressSchema';

/** What "Export progress" writes: the data plus enough to recognise the file and its version. */
const progressFileSchema = z.object({
  app: z.literal('shardlab'),
  kind: z.literal('progress'),
  version: z.int().check(z.positive()),
  exportedAt: z.string(),
  progress: z.unknown(),
});

export function progressToFile(progress: Progress, now: Date): string {
  const file = {
    app: 'shardlab',
    kind: 'progress',
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: string };

/**
 * Reads an exported progress file, explaining in a sentence what is wrong with a file that is not one.
 * @example parseProgressFile('{"app":"shardlab","kind":"progress","version":1,…}')
 */
export function parseProgressFile(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Shardlab progress file: it is not valid JSON.' };
  }
  const file = progressFileSchema.safeParse(json);
  if (!file.success) {
    return {
      ok: false,
      error:
        'This file is not a Shardlab progress file. Choose a file made with "Export progress" (shardlab-progress-….json).',
    };
  }
  if (file.data.version > PROGRESS_VERSION) {
    return {
      ok: false,
      error: `This file was made by a newer version of Shardlab (format ${file.data.version}); reload the site and try again.`,
    };
  }
  const progress = progressSchema.safeParse(file.data.progress);
  if (!progress.success) {
    const issue = progress.error.issues[0];
    const where = issue?.path.length ? ` (at "${issue.path.map(String).join('.')}")` : '';
    return {
      ok: false,
      error: `This progress file is damaged: ${issue?.message ?? 'unexpected content'}${where}. Nothing was changed.`,
    };
  }
  return { ok: true, progress: progress.data };
}

export function progressFileName(now: Date): string {
  return `shardlab-progress-${now.toISOString().slice(0, 10)}.json`;
}
