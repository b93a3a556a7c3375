import { compileModule } from './compileModule';
import {
  cannotFindEsModule,
  cannotFindModule,
  HandlerNotFound,
  ImportModuleError,
  MalformedHandlerName,
  UserCodeSyntaxError,
} from './lambdaErrors';
import { sourceUrlComment, TASK_ROOT } from './stackTrace';

/**
 * Loads the learner's deployment package the way Lambda's Node.js runtime loads `/var/task`: finds the file
 * the handler string names, evaluates it and the files it requires (each compiled to CommonJS and run with
 * `new Function`), and returns the exported handler — or throws the `Runtime.*` error Lambda would.
 */

/** `(event, context, callback)`: what the handler string resolves to. */
export type LambdaHandler = (event: unknown, context: unknown, callback: unknown) => unknown;

export interface LoadHandlerOptions {
  /** `index.handler`, `src/app.process`, … */
  handler: string;
  /** The deployment package: path relative to /var/task → source. */
  files: Readonly<Record<string, string>>;
  /** Names every module sees as free variables (console, Buffer, process, timers …). Must be identifiers. */
  scope: Readonly<Record<string, unknown>>;
  /** Modules that are not files of the package, by specifier (`@aws-sdk/client-kinesis`), already loaded. */
  builtins: Readonly<Record<string, unknown>>;
}

/** Extensions tried for the handler's file, in order (a package normally holds just one of them). */
const ENTRY_EXTENSIONS = ['', '.mjs', '.js', '.cjs', '.ts'];
const COMMONJS_EXTENSIONS = ['', '.js', '.json', '.cjs', '/index.js', '/index.json'];
const TYPESCRIPT_EXTENSIONS = ['', '.ts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];

const NODE_BUILTINS = new Set(
  'assert async_hooks child_process cluster crypto dgram diagnostics_channel dns events fs fs/promises http http2 https inspector module net os path path/posix perf_hooks process punycode querystring readline repl stream stream/promises string_decoder sys timers timers/promises tls tty url util v8 vm wasi worker_threads zlib'.split(
    ' ',
  ),
);

interface ModuleRecord {
  path: string;
  exports: unknown;
  parent: ModuleRecord | null;
}

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

function normalizePath(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function stripTaskRoot(path: string): string {
  return path.startsWith(`${TASK_ROOT}/`) ? path.slice(TASK_ROOT.length + 1) : path;
}

/**
 * Specifiers among `names` that some file of the package mentions, so their modules can be loaded (the
 * AWS SDK is a large chunk) before the synchronous `require` needs them.
 * @example referencedBuiltins({ 'index.mjs': "import { KinesisClient } from '@aws-sdk/client-kinesis'" }, ['@aws-sdk/client-kinesis'])
 * // → ['@aws-sdk/client-kinesis']
 */
export function referencedBuiltins(files: Readonly<Record<string, string>>, names: readonly string[]): string[] {
  const sources = Object.values(files);
  return names.filter((name) => sources.some((source) => source.includes(name)));
}

function requireStackOf(record: ModuleRecord | null): string[] {
  const stack: string[] = [];
  for (let r = record; r; r = r.parent) stack.push(`${TASK_ROOT}/${r.path}`);
  return stack;
}

/**
 * Loads the package and returns the handler function.
 * @example const handler = await loadHandler({ handler: 'index.handler', files: { 'index.mjs': 'export const handler = async () => 1;' }, scope: {}, builtins: {} });
 */
export async function loadHandler(options: LoadHandlerOptions): Promise<LambdaHandler> {
  const { handler: fullHandler, files, scope, builtins } = options;
  if (fullHandler.includes('..')) {
    throw new MalformedHandlerName(
      `'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`,
    );
  }
  const slash = fullHandler.lastIndexOf('/');
  const moduleRoot = stripTaskRoot(fullHandler.slice(0, slash + 1));
  const match = /^([^.]*)\.(.*)$/.exec(fullHandler.slice(slash + 1));
  if (!match) throw new MalformedHandlerName('Bad handler');
  const [, moduleName = '', handlerPath = ''] = match;

  const cache = new Map<string, ModuleRecord>();
  const scopeNames = Object.keys(scope);
  const scopeValues = Object.values(scope);

  const fileExists = (path: string) => Object.prototype.hasOwnProperty.call(files, path);

  const resolveFile = (base: string, extensions: readonly string[]) =>
    extensions.map((ext) => `${base}${ext}`).find(fileExists) ?? null;

  function run(path: string, record: ModuleRecord, entry: boolean): void | Promise<unknown> {
    const source = files[path] ?? '';
    if (path.endsWith('.json')) {
      record.exports = JSON.parse(source);
      return;
    }
    const compiled = compileModule(path, source);
    const filename = `${TASK_ROOT}/${path}`;
    const moduleObject = { id: filename, filename, exports: record.exports };
    Object.defineProperty(moduleObject, 'exports', {
      get: () => record.exports,
      set: (value: unknown) => {
        record.exports = value;
      },
    });
    const params = ['exports', 'require', 'module', '__filename', '__dirname', ...scopeNames];
    const body = compiled.code + sourceUrlComment(path);
    const args = [
      record.exports,
      makeRequire(record, compiled.esm),
      moduleObject,
      filename,
      `${TASK_ROOT}/${dirname(path)}`,
    ];
    // Only the entry file may use top-level await: a required file has to finish synchronously, as in Node.
    if (entry && compiled.esm)
      return new AsyncFunction(...params, body).apply(record.exports, [...args, ...scopeValues]);
    new Function(...params, body).apply(record.exports, [...args, ...scopeValues]);
  }

  // Like Node, a module whose evaluation throws is dropped from the cache, so a later require retries it.
  function evaluate(path: string, parent: ModuleRecord | null): ModuleRecord {
    const record: ModuleRecord = { path, exports: {}, parent };
    cache.set(path, record);
    try {
      run(path, record, false);
    } catch (error) {
      cache.delete(path);
      throw error;
    }
    return record;
  }

  function makeRequire(from: ModuleRecord, esm: boolean) {
    const fromPath = from.path;
    const importer = `${TASK_ROOT}/${fromPath}`;
    return function require(specifier: unknown): unknown {
      if (typeof specifier !== 'string') {
        throw new TypeError(`The "id" argument must be of type string. Received ${typeof specifier}`);
      }
      if (Object.prototype.hasOwnProperty.call(builtins, specifier)) return builtins[specifier];
      const bare = specifier.replace(/^node:/, '');
      if (specifier.startsWith('node:') || NODE_BUILTINS.has(bare)) {
        const error = new Error(
          `Cannot find module '${specifier}': the browser sandbox has no Node.js module '${bare}' (it provides 'buffer' and '@aws-sdk/client-kinesis')`,
        );
        Object.assign(error, { code: 'MODULE_NOT_FOUND' });
        throw error;
      }
      const relative = specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/');
      const target = relative
        ? normalizePath(specifier.startsWith('/') ? stripTaskRoot(specifier) : `${dirname(fromPath)}/${specifier}`)
        : null;
      // ES modules need the exact file name (Node does not add extensions to imports); TypeScript sources
      // are written for a bundler, which does.
      const extensions = /\.[cm]?ts$/.test(fromPath) ? TYPESCRIPT_EXTENSIONS : esm ? [''] : COMMONJS_EXTENSIONS;
      const found = target === null ? null : resolveFile(target, extensions);
      if (found === null) {
        if (esm) {
          // Node points at the file CommonJS resolution would have found ("./util" → "./util.js").
          const hint = target === null ? null : resolveFile(target, COMMONJS_EXTENSIONS);
          const base = dirname(fromPath);
          const suggestion =
            hint === null ? null : `./${base && hint.startsWith(`${base}/`) ? hint.slice(base.length + 1) : hint}`;
          throw cannotFindEsModule(specifier, target === null ? null : `${TASK_ROOT}/${target}`, importer, suggestion);
        }
        throw cannotFindModule(specifier, requireStackOf(from));
      }
      const cached = cache.get(found);
      if (cached) return cached.exports;
      return evaluate(found, from).exports;
    };
  }

  const entryPath = resolveFile(normalizePath(`${moduleRoot}${moduleName}`) ?? moduleName, ENTRY_EXTENSIONS);
  let entry: ModuleRecord;
  try {
    if (entryPath === null) throw cannotFindModule(moduleName, []);
    entry = { path: entryPath, exports: {}, parent: null };
    cache.set(entryPath, entry);
    await run(entryPath, entry, true);
  } catch (error) {
    if (error instanceof SyntaxError) throw new UserCodeSyntaxError(String(error));
    if ((error as { code?: unknown } | null)?.code === 'MODULE_NOT_FOUND') throw new ImportModuleError(String(error));
    throw error;
  }

  const handlerFunction = handlerPath
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], entry.exports);
  if (!handlerFunction) throw new HandlerNotFound(`${fullHandler} is undefined or not exported`);
  if (typeof handlerFunction !== 'function') throw new HandlerNotFound(`${fullHandler} is not a function`);
  return handlerFunction as LambdaHandler;
}
