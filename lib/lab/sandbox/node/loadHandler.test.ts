import { describe, expect, it } from 'vitest';
import { loadHandler, referencedBuiltins } from './loadHandler';

const load = (files: Record<string, string>, handler = 'index.handler', builtins: Record<string, unknown> = {}) =>
  loadHandler({ handler, files, scope: {}, builtins });

async function loadError(files: Record<string, string>, handler = 'index.handler') {
  try {
    await load(files, handler);
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('expected the load to fail');
}

describe('loadHandler', () => {
  it('finds export const, export async function and CommonJS exports', async () => {
    const esm = await load({ 'index.mjs': 'export const handler = async () => "const";' });
    const fn = await load({ 'index.mjs': 'export async function handler() { return "function"; }' });
    const cjs = await load({ 'index.js': 'exports.handler = async () => "cjs";' });
    expect(await Promise.all([esm, fn, cjs].map((h) => h({}, {}, () => {})))).toEqual(['const', 'function', 'cjs']);
  });

  it('prefers index.mjs, then index.js, index.cjs, index.ts', async () => {
    const handler = await load({
      'index.ts': 'export const handler = () => "ts";',
      'index.cjs': 'exports.handler = () => "cjs";',
      'index.js': 'exports.handler = () => "js";',
      'index.mjs': 'export const handler = () => "mjs";',
    });
    expect(handler({}, {}, () => {})).toBe('mjs');
  });

  it('resolves a handler in a folder and a nested property path, as Lambda does', async () => {
    const handler = await load(
      { 'src/app.js': 'exports.handlers = { kinesis: () => "nested" };' },
      'src/app.handlers.kinesis',
    );
    expect(handler({}, {}, () => {})).toBe('nested');
  });

  it('requires other files of the package, CommonJS with extension lookup and ES modules by exact name', async () => {
    const cjs = await load({
      'index.js': "const { decode } = require('./lib/decode');\nexports.handler = (e) => decode(e);",
      'lib/decode.js': "exports.decode = (e) => e.toUpperCase() + require('../suffix.json').suffix;",
      'suffix.json': '{ "suffix": "!" }',
    });
    const esm = await load({
      'index.mjs':
        "import { decode } from './decode.mjs';\nimport shout from './shout.js';\nexport const handler = (e) => shout(decode(e));",
      'decode.mjs': 'export const decode = (e) => e.trim();',
      'shout.js': 'module.exports = (s) => `${s}!`;',
    });
    expect([cjs(' hi', {}, null), esm(' hi ', {}, null)]).toEqual([' HI!', 'hi!']);
  });

  it('supports top-level await in the entry module', async () => {
    const handler = await load({
      'index.mjs':
        'const config = await Promise.resolve({ stream: "orders" });\nexport const handler = () => config.stream;',
    });
    expect(handler({}, {}, null)).toBe('orders');
  });

  it('gives builtins such as the SDK to require and import', async () => {
    const sdk = { KinesisClient: class {} };
    const handler = await load(
      {
        'index.mjs':
          "import { KinesisClient } from '@aws-sdk/client-kinesis';\nexport const handler = () => KinesisClient;",
      },
      'index.handler',
      { '@aws-sdk/client-kinesis': sdk },
    );
    expect(handler({}, {}, null)).toBe(sdk.KinesisClient);
  });

  it('puts the scope in front of every module', async () => {
    const handler = await loadHandler({
      handler: 'index.handler',
      files: { 'index.js': 'exports.handler = () => greeting;' },
      scope: { greeting: 'hello' },
      builtins: {},
    });
    expect(handler({}, {}, null)).toBe('hello');
  });

  it('names missing files and packages as Node does, by module system', async () => {
    expect(await loadError({ 'handler.mjs': '' })).toEqual({
      name: 'Runtime.ImportModuleError',
      message: "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs",
    });
    expect(await loadError({ 'index.js': "require('./util');\nexports.handler = () => 1;" })).toEqual({
      name: 'Runtime.ImportModuleError',
      message: "Error: Cannot find module './util'\nRequire stack:\n- /var/task/index.js\n- /var/runtime/index.mjs",
    });
    // ES module import errors are not MODULE_NOT_FOUND, so Lambda passes them through as plain Errors.
    expect(await loadError({ 'index.mjs': "import axios from 'axios';\nexport const handler = () => axios;" })).toEqual(
      {
        name: 'Error',
        message: "Cannot find package 'axios' imported from /var/task/index.mjs",
      },
    );
    expect(
      await loadError({ 'index.mjs': "import { x } from './util';\nexport const handler = () => x;", 'util.mjs': '' }),
    ).toEqual({
      name: 'Error',
      message: "Cannot find module '/var/task/util' imported from /var/task/index.mjs",
    });
    const files = {
      'src/index.mjs': "import { x } from './lib/util';\nexport const handler = () => x;",
      'src/lib/util.js': 'exports.x = 1;',
    };
    expect(await loadError(files, 'src/index.handler')).toEqual({
      name: 'Error',
      message:
        'Cannot find module \'/var/task/src/lib/util\' imported from /var/task/src/index.mjs\nDid you mean to import "./lib/util.js"?',
    });
  });

  it('says which Node.js modules the browser sandbox lacks', async () => {
    expect(await loadError({ 'index.js': "const fs = require('fs');\nexports.handler = () => fs;" })).toEqual({
      name: 'Runtime.ImportModuleError',
      message:
        "Error: Cannot find module 'fs': the browser sandbox has no Node.js module 'fs' (it provides 'buffer' and '@aws-sdk/client-kinesis')",
    });
  });

  it('reports syntax errors as Runtime.UserCodeSyntaxError, also in a required file', async () => {
    expect(
      await loadError({ 'index.js': "require('./lib.js');\nexports.handler = () => 1;", 'lib.js': 'exports.x = {' }),
    ).toEqual({
      name: 'Runtime.UserCodeSyntaxError',
      message: 'SyntaxError: Unexpected end of input',
    });
  });

  it('reports a missing or non-function handler with the runtime wording', async () => {
    expect(await loadError({ 'index.mjs': 'export const handle = () => 1;' })).toEqual({
      name: 'Runtime.HandlerNotFound',
      message: 'index.handler is undefined or not exported',
    });
    expect(await loadError({ 'index.mjs': 'export const handler = 42;' })).toEqual({
      name: 'Runtime.HandlerNotFound',
      message: 'index.handler is not a function',
    });
  });

  it('rejects malformed handler names', async () => {
    expect(await loadError({ 'index.mjs': '' }, 'index')).toEqual({
      name: 'Runtime.MalformedHandlerName',
      message: 'Bad handler',
    });
    expect(await loadError({ 'index.mjs': '' }, '../index.handler')).toEqual({
      name: 'Runtime.MalformedHandlerName',
      message:
        "'../index.handler' is not a valid handler name. Use absolute paths when specifying root directories in handler names.",
    });
  });

  it('lets an error thrown while the module loads through unchanged', async () => {
    expect(await loadError({ 'index.mjs': "throw new TypeError('STREAM_NAME is not set');" })).toEqual({
      name: 'TypeError',
      message: 'STREAM_NAME is not set',
    });
  });
});

describe('referencedBuiltins', () => {
  it('lists the builtins some file mentions', () => {
    const files = { 'index.mjs': "import { KinesisClient } from '@aws-sdk/client-kinesis';", 'util.js': '' };
    expect(referencedBuiltins(files, ['@aws-sdk/client-kinesis', '@aws-sdk/client-firehose'])).toEqual([
      '@aws-sdk/client-kinesis',
    ]);
  });
});
