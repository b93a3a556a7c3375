/** The drag-and-drop data type a palette item carries. */
export const PALETTE_MIME = 'application/x-shardlab-node';
