import LZString from 'lz-string';
import type { SimCommand } from '../engine/commands';
import type { CanvasLayout } from './createCanvasStore';

/** What a share link carries: enough to rebuild the exact simulation by replay. */
export interface SharedSimulation {
  /** Format version of the link. */
  v: 1;
  /** The scenario id (its file name in content/scenarios). */
  scenario: string;
  seed: number;
  log: SimCommand[];
  /** Where the learner put the nodes, and producers or consumers not wired to a stream yet. */
  canvas?: CanvasLayout;
}

export type ShareLinkResult = { ok: true; shared: SharedSimulation } | { ok: false; error: string };

const PREFIX = 'sim=';

/**
 * The URL hash for a simulation: `#sim=<lz-string compressed JSON>`, compact enough for a chat message.
 * @example location.hash = encodeShareLink({ v: 1, scenario: 'hot-key', seed: 11, log })
 */
export function encodeShareLink(shared: SharedSimulation): string {
  return `#${PREFIX}${LZString.compressToEncodedURIComponent(JSON.stringify(shared))}`;
}

/** Reads a share link's hash, explaining in a sentence what is wrong with a damaged one. */
export function decodeShareLink(hash: string): ShareLinkResult {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(PREFIX))
    return { ok: false, error: 'This link does not contain a simulation (it should end in #sim=…).' };
  const json = LZString.decompressFromEncodedURIComponent(body.slice(PREFIX.length));
  if (!json)
    return {
      ok: false,
      error: 'This simulation link is damaged: it may have been cut short when it was copied. Nothing was changed.',
    };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This simulation link is damaged: its contents are not readable. Nothing was changed.' };
  }
  return parseSharedSimulation(data, 'simulation link');
}

/**
 * Checks a shared simulation from a link or an imported file, explaining what is wrong in a sentence.
 * @example parseSharedSimulation(JSON.parse(fileText), 'file')
 */
export function parseSharedSimulation(data: unknown, what: 'simulation link' | 'file'): ShareLinkResult {
  const the = what === 'file' ? 'This file' : 'This simulation link';
  if (typeof data !== 'object' || data === null)
    return { ok: false, error: `${the} does not contain a Shardlab simulation. Nothing was changed.` };
  const shared = data as Partial<SharedSimulation>;
  if (shared.v !== 1)
    return {
      ok: false,
      error: `${the} was made by a different version of Shardlab, or is not a Shardlab simulation, and cannot be opened here.`,
    };
  if (typeof shared.scenario !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(shared.scenario)) {
    return { ok: false, error: `${the} names no valid scenario. Nothing was changed.` };
  }
  if (
    !Number.isInteger(shared.seed) ||
    !Array.isArray(shared.log) ||
    !shared.log.every((c) => typeof c === 'object' && c !== null && typeof (c as { type?: unknown }).type === 'string')
  ) {
    return {
      ok: false,
      error: `${the} is damaged: its seed or command list is not valid. Nothing was changed.`,
    };
  }
  const canvas = shared.canvas as Partial<CanvasLayout> | undefined;
  if (
    canvas !== undefined &&
    (typeof canvas !== 'object' ||
      canvas === null ||
      typeof canvas.positions !== 'object' ||
      canvas.positions === null ||
      !Array.isArray(canvas.drafts))
  )
    return { ok: false, error: `${the} is damaged: its canvas layout is not valid. Nothing was changed.` };
  return { ok: true, shared: withCurrentNodeIds(shared as SharedSimulation) };
}

/** Links made before buckets were spelled `bucket:` placed them as `s3:<name>`. */
function withCurrentNodeIds(shared: SharedSimulation): SharedSimulation {
  if (!shared.canvas) return shared;
  const positions = Object.fromEntries(
    Object.entries(shared.canvas.positions).map(([id, xy]) => [id.replace(/^s3:/, 'bucket:'), xy]),
  );
  return { ...shared, canvas: { ...shared.canvas, positions } };
}
