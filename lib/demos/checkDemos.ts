import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { LOCAL_DEMO_ID } from './demoFile';
import { DEMOS_DIR } from './loadDemos';
import { parseDemo } from './parseDemo';
import { demoProblems } from './runDemo';

/**
 * The content check for content/demos: each file's schema, the scenarios and chapters it names, and a
 * full run of its beats (an action the simulation refuses, a highlight of a node that is not there).
 * @example checkDemos(process.cwd(), loadScenarios(), ['consumers']) // [] when all is well
 */
export function checkDemos(root: string, scenarios: Record<string, Scenario>, chapters: string[]): string[] {
  const files = readdirSync(path.join(root, DEMOS_DIR)).filter((f) => f.endsWith('.json'));
  return files.flatMap((file) => {
    const where = `${DEMOS_DIR}/${file}`;
    const id = file.replace(/\.json$/, '');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      return [`${where}: a demo's id is its file name: lowercase words joined by hyphens`];
    if (id === LOCAL_DEMO_ID) return [`${where}: "${LOCAL_DEMO_ID}" is reserved for imported demos; rename the file`];
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.join(root, where), 'utf8'));
    } catch (error) {
      return [`${where}: not valid JSON (${error instanceof Error ? error.message : error})`];
    }
    const result = parseDemo(data, where, { scenarios: Object.keys(scenarios), chapters });
    if (!result.ok) return [result.error];
    return demoProblems(result.demo, scenarios).map((p) => `${where}: ${p}`);
  });
}
