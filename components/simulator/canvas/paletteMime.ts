import { isNodeKind, type NodeKind } from '@/simulator/runtime/kinds/kindModels';

/** The drag-and-drop type palette items carry, so the canvas ignores other drops (files, text). */
export const PALETTE_MIME = 'application/x-shardlab-node';

export interface PaletteItem {
  kind: NodeKind;
  preset?: string;
}

export const paletteData = (item: PaletteItem) => JSON.stringify(item);

/** The dragged item, or null for anything that is not a palette item. */
export function parsePaletteData(data: string): PaletteItem | null {
  try {
    const item = JSON.parse(data) as Partial<PaletteItem>;
    if (typeof item.kind !== 'string' || !isNodeKind(item.kind)) return null;
    return { kind: item.kind, ...(typeof item.preset === 'string' ? { preset: item.preset } : {}) };
  } catch {
    return null;
  }
}
