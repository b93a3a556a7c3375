import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import type { Demo } from './demoSchema';
import { parseDemo, type KnownIds } from './parseDemo';

export const DEMOS_DIR = 'content/demos';

/**
 * Every demo by id (its file name), validated; throws naming the file, the beat and the field of a bad one.
 * @example Object.keys(loadDemos()) // ['enhanced-fan-out', 'hot-keys', …]
 */
export const loadDemos = cache(function loadDemos(
  root: string = process.cwd(),
  known: KnownIds = {},
): Record<string, Demo> {
  const files = readdirSync(path.join(root, DEMOS_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const demos: Record<string, Demo> = {};
  for (const file of files) {
    const where = `${DEMOS_DIR}/${file}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*\.json$/.test(file))
      throw new Error(`${where}: a demo's id is its file name: lowercase words joined by hyphens.`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(root, where), 'utf8'));
    } catch (error) {
      throw new Error(`${where}: not valid JSON (${error instanceof Error ? error.message : error}).`);
    }
    const result = parseDemo(data, where, known);
    if (!result.ok) throw new Error(result.error);
    demos[file.replace(/\.json$/, '')] = result.demo;
  }
  return demos;
});
