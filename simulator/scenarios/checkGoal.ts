import type { ConsumerAppState } from '../engine/consumerTypes';
import { maxIteratorAge } from '../engine/consumers';
import { MiB, SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND } from '../engine/limits';
import { rateAt } from '../engine/producers';
import { openShards, shardsById } from '../engine/shards';
import type { ShardState, SimState } from '../engine/types';
import { maxDataFreshness, minObjectSize } from './firehoseGoals';
import { maxLambdaIteratorAge, noBlockedShards } from './lambdaGoals';
import type { GoalConstraint } from './scenarioSchema';

export interface ConstraintStatus {
  constraint: GoalConstraint;
  met: boolean;
  /** What holds, or what still fails and by how much. */
  detail: string;
}

const mbps = (bytes: number) => `${(bytes / MiB).toFixed(2)} MB/s`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * KCL's promise at a reshard (fact 20): a child shard is read only once its parents are finished
 * (SHARD_END), so records of one partition key keep their order when the key moves to a child.
 */
function parentsFinishedFirst(sim: SimState, app: ConsumerAppState): { met: boolean; detail: string } {
  const name = app.config.name;
  const leases = new Map(app.leases.map((l) => [l.leaseKey, l]));
  const unfinished = (parent: string) => {
    const lease = leases.get(parent);
    // A parent whose lease has left the table aged out of the stream: nothing of it is left to read.
    return lease !== undefined && lease.checkpoint !== 'SHARD_END';
  };
  const children = app.leases.filter((l) => l.parentShardIds.length > 0);
  if (children.length === 0)
    return {
      met: false,
      detail: `${name} has no child shards yet: no shard of ${app.config.stream} has been split or merged`,
    };
  const started = children.filter((c) => c.leaseCounter > 0);
  const early = started.filter((c) => c.parentShardIds.some(unfinished));
  if (early.length > 0)
    return {
      met: false,
      detail: early
        .map((c) => `${name} read ${c.leaseKey} before finishing ${c.parentShardIds.filter(unfinished).join(', ')}`)
        .join('; '),
    };
  const parents = [...new Set(children.flatMap((c) => c.parentShardIds))];
  const childIds = children.map((c) => c.leaseKey).join(', ');
  if (started.length === 0) {
    const stream = sim.streams[app.config.stream];
    const shards = stream ? shardsById(stream) : new Map<string, ShardState>();
    const left = parents.filter(unfinished).map((p) => {
      const checkpoint = leases.get(p)!.checkpoint as number;
      return `${p} (${plural((shards.get(p)?.nextOrdinal ?? checkpoint) - checkpoint, 'record')} left)`;
    });
    return {
      met: false,
      detail:
        left.length > 0
          ? `${name} is still finishing ${left.join(', ')} before its children ${childIds}`
          : `${name} finished ${parents.join(', ')} and has not taken the leases of ${childIds} yet`,
    };
  }
  return { met: true, detail: `${name} finished ${parents.join(', ')} before reading its children ${childIds}.` };
}

function check(sim: SimState, constraint: GoalConstraint): ConstraintStatus {
  switch (constraint.kind) {
    case 'noWriteThrottling': {
      const last = sim.metrics[constraint.stream]?.lastSecond ?? {};
      const throttling = Object.entries(last).filter(([, m]) => m.WriteProvisionedThroughputExceeded > 0);
      return throttling.length === 0
        ? { constraint, met: true, detail: `No shard of ${constraint.stream} throttled writes in the last second.` }
        : {
            constraint,
            met: false,
            detail: throttling
              .map(([id, m]) => `${id} throttled ${m.WriteProvisionedThroughputExceeded} records in the last second`)
              .join('; '),
          };
    }
    case 'maxShardWriteUtilization': {
      const last = sim.metrics[constraint.stream]?.lastSecond ?? {};
      const over = Object.entries(last).flatMap(([id, m]) => {
        const demandRecords = m.IncomingRecords + m.WriteProvisionedThroughputExceeded;
        const avg = m.IncomingRecords > 0 ? m.IncomingBytes / m.IncomingRecords : 0;
        const demandBytes = m.IncomingBytes + m.WriteProvisionedThroughputExceeded * avg;
        const limitBytes = SHARD_WRITE_BYTES_PER_SECOND * constraint.max;
        const limitRecords = SHARD_WRITE_RECORDS_PER_SECOND * constraint.max;
        if (demandBytes > limitBytes) return [`${id} writes ${mbps(demandBytes)} > ${mbps(limitBytes)}`];
        if (demandRecords > limitRecords)
          return [`${id} writes ${demandRecords} records/s > ${Math.round(limitRecords)} records/s`];
        return [];
      });
      return over.length === 0
        ? {
            constraint,
            met: true,
            detail: `Every shard of ${constraint.stream} is within ${Math.round(constraint.max * 100)}% of its write limit.`,
          }
        : { constraint, met: false, detail: over.join('; ') };
    }
    case 'maxIteratorAge': {
      const app = sim.consumerApps.find((a) => a.config.name === constraint.consumer);
      const age = app ? maxIteratorAge(app) : Infinity;
      return age <= constraint.maxMs
        ? { constraint, met: true, detail: `${constraint.consumer} is ${age} ms behind (≤ ${constraint.maxMs} ms).` }
        : { constraint, met: false, detail: `${constraint.consumer} is ${age} ms behind > ${constraint.maxMs} ms` };
    }
    case 'maxOpenShards': {
      const stream = sim.streams[constraint.stream];
      const open = stream ? openShards(stream).length : 0;
      return open <= constraint.max
        ? {
            constraint,
            met: true,
            detail: `${constraint.stream} has ${plural(open, 'open shard')} (≤ ${constraint.max}).`,
          }
        : {
            constraint,
            met: false,
            detail: `${constraint.stream} has ${plural(open, 'open shard')} > ${constraint.max}`,
          };
    }
    case 'minProducerRate': {
      const producer = sim.producers.find((p) => p.config.id === constraint.producer && !p.removed);
      const rate = producer?.config.enabled ? Math.round(rateAt(producer.config.rate, sim.now)) : 0;
      const min = constraint.userRecordsPerSecond;
      if (!producer?.config.enabled) return { constraint, met: false, detail: `${constraint.producer} is stopped` };
      return rate >= min
        ? { constraint, met: true, detail: `${constraint.producer} sends ${rate} user records/s (≥ ${min}).` }
        : {
            constraint,
            met: false,
            detail: `${constraint.producer} sends ${rate} user records/s < ${min} user records/s`,
          };
    }
    case 'parentsFinishedFirst': {
      const app = sim.consumerApps.find((a) => a.config.name === constraint.consumer);
      if (!app) return { constraint, met: false, detail: `${constraint.consumer} is not running` };
      return { constraint, ...parentsFinishedFirst(sim, app) };
    }
    case 'noBlockedShards':
      return { constraint, ...noBlockedShards(sim, constraint.function, constraint.maxMs) };
    case 'maxLambdaIteratorAge':
      return { constraint, ...maxLambdaIteratorAge(sim, constraint.function, constraint.maxMs) };
    case 'maxDataFreshness':
      return { constraint, ...maxDataFreshness(sim, constraint.firehose, constraint.maxSeconds) };
    case 'minObjectSize':
      return { constraint, ...minObjectSize(sim, constraint.firehose, constraint.minBytes) };
    case 'noDataLoss': {
      const lost = sim.consumerApps.find((a) => a.config.name === constraint.consumer)?.stats.lostRecords ?? 0;
      return lost === 0
        ? { constraint, met: true, detail: `${constraint.consumer} has lost no records.` }
        : {
            constraint,
            met: false,
            detail: `${constraint.consumer} lost ${lost} records that expired before it read them`,
          };
    }
  }
}

/**
 * Checks a scenario's goal against the simulation now: one line per constraint.
 * @example checkGoal(sim, scenario.goal.constraints).every((c) => c.met)
 */
export function checkGoal(sim: SimState, constraints: GoalConstraint[]): ConstraintStatus[] {
  return constraints.map((c) => check(sim, c));
}
