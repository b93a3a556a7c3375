import jmespath from 'jmespath';
import type { OutputFormat } from './parseCli';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isScalar = (v: Json): v is null | boolean | number | string => v === null || typeof v !== 'object';
// The CLI is Python: its text and table output spell null and booleans as Python prints them.
const scalarText = (v: Json) => (v === null ? 'None' : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v));

/**
 * AWS CLI's text output: a structure's scalar members on one tab-separated line (keys sorted), headed by
 * the member's name in capitals; lists of scalars on one line; nested structures and lists below.
 */
function text(value: Json, key: string | null, lines: string[]): void {
  if (isScalar(value)) {
    lines.push(scalarText(value));
    return;
  }
  if (Array.isArray(value)) {
    if (value.every(isScalar)) {
      lines.push([...(key ? [key.toUpperCase()] : []), ...value.map(scalarText)].join('\t'));
      return;
    }
    for (const item of value) text(item, key, lines);
    return;
  }
  const keys = Object.keys(value).sort();
  const scalars = keys.filter((k) => isScalar(value[k]!));
  if (scalars.length > 0)
    lines.push([...(key ? [key.toUpperCase()] : []), ...scalars.map((k) => scalarText(value[k]!))].join('\t'));
  for (const k of keys.filter((k) => !isScalar(value[k]!))) text(value[k]!, k, lines);
}

const isFlatRecord = (v: Json): v is { [key: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isScalar);

/** A list of flat structures as the CLI shows it: one titled table, a column per member, a row per item. */
function columns(items: { [key: string]: Json }[], title: string, lines: string[], pad: string): void {
  const keys = [...new Set(items.flatMap((i) => Object.keys(i)))];
  const cells = items.map((i) => keys.map((k) => (i[k] === undefined ? '' : scalarText(i[k]!))));
  const widths = keys.map((k, c) => Math.max(k.length, ...cells.map((r) => r[c]!.length)));
  const row = (values: string[]) => `|${values.map((v, c) => ` ${v.padEnd(widths[c]!)} `).join('|')}|`;
  const width = Math.max(title.length + 4, row(keys).length);
  const rule = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const left = Math.floor((width - 2 - title.length) / 2);
  lines.push(pad + '-'.repeat(width));
  lines.push(pad + `|${' '.repeat(left)}${title}${' '.repeat(width - 2 - title.length - left)}|`);
  lines.push(pad + rule, pad + row(keys), pad + rule, ...cells.map((r) => pad + row(r)), pad + rule);
}

/** AWS CLI's table output, simplified: a titled box, a row per scalar member, a box per nested one. */
function table(value: Json, title: string, lines: string[], depth = 0): void {
  if (Array.isArray(value) && value.length > 0 && value.every(isFlatRecord)) {
    columns(value, title, lines, ' '.repeat(depth * 2));
    return;
  }
  const rows: [string, string][] = [];
  const nested: [string, Json][] = [];
  if (isScalar(value)) rows.push(['', scalarText(value)]);
  else if (Array.isArray(value))
    value.forEach((item, i) =>
      isScalar(item) ? rows.push(['', scalarText(item)]) : nested.push([`${title} ${i + 1}`, item]),
    );
  else
    for (const k of Object.keys(value)) {
      const v = value[k]!;
      if (isScalar(v)) rows.push([k, scalarText(v)]);
      else nested.push([k, v]);
    }
  const keyWidth = Math.max(0, ...rows.map(([k]) => k.length));
  const body = rows.map(([k, v]) => (k ? `| ${k.padEnd(keyWidth)} | ${v} |` : `| ${v} |`));
  const width = Math.max(title.length + 4, ...body.map((b) => b.length));
  const pad = ' '.repeat(depth * 2);
  lines.push(pad + '-'.repeat(width));
  const left = Math.floor((width - 2 - title.length) / 2);
  lines.push(pad + `|${' '.repeat(left)}${title}${' '.repeat(width - 2 - title.length - left)}|`);
  if (body.length > 0) {
    lines.push(pad + '+' + '-'.repeat(width - 2) + '+');
    for (const b of body) lines.push(pad + b.slice(0, -1).padEnd(width - 1) + '|');
  }
  lines.push(pad + '+' + '-'.repeat(width - 2) + '+');
  for (const [k, v] of nested) table(v, k, lines, depth + 1);
}

/**
 * A command's result as the CLI prints it: filtered by `--query` (JMESPath), then as JSON (4-space
 * indent, as CLI v2), text or table. An empty result prints nothing.
 * @example formatOutput({ StreamNames: ['a'] }, 'text', null, 'ListStreams') // 'STREAMNAMES\ta\n'
 */
export function formatOutput(result: unknown, format: OutputFormat, query: string | null, title: string): string {
  let value = (result ?? null) as Json;
  if (query) value = jmespath.search(value, query) as Json;
  if (
    value === null ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0 && !query)
  )
    return query && value === null ? 'null\n' : '';
  if (format === 'json') return `${JSON.stringify(value, null, 4)}\n`;
  const lines: string[] = [];
  if (format === 'text') text(value, null, lines);
  else table(value, title, lines);
  return `${lines.join('\n')}\n`;
}
