import { maxIteratorAge } from '../engine/consumers';
import { MiB, SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND } from '../engine/limits';
import type { SimState } from '../engine/types';
import type { GoalConstraint } from './scenarioSchema';

export interface ConstraintStatus {
  constraint: GoalConstraint;
  met: boolean;
  /** What holds, or what still fails and by how much. */
  detail: string;
}

const mbps = (bytes: number) => `${(bytes / MiB).toFixed(2)} MB/s`;

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
