import { inspectBase64 } from '../api/validation/inspectBase64';
import { bytesToBase64, textToBase64 } from '../engine/base64';
import { COMMANDS, flagOf, operationOf } from './cliSpec';
import type { CommandSpec, ParamSpec } from './commandSpec';

export const OUTPUTS = ['json', 'text', 'table'] as const;
export type OutputFormat = (typeof OUTPUTS)[number];

export interface GlobalOptions {
  output: OutputFormat;
  query: string | null;
  binaryFormat: 'base64' | 'raw-in-base64-out';
}

export type ParsedCli =
  | {
      kind: 'run';
      spec: CommandSpec;
      operation: string;
      input: Record<string, unknown>;
      globals: GlobalOptions;
      /** The positional output file of a command that writes one (`aws lambda invoke … out.json`). */
      outfile?: string;
    }
  | { kind: 'help'; text: string }
  | { kind: 'error'; stderr: string; exitCode: number };

/** What AWS CLI v2 prints before a usage error. */
export const USAGE = `usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
`;

const usageError = (message: string): ParsedCli => ({
  kind: 'error',
  stderr: `${USAGE}\naws: error: ${message}\n`,
  exitCode: 252,
});

/** The console's files, for `file://` and `fileb://` parameter values: bytes, or null when there is no such file. */
export type ReadFile = (path: string) => Uint8Array | null;

/** CLI v2's complaint about a blob that is not base64 (exit 255). */
const invalidBase64 = (text: string): ParsedCli => ({
  kind: 'error',
  stderr: `\nInvalid base64: "${text}"\n`,
  exitCode: 255,
});

const SERVICES = ['kinesis', 'firehose', 'lambda', 'logs', 'cloudwatch'] as const;
const GLOBAL_WITH_VALUE = ['--output', '--query', '--cli-binary-format', '--region', '--endpoint-url', '--profile'];
const GLOBAL_FLAGS = ['--no-cli-pager', '--debug', '--no-paginate'];

/** `Key=Value,Other=Value` (the CLI's shorthand for a structure), or JSON. */
function parseStructure(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return JSON.parse(trimmed);
  const out: Record<string, string> = {};
  for (const pair of trimmed.split(',')) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`Expected: '=', received: '${pair.slice(-1) || 'EOF'}' for input: ${text}`);
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/**
 * `file://path` and `fileb://path` values: the file's text, or (fileb://, for a blob) its bytes as base64
 * untouched by --cli-binary-format. Errors are CLI v2's "Unable to load paramfile" (exit 255).
 */
function loadParamFile(
  flag: string,
  value: string,
  readFile: ReadFile,
): { bytes: Uint8Array; binary: boolean } | { error: ParsedCli } | null {
  const match = /^(fileb?):\/\/(.*)$/.exec(value);
  if (!match) return null;
  const path = match[2]!;
  const bytes = readFile(path);
  if (!bytes)
    return {
      error: {
        kind: 'error',
        stderr: `\nError parsing parameter '${flag}': Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${path}'\n`,
        exitCode: 255,
      },
    };
  return { bytes, binary: match[1] === 'fileb' };
}

function convert(
  param: ParamSpec,
  raw: string[],
  globals: GlobalOptions,
  readFile: ReadFile,
): { value: unknown } | { error: ParsedCli } {
  const flag = flagOf(param.member);
  let value = raw[0]!;
  const loaded = loadParamFile(flag, value, readFile);
  if (loaded && 'error' in loaded) return loaded;
  if (loaded) {
    if (loaded.binary && param.type === 'blob') return { value: bytesToBase64(loaded.bytes) };
    value = new TextDecoder().decode(loaded.bytes);
  }
  switch (param.type) {
    case 'string':
      return { value };
    case 'integer': {
      if (!/^-?\d+$/.test(value)) return { error: usageError(`argument ${flag}: invalid int value: '${value}'`) };
      return { value: Number(value) };
    }
    case 'blob':
      if (globals.binaryFormat === 'raw-in-base64-out') return { value: textToBase64(value) };
      // CLI v2 reads blobs as base64 (fact 37); plain text is the classic first-lab mistake.
      if (!inspectBase64(value).ok) return { error: invalidBase64(value) };
      return { value };
    case 'timestamp': {
      const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Date.parse(value) / 1000;
      if (Number.isNaN(seconds)) return { error: usageError(`argument ${flag}: Invalid timestamp value: ${value}`) };
      return { value: seconds };
    }
    case 'list':
      return { value: raw };
    case 'structures':
      // Each word is one structure in shorthand (Name=StreamName,Value=orders) or JSON; a JSON list spreads.
      try {
        return { value: raw.flatMap((word) => [parseStructure(word)].flat()) };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { error: { kind: 'error', stderr: `\nError parsing parameter '${flag}': ${reason}\n`, exitCode: 252 } };
      }
    case 'boolean':
      return { value: true };
    case 'json':
      try {
        return { value: parseStructure(value) };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { error: { kind: 'error', stderr: `\nError parsing parameter '${flag}': ${reason}\n`, exitCode: 252 } };
      }
  }
}

/**
 * Reads an `aws kinesis …` command line (already split into words) the way AWS CLI v2 does: global
 * options anywhere, required options checked, unknown options refused, blobs read as base64 unless
 * `--cli-binary-format raw-in-base64-out`. Errors carry CLI v2's wording and exit codes (252 for usage,
 * 255 for an invalid blob).
 * @example parseCli(['aws', 'kinesis', 'describe-stream', '--stream-name', 'orders'])
 */
export function parseCli(words: string[], readFile: ReadFile = () => null): ParsedCli {
  const args = words[0] === 'aws' ? words.slice(1) : words;
  const globals: GlobalOptions = { output: 'json', query: null, binaryFormat: 'base64' };
  const positional: string[] = [];
  const options: { flag: string; values: string[] }[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (GLOBAL_FLAGS.includes(word)) continue;
    if (GLOBAL_WITH_VALUE.includes(word)) {
      const value = args[++i];
      if (value === undefined) return usageError(`argument ${word}: expected one argument`);
      if (word === '--output') {
        if (!(OUTPUTS as readonly string[]).includes(value))
          return usageError(`argument --output: Invalid choice, valid choices are:\n\n${OUTPUTS.join(' | ')}\n`);
        globals.output = value as OutputFormat;
      }
      if (word === '--query') globals.query = value;
      if (word === '--cli-binary-format') {
        if (value !== 'base64' && value !== 'raw-in-base64-out')
          return usageError(
            `argument --cli-binary-format: Invalid choice, valid choices are:\n\nbase64 | raw-in-base64-out\n`,
          );
        globals.binaryFormat = value;
      }
      continue;
    }
    if (word.startsWith('--')) {
      const values: string[] = [];
      while (i + 1 < args.length && !args[i + 1]!.startsWith('--')) values.push(args[++i]!);
      options.push({ flag: word, values });
      continue;
    }
    positional.push(word);
  }

  const [service, command, extra] = positional;
  if (service === undefined || service === 'help') return { kind: 'help', text: helpText() };
  if (!(SERVICES as readonly string[]).includes(service))
    return usageError(`argument command: Invalid choice, valid choices are:\n\n${SERVICES.join(' | ')}\n`);
  const commands = COMMANDS.filter((c) => c.service === service);
  if (command === undefined) return usageError('the following arguments are required: operation');
  if (command === 'help') return { kind: 'help', text: helpText(service) };
  const spec = commands.find((c) => c.command === command);
  if (!spec && service === 'logs')
    return usageError(`argument operation: Invalid choice: this console runs aws logs tail only`);
  if (!spec)
    return usageError(
      `argument operation: Invalid choice, valid choices are:\n\n${commands.map((c) => c.command).join(' | ')}\n`,
    );
  if (extra === 'help') return { kind: 'help', text: commandHelp(spec) };

  const known = new Map(spec.params.map((p) => [flagOf(p.member), p]));
  // Words after an option that takes one value (none for a flag) are positional, as argparse reads them:
  // `--function-name f out.json` names the outfile.
  const operands = positional.slice(2);
  for (const option of options) {
    const param = known.get(option.flag);
    if (!param || param.type === 'list' || param.type === 'structures') continue;
    const keep = param.type === 'boolean' ? 0 : 1;
    operands.push(...option.values.splice(keep));
  }
  const outfile = spec.outfile ? operands.shift() : undefined;
  if (operands.length > 0) return usageError(`Unknown options: ${operands.join(', ')}`);

  // A boolean is a bare flag, and `--no-<flag>` turns it off, as in the CLI.
  const negated = new Map(
    spec.params.filter((p) => p.type === 'boolean').map((p) => [`--no-${flagOf(p.member).slice(2)}`, p]),
  );
  const unknown = options.filter((o) => !known.has(o.flag) && !negated.has(o.flag)).map((o) => o.flag);
  if (unknown.length > 0) return usageError(`Unknown options: ${unknown.join(', ')}`);
  const missing = spec.params
    .filter((p) => p.required && !options.some((o) => o.flag === flagOf(p.member)))
    .map((p) => flagOf(p.member));
  if (spec.outfile && outfile === undefined) missing.push('outfile');
  if (missing.length > 0) return usageError(`the following arguments are required: ${missing.join(', ')}`);

  const input: Record<string, unknown> = {};
  for (const option of options) {
    const off = negated.get(option.flag);
    if (off) {
      if (option.values.length > 0) return usageError(`Unknown options: ${option.values.join(', ')}`);
      input[off.member] = false;
      continue;
    }
    const param = known.get(option.flag)!;
    if (param.type === 'boolean') {
      input[param.member] = true;
      continue;
    }
    if (option.values.length === 0) return usageError(`argument ${option.flag}: expected one argument`);
    const converted = convert(param, option.values, globals, readFile);
    if ('error' in converted) return converted.error;
    input[param.member] = converted.value;
  }
  // Blobs inside structures (PutRecords' and Firehose's Data) follow --cli-binary-format too.
  const blob = (r: { Data?: unknown }) => {
    if (typeof r.Data !== 'string') return r;
    if (globals.binaryFormat === 'raw-in-base64-out') return { ...r, Data: textToBase64(r.Data) };
    if (!inspectBase64(r.Data).ok) throw new Error(r.Data);
    return r;
  };
  try {
    if (Array.isArray(input.Records)) input.Records = (input.Records as { Data?: unknown }[]).map(blob);
    if (input.Record && typeof input.Record === 'object') input.Record = blob(input.Record as { Data?: unknown });
  } catch (error) {
    return invalidBase64((error as Error).message);
  }
  for (const [member, parent] of Object.entries(spec.nest ?? {}))
    if (member in input) {
      input[parent] = { ...(input[parent] as Record<string, unknown> | undefined), [member]: input[member] };
      delete input[member];
    }
  return {
    kind: 'run',
    spec,
    operation: operationOf(spec.command),
    input,
    globals,
    ...(outfile !== undefined ? { outfile } : {}),
  };
}

function helpText(service?: string): string {
  const list = COMMANDS.filter((c) => !service || c.service === service);
  const lines = list.map((c) => `  aws ${c.service} ${c.command}\n      ${c.summary}`);
  if (!service)
    lines.push(
      '  aws s3 ls | cp\n      Lists and reads the objects Firehose delivered (aws s3 help).',
      '  cat <file>\n      Prints a file a command wrote.',
    );
  return `${service ? `aws ${service}` : 'aws'}: commands this console runs against the simulator\n\n${lines.join('\n')}\n\nGlobal options: --output json|text|table, --query <JMESPath>, --cli-binary-format base64|raw-in-base64-out\n`;
}

function commandHelp(spec: CommandSpec): string {
  const params = spec.params.map((p) => {
    const flag = flagOf(p.member);
    const shape =
      p.type === 'list' || p.type === 'structures' ? `${flag} <value> [<value> ...]` : `${flag} <${p.type}>`;
    return `  ${p.required ? shape : `[${shape}]`}\n      ${p.doc}`;
  });
  if (spec.outfile) params.push(`  <outfile>\n      ${spec.outfile}`);
  return `aws ${spec.service} ${spec.command}\n\n${spec.summary}\n\nSYNOPSIS\n${params.join('\n')}\n`;
}
