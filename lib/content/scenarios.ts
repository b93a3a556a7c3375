import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { parseScenario } from '@/simulator/scenarios/loadScenario';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';

export const SCENARIOS_DIR = 'content/scenarios';

/**
 * Every scenario by id (its file name), validated; throws naming the file and field of a bad one.
 * @example Object.keys(loadScenarios()) // ['consumer-falls-behind', 'hot-key', …]
 */
export const loadScenarios = cache(function loadScenarios(root: string = process.cwd()): Record<string, Scenario> {
  const files = readdirSync(path.join(root, SCENARIOS_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const scenarios: Record<string, Scenario> = {};
  for (const file of files) {
    const where = `${SCENARIOS_DIR}/${file}`;
    const result = parseScenario(JSON.parse(readFileSync(path.join(root, where), 'utf8')), where);
    if (!result.ok) throw new Error(result.error);
    scenarios[file.replace(/\.json$/, '')] = result.scenario;
  }
  return scenarios;
});

/** One scenario, or an error naming the unknown id and the ones that exist. */
export function getScenario(id: string): Scenario {
  const scenarios = loadScenarios();
  const scenario = scenarios[id];
  if (!scenario)
    throw new Error(`No scenario "${id}" in ${SCENARIOS_DIR}. Known: ${Object.keys(scenarios).join(', ')}.`);
  return scenario;
}
