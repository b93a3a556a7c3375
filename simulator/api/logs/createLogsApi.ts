import { KinesisError, type KinesisErrorName } from '../KinesisError';
import type { LogEvent } from '../../engine/lambda/lambdaTypes';
import type { SimState } from '../../engine/types';

/** A CloudWatch Logs error (its names are not Kinesis's; the console reports them the same way). */
const logsError = (name: string, message: string) => new KinesisError(name as KinesisErrorName, message);

/**
 * CloudWatch Logs filter patterns, the plain-text subset: every term must occur (a quoted term as one
 * phrase), a term starting with `-` must not. JSON and space-delimited patterns are not modelled.
 * @example matchesPattern('"ERROR" -Timeout', 'ERROR Invoke Error') // true
 */
export function matchesPattern(pattern: string, message: string): boolean {
  const terms = pattern.match(/-?"[^"]*"|\S+/g) ?? [];
  return terms.every((raw) => {
    const negate = raw.startsWith('-');
    const term = (negate ? raw.slice(1) : raw).replace(/^"|"$/g, '');
    return term === '' || message.includes(term) !== negate;
  });
}

function groups(sim: SimState): Record<string, LogEvent[]> {
  return sim.lambda?.logs ?? {};
}

function group(sim: SimState, name: unknown): LogEvent[] {
  if (typeof name !== 'string' || name === '')
    throw logsError(
      'InvalidParameterException',
      "1 validation error detected: Value null at 'logGroupName' failed to satisfy constraint: Member must not be null",
    );
  const events = groups(sim)[name];
  if (!events) throw logsError('ResourceNotFoundException', 'The specified log group does not exist.');
  return events;
}

const operations: Record<string, (sim: SimState, input: Record<string, unknown>) => unknown> = {
  DescribeLogGroups(sim, input) {
    const prefix = typeof input.logGroupNamePrefix === 'string' ? input.logGroupNamePrefix : '';
    return {
      logGroups: Object.keys(groups(sim))
        .filter((name) => name.startsWith(prefix))
        .sort()
        .map((logGroupName) => ({
          logGroupName,
          arn: `arn:aws:logs:${sim.region}:${sim.account}:log-group:${logGroupName}:*`,
          storedBytes: 0,
        })),
    };
  },
  DescribeLogStreams(sim, input) {
    const events = group(sim, input.logGroupName);
    const streams = new Map<string, { first: number; last: number }>();
    for (const e of events) {
      const s = streams.get(e.logStreamName);
      streams.set(e.logStreamName, { first: s?.first ?? e.timestamp, last: e.timestamp });
    }
    return {
      logStreams: [...streams].map(([logStreamName, t]) => ({
        logStreamName,
        firstEventTimestamp: t.first,
        lastEventTimestamp: t.last,
      })),
    };
  },
  /** What `aws logs tail` reads: events from startTime on, optionally matching a filter pattern. */
  FilterLogEvents(sim, input) {
    const events = group(sim, input.logGroupName);
    const start = typeof input.startTime === 'number' ? input.startTime : -Infinity;
    const end = typeof input.endTime === 'number' ? input.endTime : Infinity;
    const pattern = typeof input.filterPattern === 'string' ? input.filterPattern : '';
    const streams = Array.isArray(input.logStreamNames) ? new Set(input.logStreamNames as string[]) : null;
    return {
      events: events
        .filter((e) => e.timestamp >= start && e.timestamp <= end)
        .filter((e) => !streams || streams.has(e.logStreamName))
        .filter((e) => matchesPattern(pattern, e.message))
        .map((e, i) => ({ ...e, ingestionTime: e.timestamp, eventId: String(i) })),
      searchedLogStreams: [],
    };
  },
};

/** The CloudWatch Logs operations the simulator serves: Lambda functions' log groups only. */
export const LOGS_OPERATIONS = Object.keys(operations);

/**
 * CloudWatch Logs over a simulation: the log groups of functions run by a lab (`/aws/lambda/<name>`).
 * @example createLogsApi(sim)('FilterLogEvents', { logGroupName: '/aws/lambda/enrich' })
 */
export function createLogsApi(sim: SimState) {
  return (operation: string, input: Record<string, unknown>): unknown => {
    const run = operations[operation];
    if (!run)
      throw logsError(
        'InvalidParameterException',
        `The CloudWatch Logs operation ${operation} is not modelled by this simulator.`,
      );
    return run(sim, input ?? {});
  };
}
