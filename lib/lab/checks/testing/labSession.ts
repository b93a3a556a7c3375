import { callApi } from '@/simulator/api/callApi';
import { applyCommand, type SimCommand } from '@/simulator/engine/commands';
import { KinesisError } from '@/simulator/engine/errors';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import { loadScenarioFile } from '@/simulator/scenarios/testing/loadScenarioFile';

/** 2026-01-01T00:00:00Z: where every simulation starts (virtual ms). */
export const T0 = Date.UTC(2026, 0, 1);

/**
 * A lab session as the lab page runs one: a scenario, and every command applied and kept in the log the
 * checks read (failed API calls included, as the store keeps them).
 * @example const lab = labSession('lab-hot-key'); lab.advanceTo(T0 + 10_000)
 */
export function labSession(scenario: string) {
  const sim = startScenario(loadScenarioFile(scenario));
  const log: SimCommand[] = [];
  const run = (command: SimCommand) => {
    log.push(command);
    try {
      return applyCommand(sim, command, callApi);
    } catch (error) {
      if (error instanceof KinesisError) return error;
      throw error;
    }
  };
  /** The lab clock: whole seconds only, consecutive advances merged as the store does. */
  const advanceTo = (ms: number) => {
    const until = ms - (ms % 1000);
    if (until <= sim.now) return;
    if (log.at(-1)?.type === 'time/advance') log.pop();
    run({ type: 'time/advance', until });
  };
  const kinesis = (operation: string, input: Record<string, unknown>) => run({ type: 'api/call', operation, input });
  return { sim, log, run, advanceTo, kinesis };
}
