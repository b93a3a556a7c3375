import type { ApiService } from '../api/apiCommand';
import { KinesisError } from '../api/KinesisError';
import { formatOutput } from './formatOutput';
import { runInvoke, type LambdaInvoker } from './lambdaInvoke';
import { parseLogsTail, runLogsTail, tailReader, type TailRequest } from './logsTail';
import { parseCli, type ParsedCli, type ReadFile } from './parseCli';
import { runS3, type ReadBuckets } from './s3Commands';
import { tokenize } from './tokenize';

/** Calls an API operation; throws a KinesisError (AWS error name and message) when it fails. */
export type CliCaller = (service: ApiService, operation: string, input: Record<string, unknown>) => unknown;

/** What `aws logs tail --follow` needs of a console that can stream its output. */
export interface FollowContext {
  /** Adds text to the command's output as it comes. */
  write(text: string): void;
  /** Calls `listener` when the simulation changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Reads log events without recording a command: polling is not something the learner did. */
  filterLogEvents(input: Record<string, unknown>): unknown;
  /** Aborted when the learner stops the command (Ctrl+C). */
  signal: AbortSignal;
}

/** What the console knows besides the API: its files and the simulation's clock (for --since). */
export interface CliContext {
  /** The console's files, for `fileb://`, `file://` and `cat`. */
  readFile?: ReadFile;
  /** Keeps a file a command wrote (`aws lambda invoke`'s outfile). */
  writeFile?: (path: string, text: string) => void;
  /** Runs deployed code, for `aws lambda invoke` (a lab's sandbox); without it the command says why not. */
  invoke?: LambdaInvoker;
  /** The buckets Firehose delivers to, for `aws s3 ls` and `aws s3 cp`. */
  s3?: ReadBuckets;
  /** Lets `aws logs tail --follow` keep printing new events until stopped. */
  follow?: FollowContext;
  /** Virtual ms now. */
  now?: number;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

type RunParsed = Extract<ParsedCli, { kind: 'run' }>;
type TailEvents = ReturnType<Parameters<typeof tailReader>[1]>;

const NO_CODE: CliResult = {
  stdout: '',
  stderr:
    '\naws lambda invoke runs a function’s code, and this simulation’s functions are modelled: they have none. A hands-on lab (/lab/) deploys real code you can invoke.\n',
  exitCode: 255,
};

const serviceError = (error: KinesisError, operation: string): CliResult => ({
  stdout: '',
  stderr: `\nAn error occurred (${error.name}) when calling the ${operation} operation: ${error.message}\n`,
  exitCode: 254,
});

/** `cat`: the one shell command the console has, to read what `aws lambda invoke` wrote. */
function cat(paths: string[], readFile: ReadFile): CliResult {
  if (paths.length === 0) return { stdout: '', stderr: 'cat: missing file operand\n', exitCode: 1 };
  let stdout = '';
  let stderr = '';
  for (const path of paths) {
    const bytes = readFile(path);
    if (bytes) stdout += new TextDecoder().decode(bytes);
    else stderr += `cat: ${path}: No such file or directory\n`;
  }
  if (stdout && !stdout.endsWith('\n')) stdout += '\n';
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** `aws logs tail` printed once, with the service's error when the group does not exist. */
function tailOnce(request: TailRequest, call: CliCaller): CliResult {
  try {
    return runLogsTail(request, (input) => call('logs', 'FilterLogEvents', input) as TailEvents);
  } catch (error) {
    if (error instanceof KinesisError) return serviceError(error, 'FilterLogEvents');
    throw error;
  }
}

/** `aws logs tail --follow` in a console that can stream: runCliAsync runs it. */
interface FollowParsed {
  kind: 'follow';
  request: TailRequest;
}

/**
 * Parses a line; a result when it is already answered (help, errors, `cat`, `aws s3`, `aws logs tail`
 * without streaming).
 */
function prepare(line: string, call: CliCaller, context: CliContext): CliResult | RunParsed | FollowParsed {
  const tokens = tokenize(line);
  if (!tokens.ok) return { stdout: '', stderr: `aws: error: ${tokens.error}\n`, exitCode: 252 };
  if (tokens.words.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
  if (tokens.words[0] === 'cat') return cat(tokens.words.slice(1), context.readFile ?? (() => null));
  if (tokens.words[0] !== 'aws')
    return {
      stdout: '',
      stderr: `${tokens.words[0]}: command not found (this console runs aws commands, and cat)\n`,
      exitCode: 127,
    };
  const words = tokens.words.filter((w) => w !== '--no-cli-pager');
  if (words[1] === 'logs' && words[2] === 'tail') {
    const request = parseLogsTail(words.slice(3), context.now ?? 0);
    if (!('group' in request)) return request;
    if (request.follow && context.follow) return { kind: 'follow', request };
    return tailOnce(request, call);
  }
  if (words[1] === 's3')
    return runS3(words.slice(2), context.s3 ?? (() => ({})), context.writeFile ?? (() => undefined));
  const parsed = parseCli(tokens.words, context.readFile);
  if (parsed.kind === 'help') return { stdout: parsed.text, stderr: '', exitCode: 0 };
  if (parsed.kind === 'error') return { stdout: '', stderr: parsed.stderr, exitCode: parsed.exitCode };
  return parsed;
}

/** Runs `work`, turning AWS errors and a bad --query into the CLI's messages. */
function answered(parsed: RunParsed, work: () => CliResult): CliResult {
  try {
    return work();
  } catch (error) {
    if (error instanceof KinesisError) return serviceError(error, parsed.operation);
    if (error instanceof Error && /JMESPath|Invalid|Unknown|Expected/i.test(error.message) && parsed.globals.query)
      return {
        stdout: '',
        stderr: `\nBad value for --query ${parsed.globals.query}: ${error.message}\n`,
        exitCode: 255,
      };
    throw error;
  }
}

function execute(parsed: RunParsed, call: CliCaller): CliResult {
  return answered(parsed, () => ({
    stdout: formatOutput(
      call(parsed.spec.service, parsed.operation, parsed.input),
      parsed.globals.output,
      parsed.globals.query,
      parsed.operation,
    ),
    stderr: '',
    exitCode: 0,
  }));
}

/**
 * Runs one command line as AWS CLI v2 would, against the simulator's API: parse errors exit 252, an
 * invalid blob 255, a service error 254 with "An error occurred (Name) when calling the Operation
 * operation: message", success 0 with the formatted result. `aws lambda invoke` needs runCliAsync.
 * @example runCli('aws kinesis list-streams --output text', call)
 */
export function runCli(line: string, call: CliCaller, context: CliContext = {}): CliResult {
  const prepared = prepare(line, call, context);
  if (!('kind' in prepared)) return prepared;
  // Nothing here can wait, so --follow prints once.
  if (prepared.kind === 'follow') return tailOnce(prepared.request, call);
  if (prepared.operation === 'Invoke') return NO_CODE;
  return execute(prepared, call);
}

/**
 * `aws logs tail --follow`: prints what there is (one recorded FilterLogEvents call), then every new event
 * as the simulation writes it, until the learner stops it; exit 130, as after Ctrl+C in a shell.
 */
async function followLogs(request: TailRequest, call: CliCaller, follow: FollowContext): Promise<CliResult> {
  let calls = 0;
  const next = tailReader(
    request,
    (input) => (calls++ === 0 ? call('logs', 'FilterLogEvents', input) : follow.filterLogEvents(input)) as TailEvents,
  );
  let printed: string;
  try {
    printed = next();
  } catch (error) {
    if (error instanceof KinesisError) return serviceError(error, 'FilterLogEvents');
    throw error;
  }
  follow.write(printed);
  return new Promise((resolve) => {
    let done = false;
    const stop = (stderr = '') => {
      if (done) return;
      done = true;
      unsubscribe();
      resolve({ stdout: printed, stderr, exitCode: stderr ? 254 : 130 });
    };
    const unsubscribe = follow.onChange(() => {
      try {
        const text = next();
        printed += text;
        if (text) follow.write(text);
      } catch (error) {
        // The group went away (its function was deleted): the CLI stops with the service's error.
        if (error instanceof KinesisError)
          stop(`\nAn error occurred (${error.name}) when calling the FilterLogEvents operation: ${error.message}\n`);
        else throw error;
      }
    });
    if (follow.signal.aborted) stop();
    else follow.signal.addEventListener('abort', () => stop(), { once: true });
  });
}

/**
 * runCli, plus the commands that take time: `aws lambda invoke`, which waits for the function to run
 * (through `context.invoke`), and `aws logs tail --follow`, which prints until stopped (`context.follow`).
 * @example await runCliAsync('aws lambda invoke --function-name f out.json', call, { invoke, writeFile })
 */
export async function runCliAsync(line: string, call: CliCaller, context: CliContext = {}): Promise<CliResult> {
  const prepared = prepare(line, call, context);
  if (!('kind' in prepared)) return prepared;
  if (prepared.kind === 'follow') return followLogs(prepared.request, call, context.follow!);
  if (prepared.operation !== 'Invoke') return execute(prepared, call);
  if (!context.invoke) return NO_CODE;
  try {
    return await runInvoke(
      prepared.input,
      prepared.outfile!,
      prepared.globals,
      context.invoke,
      context.writeFile ?? (() => undefined),
    );
  } catch (error) {
    return answered(prepared, () => {
      throw error;
    });
  }
}
