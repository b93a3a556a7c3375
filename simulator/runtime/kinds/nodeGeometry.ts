import type { FlowDirection, Size } from './kindModel';

// Node sizes are fixed, in CSS px at zoom 1: the layout places nodes before they are drawn, and the
// compact form (drawn when zoomed out) fits the same box, so switching forms never moves anything.

export const SHARD_SIZE: Size = { width: 224, height: 108 };
/** The stream's title block above its shards, and the space around and between them. */
export const STREAM_HEADER = 72;
export const STREAM_PAD = 10;
export const SHARD_GAP = 8;

/** Producers, consumer applications, functions, Firehose streams, buckets. */
export const CARD_SIZES = {
  producer: { width: 232, height: 116 },
  consumer: { width: 232, height: 124 },
  lambda: { width: 244, height: 140 },
  firehose: { width: 244, height: 140 },
  bucket: { width: 244, height: 116 },
} satisfies Record<string, Size>;

/**
 * Columns of shard nodes inside a stream: few columns left to right (the stream is a tall column between
 * writers and readers), more on a phone's top-to-bottom canvas, where width is what is short of room.
 * `grid` squares the shards up instead, for a wide, short canvas (a playground or a projector).
 */
export function shardColumns(count: number, direction: FlowDirection, grid = false): number {
  const n = Math.max(1, count);
  if (direction === 'TB') return n <= 1 ? 1 : n <= 8 ? 2 : Math.ceil(Math.sqrt(n));
  if (grid) return Math.ceil(Math.sqrt(n));
  return n <= 4 ? 1 : n <= 12 ? 2 : Math.ceil(Math.sqrt(n / 3));
}

export function streamSize(shardCount: number, direction: FlowDirection, grid = false): Size {
  const columns = shardColumns(shardCount, direction, grid);
  const rows = Math.ceil(Math.max(1, shardCount) / columns);
  return {
    width: STREAM_PAD * 2 + columns * SHARD_SIZE.width + (columns - 1) * SHARD_GAP,
    height: STREAM_HEADER + STREAM_PAD + rows * SHARD_SIZE.height + (rows - 1) * SHARD_GAP,
  };
}

/** Where the i-th shard sits inside its stream node. */
export function shardOffset(
  index: number,
  shardCount: number,
  direction: FlowDirection,
  grid = false,
): { x: number; y: number } {
  const columns = shardColumns(shardCount, direction, grid);
  return {
    x: STREAM_PAD + (index % columns) * (SHARD_SIZE.width + SHARD_GAP),
    y: STREAM_HEADER + Math.floor(index / columns) * (SHARD_SIZE.height + SHARD_GAP),
  };
}
