import type { Demo } from './demoSchema';
import { parseDemo, type DemoResult, type KnownIds } from './parseDemo';

/**
 * A demo as the file "Export demo" writes: the demo itself, pretty-printed, so a file made here is
 * also a valid content/demos/*.json file.
 * @example downloadText(demoToFile(demo), 'hot-keys.json')
 */
export function demoToFile(demo: Demo): string {
  return `${JSON.stringify(demo, null, 2)}\n`;
}

/**
 * Reads an imported demo file, explaining in one sentence what is wrong (which beat, which field).
 * @example readDemoFile(await file.text(), file.name, { scenarios: Object.keys(scenarios) })
 */
export function readDemoFile(text: string, fileName: string, known: KnownIds = {}): DemoResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: `${fileName} is not a demo file: it is not valid JSON. Nothing was changed.`,
    };
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { beats?: unknown }).beats))
    return {
      ok: false,
      error: `${fileName} is not a demo file: it has no list of beats. Choose a file made with “Export demo”.`,
    };
  const result = parseDemo(data, fileName, known);
  return result.ok ? result : { ok: false, error: `${result.error} Nothing was changed.` };
}

/** Where the imported or recorded demo waits for the audience and presenter windows (same origin). */
export const LOCAL_DEMO_KEY = 'shardlab.present.local';
/** The demo id that stands for it in links: `/present/show/?demo=local`. */
export const LOCAL_DEMO_ID = 'local';

/** Keeps a demo for this browser's windows; false when storage is refused. */
export function saveLocalDemo(demo: Demo, storage: Pick<Storage, 'setItem'>): boolean {
  try {
    storage.setItem(LOCAL_DEMO_KEY, demoToFile(demo));
    return true;
  } catch {
    return false;
  }
}

/** The demo kept for this browser's windows, or why there is none. */
export function loadLocalDemo(storage: Pick<Storage, 'getItem'>, known: KnownIds = {}): DemoResult {
  let text: string | null = null;
  try {
    text = storage.getItem(LOCAL_DEMO_KEY);
  } catch {
    text = null;
  }
  if (text === null)
    return {
      ok: false,
      error: 'No demo has been imported or recorded in this browser. Open one from the demo list.',
    };
  return readDemoFile(text, 'The imported demo', known);
}
