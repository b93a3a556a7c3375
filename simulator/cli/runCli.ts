import type { ApiService } from '../api/apiCommand';
import { KinesisError } from '../api/KinesisError';
import { formatOutput } from './formatOutput';
import { runLogsTail } from './logsTail';
import { parseCli, type ReadFile } from './parseCli';
import { tokenize } from './tokenize';

/** Calls an API operation; throws a KinesisError (AWS error name and message) when it fails. */
export type CliCaller = (service: ApiService, operation: string, input: Record<string, unknown>) => unknown;

/** What the console knows besides the API: its files (for fileb://) and the simulation's clock (for --since). */
export interface CliContext {
  readFile?: ReadFile;
  /** Virtual ms now. */
  now?: number;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs one command line as AWS CLI v2 would, against the simulator's API: parse errors exit 252, an
 * invalid blob 255, a service error 254 with "An error occurred (Name) when calling the Operation
 * operation: message", success 0 with the formatted result.
 * @example runCli('aws kinesis list-streams --output text', call)
 */
export function runCli(line: string, call: CliCaller, context: CliContext = {}): CliResult {
  const tokens = tokenize(line);
  if (!tokens.ok) return { stdout: '', stderr: `aws: error: ${tokens.error}\n`, exitCode: 252 };
  if (tokens.words.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
  if (tokens.words[0] !== 'aws')
    return {
      stdout: '',
      stderr: `${tokens.words[0]}: command not found (this console runs aws commands)\n`,
      exitCode: 127,
    };
  const words = tokens.words.filter((w) => w !== '--no-cli-pager');
  if (words[1] === 'logs' && words[2] === 'tail') {
    try {
      return runLogsTail(
        words.slice(3),
        (input) => call('logs', 'FilterLogEvents', input) as ReturnType<Parameters<typeof runLogsTail>[1]>,
        context.now ?? 0,
      );
    } catch (error) {
      if (error instanceof KinesisError)
        return {
          stdout: '',
          stderr: `\nAn error occurred (${error.name}) when calling the FilterLogEvents operation: ${error.message}\n`,
          exitCode: 254,
        };
      throw error;
    }
  }
  const parsed = parseCli(tokens.words, context.readFile);
  if (parsed.kind === 'help') return { stdout: parsed.text, stderr: '', exitCode: 0 };
  if (parsed.kind === 'error') return { stdout: '', stderr: parsed.stderr, exitCode: parsed.exitCode };
  try {
    const result = call(parsed.spec.service, parsed.operation, parsed.input);
    return {
      stdout: formatOutput(result, parsed.globals.output, parsed.globals.query, parsed.operation),
      stderr: '',
      exitCode: 0,
    };
  } catch (error) {
    if (error instanceof KinesisError)
      return {
        stdout: '',
        stderr: `\nAn error occurred (${error.name}) when calling the ${parsed.operation} operation: ${error.message}\n`,
        exitCode: 254,
      };
    if (error instanceof Error && /JMESPath|Invalid|Unknown|Expected/i.test(error.message) && parsed.globals.query)
      return {
        stdout: '',
        stderr: `\nBad value for --query ${parsed.globals.query}: ${error.message}\n`,
        exitCode: 255,
      };
    throw error;
  }
}
