import type { SimCommand } from '@/simulator/engine/commands';
import { shardId as shardIdOf } from '@/simulator/engine/ids';
import type { SimState } from '@/simulator/engine/types';
import { shardRows } from '@/simulator/views/shardRows';
import type { DemoAction } from './demoSchema';

/** A demo action that names something the simulation does not have (a function, a stream). */
export class DemoActionError extends Error {
  override name = 'DemoActionError';
}

/**
 * The engine commands one action stands for, worked out against the current state (a split needs the
 * shard's hash key range, a mapping change its UUID), so the same action gives the same commands
 * whenever the same state is reached. Actions that only change the view (highlight, view, pause) and
 * `load` (a new simulation) give none.
 * @example actionCommands(sim, { do: 'play', seconds: 10 }) // [{ type: 'time/advance', until: sim.now + 10_000 }]
 */
export function actionCommands(sim: SimState, action: DemoAction): SimCommand[] {
  switch (action.do) {
    case 'play':
    case 'skip':
      return [{ type: 'time/advance', until: sim.now + action.seconds * 1000 }];
    case 'producer':
      return [{ type: 'producer/update', id: action.id, changes: action.set }];
    case 'consumer':
      return [{ type: 'consumer/update', name: action.name, changes: action.set }];
    case 'splitShard':
      return [splitCommand(sim, action.stream, action.shard)];
    case 'lambdaMapping': {
      const mapping = sim.lambda?.mappings.find((m) => m.config.functionName === action.function);
      if (!mapping) throw new DemoActionError(`there is no Lambda function "${action.function}" with a mapping`);
      return [{ type: 'lambda/updateMapping', uuid: mapping.uuid, changes: action.set }];
    }
    case 'command':
      return [action.command as SimCommand];
    default:
      return [];
  }
}

function splitCommand(sim: SimState, streamName: string, which: string): SimCommand {
  const stream = sim.streams[streamName];
  if (!stream) throw new DemoActionError(`there is no stream "${streamName}" to split`);
  const rows = shardRows(sim, streamName).filter((r) => r.open);
  // The busiest open shard: most throttled in the last second, then the highest write use.
  const hottest = [...rows].sort(
    (a, b) => b.throttledRecords - a.throttledRecords || b.writeUtilization - a.writeUtilization,
  )[0];
  const shardId = which === 'hottest' ? hottest?.shardId : which;
  const shard = stream.shards.find((s) => shardIdOf(s.index) === shardId);
  if (!shard || shard.closedAt !== null)
    throw new DemoActionError(`${streamName} has no open shard "${which}" to split`);
  const middle = (BigInt(shard.hashKeyStart) + BigInt(shard.hashKeyEnd) + 1n) / 2n;
  return {
    type: 'api/call',
    operation: 'SplitShard',
    input: { StreamName: streamName, ShardToSplit: shardId, NewStartingHashKey: middle.toString() },
  };
}

/**
 * Appends a command to a log the way the simulation store does: consecutive advances merge (exact,
 * because every advance ends on a whole second), so a rebuilt log equals the one the projector built.
 * @example appendCommand([{ type: 'time/advance', until: 1000 }], { type: 'time/advance', until: 2000 }).length // 1
 */
export function appendCommand(log: SimCommand[], command: SimCommand): SimCommand[] {
  const last = log.at(-1);
  if (command.type === 'time/advance' && last?.type === 'time/advance') return [...log.slice(0, -1), command];
  return [...log, command];
}
