import type { FunctionError } from '../sandboxTypes';
import { cleanStack } from './stackTrace';

/**
 * Errors and their wording as the Node.js runtime of Lambda (nodejs22.x, aws-lambda-nodejs-runtime-interface-client)
 * reports them: the `Runtime.*` error types carry their name on the prototype, so it is not an own property
 * and does not show up in the JSON of the log line — exactly like the real runtime's output.
 */

class RuntimeError extends Error {}

export class ImportModuleError extends RuntimeError {}
ImportModuleError.prototype.name = 'Runtime.ImportModuleError';

export class HandlerNotFound extends RuntimeError {}
HandlerNotFound.prototype.name = 'Runtime.HandlerNotFound';

export class MalformedHandlerName extends RuntimeError {}
MalformedHandlerName.prototype.name = 'Runtime.MalformedHandlerName';

export class UserCodeSyntaxError extends RuntimeError {}
UserCodeSyntaxError.prototype.name = 'Runtime.UserCodeSyntaxError';

/** An async handler whose promise never settles: Node's event loop drains and the runtime gives up. */
export class NodeJsExit extends RuntimeError {
  constructor() {
    super(
      'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes',
    );
  }
}
NodeJsExit.prototype.name = 'Runtime.NodeJsExit';

export class UnhandledPromiseRejection extends RuntimeError {
  readonly reason: unknown;
  readonly promise: unknown;
  constructor(reason: unknown, promise: unknown) {
    super(String(reason));
    this.reason = reason;
    this.promise = promise;
  }
}
UnhandledPromiseRejection.prototype.name = 'Runtime.UnhandledPromiseRejection';

/** The runtime's wording when the response cannot be turned into JSON (circular structure, BigInt). */
export const UNSERIALIZABLE_RESPONSE = 'Unable to stringify response body';

interface ErrorLike {
  name: string;
  message: string;
  stack: string;
}

// The runtime treats any object with string name, message and stack as an error (Errors.js `_isError`).
function isErrorLike(value: unknown): value is ErrorLike {
  if (value instanceof Error) return true;
  const v = value as Partial<ErrorLike> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    typeof v.message === 'string' &&
    typeof v.stack === 'string' &&
    v.name !== '' &&
    v.message !== '' &&
    v.stack !== ''
  );
}

/**
 * The error response of an invocation, as the runtime posts it: an Error gives its name, message and
 * stack lines; anything else thrown gives `typeof` as the type (`throw 'boom'` → errorType `string`).
 * @example toFunctionError(new TypeError('x')) // → { errorType: 'TypeError', errorMessage: 'x', stackTrace: [...] }
 */
export function toFunctionError(error: unknown): FunctionError {
  try {
    if (isErrorLike(error)) {
      const stack = typeof error.stack === 'string' ? error.stack : `${error.name}: ${error.message}`;
      return { errorType: error.name, errorMessage: error.message, stackTrace: cleanStack(stack) };
    }
    return { errorType: typeof error, errorMessage: String(error), stackTrace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
      stackTrace: [],
    };
  }
}

/** Like the runtime's `intoError`: the log line of a thrown string shows it as an Error. */
export function intoError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

function withEnumerableProperties(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const plain: Record<string, unknown> = {
    errorType: value.name,
    errorMessage: value.message,
    code: (value as { code?: unknown }).code,
    ...value,
  };
  if (typeof value.stack === 'string') plain.stack = cleanStack(value.stack);
  return plain;
}

/**
 * The JSON part of an error log line (`Invoke Error \t{…}`, `Uncaught Exception \t{…}`), starting with the
 * tab the runtime puts first. Own properties of the error (e.g. `code`) are kept.
 * @example formatErrorForLog(new Error('boom')) // → '\t{"errorType":"Error","errorMessage":"boom","stack":["Error: boom", …]}'
 */
export function formatErrorForLog(error: Error): string {
  try {
    return `\t${JSON.stringify(error, (_key, value: unknown) => withEnumerableProperties(value))}`;
  } catch {
    const { errorType, errorMessage, stackTrace } = toFunctionError(error);
    return `\t${JSON.stringify({ errorType, errorMessage, trace: stackTrace })}`;
  }
}

/** `Cannot find module` as CommonJS `require` words it, with the require stack the runtime shows. */
export function cannotFindModule(specifier: string, requireStack: readonly string[]): Error {
  const stack = [...requireStack, '/var/runtime/index.mjs'].map((path) => `\n- ${path}`).join('');
  const error = new Error(`Cannot find module '${specifier}'\nRequire stack:${stack}`);
  Object.assign(error, { code: 'MODULE_NOT_FOUND', requireStack: [...requireStack, '/var/runtime/index.mjs'] });
  return error;
}

/** What an ES module `import` of a missing package or file says (Node's ERR_MODULE_NOT_FOUND). */
export function cannotFindEsModule(
  specifier: string,
  resolvedPath: string | null,
  importer: string,
  suggestion: string | null = null,
): Error {
  const what = resolvedPath === null ? `package '${specifier}'` : `module '${resolvedPath}'`;
  const hint = suggestion === null ? '' : `\nDid you mean to import ${JSON.stringify(suggestion)}?`;
  const error = new Error(`Cannot find ${what} imported from ${importer}${hint}`);
  Object.assign(error, { code: 'ERR_MODULE_NOT_FOUND' });
  return error;
}
