import { advance } from '../engine/advance';
import { addConsumerApp } from '../engine/consumers';
import { createSimulation } from '../engine/createSimulation';
import { createDeliveryStream } from '../engine/firehose/deliveryStreams';
import { createEventSourceMapping } from '../engine/lambda/eventSourceMappings';
import { createFunction } from '../engine/lambda/functions';
import { checkTemplate } from '../engine/dataTemplate';
import { addProducer } from '../engine/producers';
import { setRetention } from '../engine/streamSettings';
import { createStream } from '../engine/streams';
import type { SimState } from '../engine/types';
import { firehoseConfig } from './firehoseConfig';
import { scenarioSchema, type Scenario } from './scenarioSchema';

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/**
 * Validates a scenario (from a file, a link or an import) and explains the first problems in words,
 * naming where they are: `producers.0.rate.recordsPerSecond: Too small: expected number to be >=0`.
 * @example parseScenario(JSON.parse(text), 'hot-key.json')
 */
export function parseScenario(data: unknown, source: string): ScenarioResult {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(scenario)'}: ${i.message}`);
    return { ok: false, error: `${source} is not a valid scenario:\n- ${problems.join('\n- ')}` };
  }
  const scenario = parsed.data;
  const streams = new Set(scenario.streams.map((s) => s.name));
  for (const [i, p] of scenario.producers.entries()) {
    if (!streams.has(p.stream))
      return {
        ok: false,
        error: `${source}: producers.${i}.stream names "${p.stream}", which the scenario does not create.`,
      };
    const templateProblem = p.template ? checkTemplate(p.template) : null;
    if (templateProblem) return { ok: false, error: `${source}: producers.${i}.template: ${templateProblem}` };
  }
  for (const [i, c] of scenario.consumers.entries()) {
    if (!streams.has(c.stream))
      return {
        ok: false,
        error: `${source}: consumers.${i}.stream names "${c.stream}", which the scenario does not create.`,
      };
  }
  for (const [i, l] of (scenario.lambdas ?? []).entries()) {
    if (!streams.has(l.mapping.stream))
      return {
        ok: false,
        error: `${source}: lambdas.${i}.mapping.stream names "${l.mapping.stream}", which the scenario does not create.`,
      };
  }
  for (const [i, f] of (scenario.firehoses ?? []).entries()) {
    if (f.source.kind === 'KinesisStream' && !streams.has(f.source.stream))
      return {
        ok: false,
        error: `${source}: firehoses.${i}.source.stream names "${f.source.stream}", which the scenario does not create.`,
      };
  }
  return { ok: true, scenario };
}

/**
 * The scenario's starting state: its streams ACTIVE, producers and consumers in place, at virtual time
 * zero plus the creation delay. Deterministic for the scenario's seed.
 */
export function startScenario(scenario: Scenario): SimState {
  const sim = createSimulation({ seed: scenario.seed });
  for (const s of scenario.streams) createStream(sim, { name: s.name, mode: s.mode, shardCount: s.shardCount });
  // Created with the streams, so they too are ACTIVE when the scenario starts.
  for (const f of scenario.firehoses ?? []) createDeliveryStream(sim, firehoseConfig(f));
  advance(sim, sim.now + 2_000);
  for (const s of scenario.streams)
    if (s.retentionHours && s.retentionHours > 24) setRetention(sim, s.name, s.retentionHours, 'increase');
  scenario.producers.forEach((p, i) => addProducer(sim, { ...p, enabled: true, seed: scenario.seed + i + 1 }));
  for (const c of scenario.consumers) addConsumerApp(sim, { ...c, enabled: true });
  for (const { mapping, ...fn } of scenario.lambdas ?? []) {
    createFunction(sim, { ...fn, concurrency: fn.concurrency ?? null, failure: fn.failure ?? { kind: 'none' } });
    createEventSourceMapping(sim, { ...mapping, functionName: fn.name });
  }
  return sim;
}
