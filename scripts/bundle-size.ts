// Prints each route's first-load JavaScript (raw and gzip) from the last `next build`, and fails if a
// chapter's first load includes code that must load on demand (the simulator canvas, its charts).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

/** Strings only the lazily loaded libraries contain: React Flow's class names and uPlot's. */
const ON_DEMAND_MARKERS = ['react-flow__pane', '"u-legend"'];
const LIGHT_ROUTES = ['/learn/[slug]', '/', '/progress'];

const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8')) as RouteStats[];
const rows = stats.map((r) => ({
  route: r.route,
  rawKB: Math.round(r.firstLoadUncompressedJsBytes / 1024),
  gzipKB: Math.round(r.firstLoadChunkPaths.reduce((sum, p) => sum + gzipSync(readFileSync(p)).length, 0) / 1024),
}));
console.table(rows);
console.log(JSON.stringify(rows));

const leaks = stats
  .filter((r) => LIGHT_ROUTES.includes(r.route))
  .flatMap((r) =>
    r.firstLoadChunkPaths.flatMap((p) => {
      const code = readFileSync(p, 'utf8');
      return ON_DEMAND_MARKERS.filter((m) => code.includes(m)).map((m) => `${r.route}: ${p} contains "${m}"`);
    }),
  );
if (leaks.length > 0) {
  console.error(`The simulator must load on demand, but a page's first load includes it:\n- ${leaks.join('\n- ')}`);
  process.exit(1);
}
console.log(`First loads of ${LIGHT_ROUTES.join(', ')} are free of the canvas and chart libraries.`);
