import { cleanStackText } from './stackTrace';

/**
 * A small `util.inspect` for the function's logs: what `console.log(event)` prints in Lambda is Node's
 * inspect output (single-quoted strings, `[Object]` below depth 2, one line when it fits in 80 columns), and
 * learners meet exactly that `kinesis: [Object]` in CloudWatch — so the sandbox prints it the same way.
 * Left out: Node's column grouping of long arrays, getters, proxies, colours.
 */

const DEPTH = 2;
const BREAK_LENGTH = 80;
const COMPACT = 3;
const MAX_ARRAY_LENGTH = 100;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

interface Context {
  seen: object[];
  circular: Map<object, number>;
  indentation: number;
  currentDepth: number;
}

/** Quotes a string the way Node does: single quotes unless the string holds one and no double quote. */
export function quoteString(text: string): string {
  const quote = !text.includes("'") ? "'" : !text.includes('"') ? '"' : !text.includes('`') ? '`' : "'";
  const escaped = text.replace(/[\\\n\r\t\b\f\v\0]/g, (c) => JSON.stringify(c).slice(1, -1));
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
}

function formatKey(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return IDENTIFIER.test(key) ? key : quoteString(key);
}

function formatPrimitive(value: unknown): string {
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  return String(value);
}

function functionBase(fn: (...args: unknown[]) => unknown): string {
  const source = Function.prototype.toString.call(fn);
  if (source.startsWith('class')) return `[class ${fn.name || '(anonymous)'}]`;
  const kind = fn.constructor?.name && fn.constructor.name !== 'Function' ? fn.constructor.name : 'Function';
  return `[${kind}${fn.name ? `: ${fn.name}` : ' (anonymous)'}]`;
}

function constructorName(value: object): string | null {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return null;
  const name = (proto as { constructor?: { name?: string } }).constructor?.name;
  return typeof name === 'string' ? name : '';
}

function isBelowBreakLength(output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > BREAK_LENGTH) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > BREAK_LENGTH) return false;
  }
  return !base.includes('\n');
}

function reduceToSingleString(ctx: Context, output: string[], base: string, braces: [string, string], depth: number) {
  const prefix = base ? `${base} ` : '';
  // Node keeps the 3 innermost levels on one line when they fit; anything holding deeper nesting breaks.
  if (ctx.currentDepth - depth < COMPACT) {
    const start = output.length + ctx.indentation + braces[0].length + base.length + 10;
    const joined = output.join(', ');
    if (isBelowBreakLength(output, start, base) && !joined.includes('\n'))
      return `${prefix}${braces[0]} ${joined} ${braces[1]}`;
  }
  const indent = ' '.repeat(ctx.indentation);
  return `${prefix}${braces[0]}\n${indent}  ${output.join(`,\n${indent}  `)}\n${indent}${braces[1]}`;
}

function formatProperty(ctx: Context, value: object, key: string | symbol, depth: number): string {
  ctx.indentation += 2;
  const formatted = formatValue(ctx, (value as Record<string | symbol, unknown>)[key], depth);
  ctx.indentation -= 2;
  return `${formatKey(key)}: ${formatted}`;
}

function ownKeys(value: object, skip: (key: string) => boolean): (string | symbol)[] {
  const symbols = Object.getOwnPropertySymbols(value).filter((s) =>
    Object.prototype.propertyIsEnumerable.call(value, s),
  );
  return [...Object.keys(value).filter((key) => !skip(key)), ...symbols];
}

interface Shape {
  base: string;
  braces: [string, string];
  /** Entries that are not own keys (array items, Map and Set members), formatted on demand. */
  entries: ((ctx: Context, depth: number) => string[]) | null;
  entryCount: number;
  skip: (key: string) => boolean;
}

function arrayShape(value: ArrayLike<unknown>, name: string, typed: boolean): Shape {
  const prefix = typed || name !== 'Array' ? `${name}(${value.length}) ` : '';
  return {
    base: '',
    braces: [`${prefix}[`, ']'],
    entryCount: value.length,
    skip: (key) => /^\d+$/.test(key),
    entries: (ctx, depth) => {
      const output: string[] = [];
      let holes = 0;
      const flushHoles = () => {
        if (holes) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
        holes = 0;
      };
      const shown = Math.min(value.length, MAX_ARRAY_LENGTH);
      for (let i = 0; i < shown; i++) {
        if (!typed && !Object.prototype.hasOwnProperty.call(value, i)) {
          holes++;
          continue;
        }
        flushHoles();
        ctx.indentation += 2;
        output.push(formatValue(ctx, value[i], depth));
        ctx.indentation -= 2;
      }
      flushHoles();
      const hidden = value.length - shown;
      if (hidden > 0) output.push(`... ${hidden} more item${hidden > 1 ? 's' : ''}`);
      return output;
    },
  };
}

function shapeOf(value: object, name: string | null): Shape {
  const plain: Shape = { base: '', braces: ['{', '}'], entries: null, entryCount: 0, skip: () => false };
  if (Array.isArray(value)) return arrayShape(value, name ?? 'Array', false);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return arrayShape(value as unknown as ArrayLike<unknown>, name ?? 'TypedArray', true);
  }
  if (value instanceof Map) {
    return {
      ...plain,
      braces: [`${name}(${value.size}) {`, '}'],
      entryCount: value.size,
      entries: (ctx, depth) => {
        ctx.indentation += 2;
        const output = [...value].map(([k, v]) => `${formatValue(ctx, k, depth)} => ${formatValue(ctx, v, depth)}`);
        ctx.indentation -= 2;
        return output;
      },
    };
  }
  if (value instanceof Set) {
    return {
      ...plain,
      braces: [`${name}(${value.size}) {`, '}'],
      entryCount: value.size,
      entries: (ctx, depth) => {
        ctx.indentation += 2;
        const output = [...value].map((v) => formatValue(ctx, v, depth));
        ctx.indentation -= 2;
        return output;
      },
    };
  }
  if (value instanceof Error)
    return { ...plain, base: cleanStackText(value), skip: (k) => k === 'stack' || k === 'message' };
  if (typeof value === 'function') {
    return { ...plain, base: functionBase(value as (...args: unknown[]) => unknown), skip: (k) => k === 'prototype' };
  }
  if (value instanceof Date)
    return { ...plain, base: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() };
  if (value instanceof RegExp) return { ...plain, base: String(value) };
  if (name === null) return { ...plain, braces: ['[Object: null prototype] {', '}'] };
  if (name !== 'Object') return { ...plain, braces: [`${name || 'Object'} {`, '}'] };
  return plain;
}

function formatObject(ctx: Context, value: object, depth: number): string {
  const name = constructorName(value);
  if (name === 'Buffer' && value instanceof Uint8Array) {
    const bytes = Array.from(value.subarray(0, 50), (b) => b.toString(16).padStart(2, '0'));
    const more = value.length > 50 ? ` ... ${value.length - 50} more bytes` : '';
    return `<Buffer${bytes.length ? ` ${bytes.join(' ')}` : ''}${more}>`;
  }
  if (value instanceof Promise) return 'Promise { <pending> }';
  const shape = shapeOf(value, name);
  // A multi-line base (an error's stack) is indented to where the value starts, as Node does.
  if (ctx.indentation > 0) shape.base = shape.base.replaceAll('\n', `\n${' '.repeat(ctx.indentation)}`);
  const keys = ownKeys(value, shape.skip);
  if (keys.length === 0 && shape.entryCount === 0) {
    if (shape.base) return shape.base;
    return `${shape.braces[0]}${shape.braces[1]}`;
  }
  if (depth > DEPTH) return `[${Array.isArray(value) ? 'Array' : name || 'Object'}]`;

  ctx.seen.push(value);
  ctx.currentDepth = depth;
  const output = [
    ...(shape.entries ? shape.entries(ctx, depth + 1) : []),
    ...keys.map((key) => formatProperty(ctx, value, key, depth + 1)),
  ];
  ctx.seen.pop();
  const text = reduceToSingleString(ctx, output, shape.base, shape.braces, depth);
  const ref = ctx.circular.get(value);
  return ref === undefined ? text : `<ref *${ref}> ${text}`;
}

function formatValue(ctx: Context, value: unknown, depth: number): string {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return formatPrimitive(value);
  if (ctx.seen.includes(value)) {
    let ref = ctx.circular.get(value);
    if (ref === undefined) {
      ref = ctx.circular.size + 1;
      ctx.circular.set(value, ref);
    }
    return `[Circular *${ref}]`;
  }
  return formatObject(ctx, value, depth);
}

/**
 * Formats one value as Node's `util.inspect` would with its defaults (depth 2, 80 columns).
 * @example inspectValue({ Records: [{ kinesis: { data: 'aGk=' } }] }) // → "{ Records: [ { kinesis: [Object] } ] }"
 */
export function inspectValue(value: unknown): string {
  return formatValue({ seen: [], circular: new Map(), indentation: 0, currentDepth: 0 }, value, 0);
}
