// Prints each route's first-load JavaScript (raw and gzip) from the last `next build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8')) as RouteStats[];
const rows = stats.map((r) => ({
  route: r.route,
  rawKB: Math.round(r.firstLoadUncompressedJsBytes / 1024),
  gzipKB: Math.round(r.firstLoadChunkPaths.reduce((sum, p) => sum + gzipSync(readFileSync(p)).length, 0) / 1024),
}));
console.table(rows);
console.log(JSON.stringify(rows));
