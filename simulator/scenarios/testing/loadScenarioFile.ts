import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenario } from '../loadScenario';
import type { Scenario } from '../scenarioSchema';

/**
 * A scenario from content/scenarios, validated, for tests; throws with the schema's explanation if invalid.
 * @example const sim = startScenario(loadScenarioFile('hot-key'))
 */
export function loadScenarioFile(id: string): Scenario {
  const file = path.join(import.meta.dirname, '../../../content/scenarios', `${id}.json`);
  const result = parseScenario(JSON.parse(readFileSync(file, 'utf8')), `${id}.json`);
  if (!result.ok) throw new Error(result.error);
  return result.scenario;
}
