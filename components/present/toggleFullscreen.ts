/**
 * Enters or leaves full screen. Browsers refuse it without a user gesture, inside some frames, or on
 * phones; a refusal is ignored (the view works in a window too) and reported as false.
 * @example await toggleFullscreen(document)
 */
export async function toggleFullscreen(doc: Document): Promise<boolean> {
  try {
    if (doc.fullscreenElement) await doc.exitFullscreen?.();
    else await doc.documentElement.requestFullscreen?.();
    return true;
  } catch {
    return false;
  }
}
