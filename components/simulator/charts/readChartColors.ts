/** The theme tokens a canvas chart draws with (see app/globals.css). */
export interface ChartColors {
  fg: string;
  muted: string;
  border: string;
  bg: string;
  accent: string;
  pitfall: string;
  tip: string;
  /** Axis text size in CSS pixels: follows the root font size, which the projector theme enlarges. */
  fontPx: number;
}

/** Reads the current theme's colours from the CSS variables on <html>. Browser only. */
export function readChartColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: read('--fg', '#1b1f24'),
    muted: read('--muted', '#4a5563'),
    border: read('--border', '#c9d1da'),
    bg: read('--bg', '#ffffff'),
    accent: read('--accent', '#0a58a8'),
    pitfall: read('--pitfall', '#a3141c'),
    tip: read('--tip', '#146330'),
    fontPx: Math.round((parseFloat(style.fontSize) || 16) * 0.75),
  };
}
