/**
 * Whether a key press belongs to the element that has focus rather than to the presentation: typing in
 * a field, a button's own Space/Enter, arrow keys on the canvas or in a tab list.
 * @example if (ownsKey(event.target, event.key)) return
 */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return true;
  if ((key === ' ' || key === 'Enter') && target.closest('button, a, [role="tab"], .react-flow__node')) return true;
  if (key.startsWith('Arrow') && target.closest('.react-flow, [role="tablist"], [role="region"]')) return true;
  return false;
}

/** What a key does on the audience view (clickers send PageDown/PageUp and "."). */
export type AudienceKeyAction = 'next' | 'previous' | 'togglePlay' | 'blank' | 'fullscreen' | 'help';

export function audienceKeyAction(key: string): AudienceKeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'p':
    case 'P':
      return 'togglePlay';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '?':
      return 'help';
    default:
      return null;
  }
}
