// Copies the Pyodide runtime that the Python sandbox worker (lib/lab/sandbox/pythonWorker.ts) loads from
// node_modules/pyodide into public/pyodide/, so the static export serves it from the site's own origin and
// a Python function never fetches from a CDN. Run before `next dev` and `next build`; a second run copies
// only files that changed (an upgraded package).
import { copyFileSync, mkdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What `loadPyodide({ indexURL })` fetches in a module worker: the ES module loader, the Emscripten glue
 * it imports, the WebAssembly binary, the standard library and the package lock file (read at start-up
 * even when no package is loaded). The UMD `pyodide.js` and the source maps are not requested.
 */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.js',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;

/**
 * Copies each runtime file whose copy is missing or differs in size or modification time, and returns the
 * names it copied. A copy takes its source's modification time, which is what makes a rerun a no-op.
 *
 * @example
 * copyPyodideFiles('node_modules/pyodide', 'public/pyodide'); // ['pyodide.mjs', …] the first time, [] after
 */
export function copyPyodideFiles(sourceDir: string, targetDir: string): string[] {
  mkdirSync(targetDir, { recursive: true });
  return PYODIDE_FILES.filter((name) => {
    const source = path.join(sourceDir, name);
    const target = path.join(targetDir, name);
    const from = statSync(source);
    const to = statSync(target, { throwIfNoEntry: false });
    // Within a millisecond: setting a time rounds it to whole milliseconds.
    if (to && to.size === from.size && Math.abs(to.mtimeMs - from.mtimeMs) < 1) return false;
    copyFileSync(source, target);
    utimesSync(target, from.atime, from.mtime);
    return true;
  });
}

function main(): void {
  const sourceDir = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
  const targetDir = path.join(process.cwd(), 'public', 'pyodide');
  const copied = copyPyodideFiles(sourceDir, targetDir);
  const where = path.relative(process.cwd(), targetDir);
  console.log(copied.length === 0 ? `${where}/ is up to date` : `Copied ${copied.join(', ')} to ${where}/`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
