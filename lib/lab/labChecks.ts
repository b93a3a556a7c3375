import { base64ToBytes } from '@/simulator/engine/base64';
import type { SimCommand } from '@/simulator/engine/commands';
import { logGroupName } from '@/simulator/engine/lambda/functionLogs';
import type { SimState } from '@/simulator/engine/types';
import { FIREHOSE_CHECKS } from './checks/firehoseChecks';
import { HOT_KEY_CHECKS } from './checks/hotKeyChecks';

/** What a step's check reads: the simulation and every command the learner ran (console, editor, forms). */
export interface LabCheckInput {
  sim: SimState;
  log: SimCommand[];
}

/** Done, or what is still missing, in a sentence a learner can act on. */
export type CheckResult = { done: true; detail: string } | { done: false; detail: string };

export type Params = Record<string, string | number>;
export type Check = (input: LabCheckInput, params: Params) => CheckResult;

const done = (detail: string): CheckResult => ({ done: true, detail });
const missing = (detail: string): CheckResult => ({ done: false, detail });
const str = (params: Params, key: string) => String(params[key]);
const num = (params: Params, key: string) => Number(params[key]);

function decode(base64: string): string {
  return new TextDecoder().decode(base64ToBytes(base64));
}

/** Records put explicitly (console, SDK code) to a stream, decoded as text, oldest first. */
function explicitRecords(sim: SimState, stream: string): string[] {
  const s = sim.streams[stream];
  if (!s) return [];
  return s.shards.flatMap((shard) => shard.records.map((r) => decode(r.data)));
}

const mappingsOf = (sim: SimState, fn: string) =>
  sim.lambda?.mappings.filter((m) => m.config.functionName === fn) ?? [];

/**
 * The machine checks lab steps name (`<LabStep check="streamActive" params={{ stream: 'lab-stream' }}>`).
 * Each reads only simulation state and the command log, so a step's status is the same after a reload.
 */
export const LAB_CHECKS: Record<string, { params: string[]; run: Check }> = {
  streamActive: {
    params: ['stream'],
    run: ({ sim }, p) => {
      const stream = sim.streams[str(p, 'stream')];
      if (!stream) return missing(`There is no stream named ${str(p, 'stream')} yet.`);
      if (stream.status !== 'ACTIVE')
        return missing(`${stream.name} is ${stream.status}; it takes a few seconds to become ACTIVE.`);
      return done(
        `${stream.name} is ACTIVE with ${stream.shards.filter((s) => s.closedAt === null).length} open shard(s).`,
      );
    },
  },
  functionActive: {
    params: ['function'],
    run: ({ sim }, p) => {
      const fn = sim.lambda?.functions.find((f) => f.config.name === str(p, 'function'));
      if (!fn)
        return missing(
          `There is no function named ${str(p, 'function')} yet: create it from the editor or with aws lambda create-function.`,
        );
      if (!fn.config.code) return missing(`${fn.config.name} has no code.`);
      if (fn.config.code.activeAt > sim.now)
        return missing(`${fn.config.name} is Pending: it becomes Active in a moment.`);
      return done(`${fn.config.name} is Active (${fn.config.code.runtime}, handler ${fn.config.code.handler}).`);
    },
  },
  mappingEnabled: {
    params: ['function', 'stream'],
    run: ({ sim }, p) => {
      const mapping = mappingsOf(sim, str(p, 'function')).find((m) => m.config.stream === str(p, 'stream'));
      if (!mapping)
        return missing(`No event source mapping connects ${str(p, 'stream')} to ${str(p, 'function')} yet.`);
      if (mapping.state !== 'Enabled')
        return missing(`The mapping is ${mapping.state}; it becomes Enabled in a moment.`);
      return done(
        `Mapping ${mapping.uuid} is Enabled (batch size ${mapping.config.batchSize}, ${mapping.config.startingPosition}).`,
      );
    },
  },
  recordsProcessed: {
    params: ['function', 'atLeast'],
    run: ({ sim }, p) => {
      const processed = mappingsOf(sim, str(p, 'function')).reduce((n, m) => n + m.stats.processedRecords, 0);
      const failed = mappingsOf(sim, str(p, 'function')).reduce((n, m) => n + m.stats.failedInvocations, 0);
      if (processed >= num(p, 'atLeast')) return done(`${processed} records processed successfully.`);
      const hint = failed > 0 ? ` ${failed} invocation(s) failed: read the function's logs.` : '';
      return missing(`${processed} of at least ${num(p, 'atLeast')} records processed so far.${hint}`);
    },
  },
  logsShowRecords: {
    params: ['function', 'stream', 'atLeast'],
    run: ({ sim }, p) => {
      const messages = sim.lambda?.logs?.[logGroupName(str(p, 'function'))]?.map((e) => e.message) ?? [];
      const sent = [...new Set(explicitRecords(sim, str(p, 'stream')))];
      const seen = sent.filter((text) => text.trim() !== '' && messages.some((m) => m.includes(text)));
      if (seen.length >= num(p, 'atLeast'))
        return done(`The logs show ${seen.length} decoded record(s), e.g. “${seen[0]}”.`);
      if (messages.length === 0) return missing('The function has not written any logs yet.');
      return missing(
        `The logs show ${seen.length} of at least ${num(p, 'atLeast')} records as text. Decode each record's base64 data before printing it.`,
      );
    },
  },
  cleanedUp: {
    params: ['function', 'stream'],
    run: ({ sim }, p) => {
      const left: string[] = [];
      if (mappingsOf(sim, str(p, 'function')).some((m) => m.state !== 'Deleting'))
        left.push('the event source mapping');
      if (sim.lambda?.functions.some((f) => f.config.name === str(p, 'function')))
        left.push(`the function ${str(p, 'function')}`);
      const stream = sim.streams[str(p, 'stream')];
      if (stream && stream.status !== 'DELETING') left.push(`the stream ${str(p, 'stream')}`);
      return left.length === 0
        ? done('Everything the lab created is deleted.')
        : missing(`Still there: ${left.join(', ')}.`);
    },
  },
  apiCalled: {
    params: ['operation'],
    run: ({ log }, p) => {
      const called = log.some(
        (c) =>
          (c.type === 'api/call' ||
            c.type === 'lambda/call' ||
            c.type === 'firehose/call' ||
            c.type === 'logs/call' ||
            c.type === 'cloudwatch/call') &&
          c.operation === str(p, 'operation'),
      );
      return called
        ? done(`You called ${str(p, 'operation')}.`)
        : missing(`${str(p, 'operation')} has not been called yet.`);
    },
  },
  ...HOT_KEY_CHECKS,
  ...FIREHOSE_CHECKS,
};

/**
 * Runs a step's check by name; an unknown name is a content error (the content check catches it first).
 * @example runCheck('streamActive', { stream: 'lab-stream' }, { sim, log })
 */
export function runCheck(name: string, params: Params, input: LabCheckInput): CheckResult {
  const check = LAB_CHECKS[name];
  if (!check) return missing(`This step names a check that does not exist: ${name}.`);
  return check.run(input, params);
}
