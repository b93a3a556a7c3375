/** A deployment package built from the editor's files, or why the build failed. */
export type BuiltPackage = { ok: true; files: Record<string, string> } | { ok: false; error: string };

const TS = /\.(ts|mts)$/;

/**
 * What a build step does before `zip function.zip …`: TypeScript files become JavaScript modules
 * (`index.ts` → `index.mjs`, types stripped, as `esbuild` or `tsc` would emit), since Lambda's Node.js
 * runtime runs JavaScript only. Other files are packaged as they are. Sucrase loads only when a package
 * has TypeScript in it.
 * @example await buildPackage({ 'index.ts': 'export const handler = async (e: unknown) => e;' })
 */
export async function buildPackage(files: Record<string, string>): Promise<BuiltPackage> {
  if (!Object.keys(files).some((f) => TS.test(f))) return { ok: true, files };
  const { transform } = await import('sucrase');
  const out: Record<string, string> = {};
  for (const [name, source] of Object.entries(files)) {
    if (!TS.test(name)) {
      out[name] = source;
      continue;
    }
    try {
      out[name.replace(TS, '.mjs')] = transform(source, { transforms: ['typescript'], filePath: name }).code;
    } catch (error) {
      return { ok: false, error: `${name}: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  return { ok: true, files: out };
}
