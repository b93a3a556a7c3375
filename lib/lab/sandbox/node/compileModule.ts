import { transform } from 'sucrase';

/**
 * Turns one file of the deployment package into CommonJS the sandbox can evaluate with `new Function`:
 * ES modules (`import`/`export`, `import()`) and TypeScript go through sucrase, plain CommonJS stays as
 * written (sucrase would add "use strict", and Node runs CommonJS sloppy).
 */

export interface CompiledModule {
  code: string;
  /** True for ES module syntax (.mjs, or import/export in the file): decides how a missing import is worded. */
  esm: boolean;
}

const STRICT_PREFIX = '"use strict";';
const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

function isTypeScript(path: string): boolean {
  return /\.[cm]?ts$/.test(path);
}

// Replaces ES module syntax by blanks of the same shape (lines and columns kept), so that V8 can parse the
// rest as a script and name the real syntax error in its own words.
function blankModuleSyntax(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/^[ \t]*import\s+(?:[\w*${}\s,]+\s+from\s+)?(['"])[^'"\n]*\1\s*;?/gm, blank)
    .replace(/^[ \t]*export\s+(?:\*|\{[^}]*\})(?:\s+from\s+(['"])[^'"\n]*\1)?\s*;?/gm, blank)
    .replace(
      /^([ \t]*)export\s+default\s+/gm,
      (all, indent: string) => `${indent}void${' '.repeat(all.length - indent.length - 4)}`,
    )
    .replace(/^([ \t]*)export\s+/gm, (all: string) => blank(all));
}

interface SucraseError {
  message: string;
  pos?: number;
}

/**
 * The message V8 would give for a syntax error that sucrase found first (sucrase words them its own way,
 * "Unexpected token (2:13)"; Lambda shows Node's, "Unexpected token ';'").
 */
function v8SyntaxMessage(path: string, source: string, error: SucraseError): string {
  const fallback = error.message.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)$/, '');
  if (typeof error.pos === 'number' && error.pos >= source.trimEnd().length) return 'Unexpected end of input';
  if (isTypeScript(path)) return fallback;
  try {
    // An async function body accepts top-level await, which modules allow.
    new AsyncFunction(blankModuleSyntax(source));
  } catch (v8Error) {
    if (v8Error instanceof SyntaxError) return v8Error.message;
  }
  return fallback;
}

/**
 * Compiles a file to CommonJS, or throws a SyntaxError worded like V8's.
 * @example compileModule('index.mjs', 'export const handler = async () => 1;').code
 * // → '"use strict";Object.defineProperty(exports, "__esModule", …) const handler = …; exports.handler = handler;'
 */
export function compileModule(path: string, source: string): CompiledModule {
  let code: string;
  try {
    code = transform(source, {
      transforms: isTypeScript(path) ? ['typescript', 'imports'] : ['imports'],
      filePath: path,
    }).code;
  } catch (error) {
    throw new SyntaxError(v8SyntaxMessage(path, source, error as SucraseError));
  }
  const untouched = code === STRICT_PREFIX + source;
  if (path.endsWith('.cjs') || (untouched && !isTypeScript(path) && !path.endsWith('.mjs'))) {
    return { code: untouched ? source : code, esm: false };
  }
  return { code, esm: path.endsWith('.mjs') || !untouched || /^\s*(import|export)\b/m.test(source) };
}
