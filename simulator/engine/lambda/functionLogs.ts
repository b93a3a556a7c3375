import { nextUint32 } from '../prng';
import type { SimState } from '../types';
import { LOG_EVENTS_KEPT } from './lambdaLimits';
import type { LambdaFunctionState, LambdaState } from './lambdaTypes';

/** What an invocation's sandbox reported, as the engine records it (plain data, replayable). */
export interface InvocationReport {
  status: 'ok' | 'error' | 'timeout';
  response?: unknown;
  error?: { errorType: string; errorMessage: string; stackTrace: string[] };
  /** What the function wrote: Node.js console levels, or RAW for Python's print. */
  logs: { level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE' | 'RAW'; message: string }[];
  durationMs: number;
  /** Set on a cold start: a new execution environment, so a new log stream. */
  initDurationMs: number | null;
}

/** @example logGroupName('enrich') // '/aws/lambda/enrich' */
export const logGroupName = (functionName: string) => `/aws/lambda/${functionName}`;

/**
 * The memory the REPORT line says was used. A browser cannot measure a worker's memory, so this is a
 * stated estimate of an idle runtime (the lab says so), not a measurement.
 */
export const ESTIMATED_MEMORY_USED_MB = { 'nodejs22.x': 68, 'python3.12': 38 } as const;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Lambda's log stream names: `2026/11/22/[$LATEST]` and 32 hex digits, one per execution environment. */
function newLogStream(state: SimState, lambda: LambdaState): string {
  const d = new Date(state.now);
  let hex = '';
  for (let i = 0; i < 4; i++) {
    const [n, prng] = nextUint32(lambda.prng);
    lambda.prng = prng;
    hex += n.toString(16).padStart(8, '0');
  }
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/[$LATEST]${hex}`;
}

function append(
  lambda: LambdaState,
  group: string,
  events: { timestamp: number; logStreamName: string; message: string }[],
) {
  lambda.logs ??= {};
  const list = (lambda.logs[group] ??= []);
  list.push(...events);
  if (list.length > LOG_EVENTS_KEPT) list.splice(0, list.length - LOG_EVENTS_KEPT);
}

/**
 * Writes an invocation's CloudWatch Logs lines as Lambda does: START, the function's own output (Node.js
 * lines carry timestamp, request id and level), a timeout line when it timed out, END and REPORT with
 * duration, billed duration (whole ms, rounded up), memory and, on a cold start, the init duration.
 * @example writeInvocationLogs(sim, lambda, fn, 'c0ffee…', report)
 */
export function writeInvocationLogs(
  state: SimState,
  lambda: LambdaState,
  fn: LambdaFunctionState,
  requestId: string,
  report: InvocationReport,
): void {
  const code = fn.config.code;
  if (report.initDurationMs !== null || !fn.logStream) fn.logStream = newLogStream(state, lambda);
  const stream = fn.logStream;
  const iso = new Date(state.now).toISOString();
  const node = code?.runtime !== 'python3.12';
  const lines: string[] = [`START RequestId: ${requestId} Version: $LATEST`];
  for (const line of report.logs)
    lines.push(node && line.level !== 'RAW' ? `${iso}\t${requestId}\t${line.level}\t${line.message}` : line.message);
  const timeout = code?.timeoutSeconds ?? 3;
  const duration = report.status === 'timeout' ? timeout * 1000 : report.durationMs;
  if (report.status === 'timeout') lines.push(`${iso} ${requestId} Task timed out after ${timeout.toFixed(2)} seconds`);
  lines.push(`END RequestId: ${requestId}`);
  const memory = code?.memorySizeMb ?? 128;
  const used = Math.min(memory, ESTIMATED_MEMORY_USED_MB[code?.runtime ?? 'nodejs22.x']);
  let reportLine =
    `REPORT RequestId: ${requestId}\tDuration: ${duration.toFixed(2)} ms\tBilled Duration: ${Math.ceil(duration)} ms` +
    `\tMemory Size: ${memory} MB\tMax Memory Used: ${used} MB`;
  if (report.initDurationMs !== null) reportLine += `\tInit Duration: ${report.initDurationMs.toFixed(2)} ms`;
  if (report.status === 'timeout') reportLine += '\tStatus: timeout';
  lines.push(reportLine);
  append(
    lambda,
    logGroupName(fn.config.name),
    lines.map((message) => ({ timestamp: state.now, logStreamName: stream, message })),
  );
}

/**
 * One invocation's CloudWatch Logs lines, START to REPORT, as its request id marks them (empty when the
 * log no longer holds it).
 * @example invocationLog(sim, 'enrich', 'c0ffee…') // ['START RequestId: c0ffee… Version: $LATEST', …]
 */
export function invocationLog(state: SimState, functionName: string, requestId: string): string[] {
  const events = state.lambda?.logs?.[logGroupName(functionName)] ?? [];
  const start = events.findIndex((e) => e.message === `START RequestId: ${requestId} Version: $LATEST`);
  if (start < 0) return [];
  const stream = events[start]!.logStreamName;
  const lines: string[] = [];
  for (const event of events.slice(start)) {
    if (event.logStreamName !== stream) continue;
    lines.push(event.message);
    if (event.message.startsWith(`REPORT RequestId: ${requestId}`)) break;
  }
  return lines;
}
