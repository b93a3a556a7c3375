import { base64ToBytes, bytesToBase64 } from '../engine/base64';
import { formatOutput } from './formatOutput';
import type { OutputFormat } from './parseCli';
import type { CliResult } from './runCli';

export const INVOCATION_TYPES = ['Event', 'RequestResponse', 'DryRun'] as const;
export type InvocationType = (typeof INVOCATION_TYPES)[number];
const LOG_TYPES = ['Tail', 'None'];

/** What a function run reported, as `aws lambda invoke` needs it. */
export interface FunctionInvocation {
  requestId: string;
  runtime: 'nodejs22.x' | 'python3.12';
  status: 'ok' | 'error' | 'timeout';
  response?: unknown;
  error?: { errorType: string; errorMessage: string; stackTrace: string[] };
  /** The invocation's CloudWatch Logs lines, START to REPORT. */
  logLines: string[];
}

/**
 * Runs a deployed function (a lab's sandbox). RequestResponse resolves with the run; Event starts it and
 * resolves at once; DryRun only checks that it could run. A failure is an AWS error (name and message).
 */
export type LambdaInvoker = (request: {
  functionName: string;
  event: unknown;
  invocationType: InvocationType;
}) => Promise<{ ok: true; invocation?: FunctionInvocation } | { ok: false; name: string; message: string }>;

const awsError = (name: string, message: string): CliResult => ({
  stdout: '',
  stderr: `\nAn error occurred (${name}) when calling the Invoke operation: ${message}\n`,
  exitCode: 254,
});

const enumError = (value: string, member: string, allowed: readonly string[]) =>
  awsError(
    'ValidationException',
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
  );

/**
 * The error document Lambda returns as the payload of a failed invocation: Node.js's carries `trace`,
 * Python's `requestId` and `stackTrace`; a timeout or a crashed runtime carries the type and message only.
 */
export function errorPayload(invocation: FunctionInvocation): Record<string, unknown> {
  const error = invocation.error ?? { errorType: 'Unknown', errorMessage: '', stackTrace: [] };
  if (/^Sandbox\.|^Runtime\.ExitError$/.test(error.errorType))
    return { errorType: error.errorType, errorMessage: error.errorMessage };
  if (invocation.runtime === 'python3.12')
    return {
      errorMessage: error.errorMessage,
      errorType: error.errorType,
      requestId: invocation.requestId,
      stackTrace: error.stackTrace,
    };
  return { errorType: error.errorType, errorMessage: error.errorMessage, trace: error.stackTrace };
}

/** The last 4 KB of an invocation's log, base64, as Invoke's LogResult with `--log-type Tail`. */
export function logTail(lines: string[]): string {
  const bytes = new TextEncoder().encode(lines.map((l) => `${l}\n`).join(''));
  return bytesToBase64(bytes.subarray(Math.max(0, bytes.length - 4096)));
}

/** Lambda's complaint about a payload that is not JSON, with the start of the offending text. */
function payloadError(text: string): CliResult {
  const token = /^[^\s{}[\],:"]+/.exec(text.trim())?.[0] ?? text.trim().slice(0, 20);
  return awsError(
    'InvalidRequestContentException',
    `Could not parse request body into json: Could not parse payload into json: Unrecognized token '${token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
  );
}

/**
 * `aws lambda invoke`, once parsed: decodes the payload (base64, as every blob), runs the function through
 * `invoker`, writes the response or error document to `outfile` and prints StatusCode, FunctionError,
 * LogResult and ExecutedVersion as the CLI does.
 * @example await runInvoke({ FunctionName: 'f', Payload: 'e30=' }, 'out.json', { output: 'json', query: null }, invoker, write)
 */
export async function runInvoke(
  input: Record<string, unknown>,
  outfile: string,
  globals: { output: OutputFormat; query: string | null },
  invoker: LambdaInvoker,
  writeFile: (path: string, text: string) => void,
): Promise<CliResult> {
  const invocationType = (input.InvocationType as string | undefined) ?? 'RequestResponse';
  if (!(INVOCATION_TYPES as readonly string[]).includes(invocationType))
    return enumError(invocationType, 'invocationType', INVOCATION_TYPES);
  const logType = (input.LogType as string | undefined) ?? 'None';
  if (!LOG_TYPES.includes(logType)) return enumError(logType, 'logType', LOG_TYPES);
  const text = new TextDecoder().decode(base64ToBytes((input.Payload as string | undefined) ?? ''));
  let event: unknown = {};
  if (text.trim() !== '') {
    try {
      event = JSON.parse(text);
    } catch {
      return payloadError(text);
    }
  }
  const outcome = await invoker({
    functionName: input.FunctionName as string,
    event,
    invocationType: invocationType as InvocationType,
  });
  if (!outcome.ok) return awsError(outcome.name, outcome.message);
  const run = outcome.invocation;
  let result: Record<string, unknown>;
  if (invocationType !== 'RequestResponse' || !run) {
    writeFile(outfile, '');
    result = { StatusCode: invocationType === 'DryRun' ? 204 : 202 };
  } else {
    writeFile(outfile, JSON.stringify(run.status === 'ok' ? (run.response ?? null) : errorPayload(run)));
    result = {
      StatusCode: 200,
      ...(run.status === 'ok' ? {} : { FunctionError: 'Unhandled' }),
      ...(logType === 'Tail' ? { LogResult: logTail(run.logLines) } : {}),
      ExecutedVersion: '$LATEST',
    };
  }
  return { stdout: formatOutput(result, globals.output, globals.query, 'Invoke'), stderr: '', exitCode: 0 };
}
