import type { ConsumerAppState, Lease, WorkerState } from './consumerTypes';
import type { SimState } from './types';

/** Consumers poll on a 50 ms grid at the finest, so a big jump and many small frames see the same polls. */
export const POLL_GRID_MS = 50;

const ceilToGrid = (t: number) => Math.ceil(t / POLL_GRID_MS) * POLL_GRID_MS;

/**
 * A worker processes its leases' batches one at a time, in a queue. It takes another batch while less
 * than one grid step of work is queued: enough to stay busy until the next poll, without reading far
 * ahead of what it has processed (processed counts and checkpoints are taken when a batch is read).
 * @example hasRoom(worker, sim.now) // false while more than 50 ms of batches wait for the worker
 */
export function hasRoom(worker: WorkerState, now: number): boolean {
  return worker.busyUntil <= now + POLL_GRID_MS;
}

/**
 * Queues a batch that takes `processingMs` behind the worker's earlier ones; returns when it is processed.
 * @example queueBatch(worker, sim.now, 60 * 0.05) // sim.now + 3 when the worker was idle
 */
export function queueBatch(worker: WorkerState, now: number, processingMs: number): number {
  worker.busyUntil = Math.max(worker.busyUntil, now) + processingMs;
  return worker.busyUntil;
}

/**
 * The leases due now, longest-waiting first (ties in lease-table order). A lease its worker had no room
 * for keeps its due time, so it goes ahead of leases that came due after it: no lease is starved, however
 * many a worker holds.
 * @example dueLeases(app, sim.now)[0] // the lease that has waited longest for its worker
 */
export function dueLeases(app: ConsumerAppState, now: number): Lease[] {
  return app.leases
    .filter((l) => l.leaseOwner !== null && l.nextPollAt <= now)
    .sort((a, b) => a.nextPollAt - b.nextPollAt);
}

/**
 * The next virtual time a consumer application has something to do, on the poll grid: a lease's next
 * poll, or room in a busy worker that leases are waiting for.
 * @example nextConsumerWakeUp(sim) // 1050 when every lease polls again in a second
 */
export function nextConsumerWakeUp(state: SimState): number {
  let next = Infinity;
  for (const app of state.consumerApps) {
    if (!app.config.enabled) continue;
    const waitedFor = new Set<string>();
    for (const lease of app.leases) {
      if (lease.leaseOwner === null) continue;
      if (lease.nextPollAt > state.now) next = Math.min(next, ceilToGrid(lease.nextPollAt));
      else waitedFor.add(lease.leaseOwner);
    }
    for (const worker of app.workers) {
      const room = worker.busyUntil - POLL_GRID_MS;
      if (waitedFor.has(worker.id) && room > state.now) next = Math.min(next, ceilToGrid(room));
    }
  }
  return next;
}
