import { callApi } from '../api/callApi';
import { applyCommand } from '../engine/commands';
import { KinesisError } from '../engine/errors';
import type { SimState } from '../engine/types';
import { startScenario } from '../scenarios/loadScenario';
import { scenarioConsumerSchema, scenarioProducerSchema } from '../scenarios/scenarioSchema';
import type { Scenario } from '../scenarios/scenarioSchema';
import type { SharedSimulation } from './shareLink';
import type { SimCommand } from '../engine/commands';

export type RestoreResult = { ok: true; sim: SimState } | { ok: false; error: string };

/**
 * Rebuilds a shared simulation: the scenario's start with the link's seed, then its command log.
 * Commands that failed when the learner ran them fail again the same way; anything else that throws
 * means the link was tampered with or damaged, and nothing is returned.
 * @example const restored = restoreSimulation(scenario, decoded.shared)
 */
export function restoreSimulation(scenario: Scenario, shared: SharedSimulation): RestoreResult {
  try {
    const sim = startScenario({ ...scenario, seed: shared.seed });
    for (const command of shared.log) {
      if (!wellFormed(command)) throw new Error('damaged command');
      try {
        applyCommand(sim, command, callApi);
      } catch (error) {
        if (!(error instanceof KinesisError)) throw error;
      }
    }
    return { ok: true, sim };
  } catch {
    return {
      ok: false,
      error: 'This simulation could not be rebuilt: its command list is damaged. Nothing was changed.',
    };
  }
}

/**
 * Producers and consumers added by a link must be complete: the engine trusts its commands, and a
 * half-written config would only fail later, in the middle of a step.
 */
function wellFormed(command: SimCommand): boolean {
  switch (command.type) {
    case 'time/advance':
      return Number.isFinite(command.until);
    case 'producer/add':
      return (
        scenarioProducerSchema.safeParse(command.config).success &&
        typeof command.config.enabled === 'boolean' &&
        Number.isInteger(command.config.seed)
      );
    case 'consumer/add':
      return scenarioConsumerSchema.safeParse(command.config).success && typeof command.config.enabled === 'boolean';
    default:
      return true;
  }
}
