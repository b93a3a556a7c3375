import type { ProducerConfig } from '../producerTypes';

/**
 * A producer for tests: 1,500 records/s of 100 bytes with the constant key "hot" into `demo`, unless
 * overridden.
 * @example addProducer(sim, testProducer({ keys: { kind: 'uuid' } }))
 */
export function testProducer(overrides: Partial<ProducerConfig> = {}): ProducerConfig {
  return {
    id: 'p1',
    stream: 'demo',
    rate: { kind: 'constant', recordsPerSecond: 1500 },
    size: { kind: 'fixed', bytes: 100 },
    keys: { kind: 'constant', key: 'hot' },
    enabled: true,
    seed: 1,
    ...overrides,
  };
}
