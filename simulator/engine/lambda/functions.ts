import { emit } from '../events';
import { seedPrng } from '../prng';
import type { SimState } from '../types';
import { functionArn } from './lambdaEvent';
import { LambdaError, outOfRange } from './lambdaErrors';
import { FUNCTION_MEMORY_MB, FUNCTION_TIMEOUT_SECONDS } from './lambdaLimits';
import { CODE_RUNTIMES, type LambdaFunctionConfig, type LambdaFunctionState, type LambdaState } from './lambdaTypes';

const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** The simulation's Lambda state, created on first use (older saved states have none). */
export function lambdaState(state: SimState): LambdaState {
  // Seeded from the simulation's seed state without drawing from it, so adding Lambda changes no other draw.
  state.lambda ??= { functions: [], mappings: [], prng: seedPrng((state.prng[0] ^ 0x1a3bda) >>> 0) };
  return state.lambda;
}

export function findFunction(state: SimState, name: string): LambdaFunctionState {
  const fn = state.lambda?.functions.find((f) => f.config.name === name);
  if (!fn)
    throw new LambdaError(
      'ResourceNotFoundException',
      `Function not found: ${functionArn(state.region, state.account, name)}`,
    );
  return fn;
}

const HANDLER = /^[^\s]+$/;

/** CreateFunction's constraints on a deployed package's settings, in Lambda's validation wording. */
function checkCode(code: NonNullable<LambdaFunctionConfig['code']>, bad: (message: string) => LambdaError): void {
  if (!(CODE_RUNTIMES as readonly string[]).includes(code.runtime))
    throw bad(
      `The runtime parameter of ${code.runtime} is not available in this simulator: labs run ${CODE_RUNTIMES.join(' and ')}.`,
    );
  if (!HANDLER.test(code.handler) || code.handler.length > 128)
    throw bad(
      `1 validation error detected: Value '${code.handler}' at 'handler' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+`,
    );
  const t = FUNCTION_TIMEOUT_SECONDS;
  if (!Number.isInteger(code.timeoutSeconds) || code.timeoutSeconds < t.min || code.timeoutSeconds > t.max)
    throw outOfRange('timeout', code.timeoutSeconds, t.min, t.max);
  const m = FUNCTION_MEMORY_MB;
  if (!Number.isInteger(code.memorySizeMb) || code.memorySizeMb < m.min || code.memorySizeMb > m.max)
    throw outOfRange('memorySize', code.memorySizeMb, m.min, m.max);
}

function check(config: LambdaFunctionConfig): void {
  const bad = (message: string) => new LambdaError('InvalidParameterValueException', message);
  if (!FUNCTION_NAME.test(config.name))
    throw bad(
      `1 validation error detected: Value '${config.name}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]{1,64}`,
    );
  if (!(config.durationMsPerRecord >= 0)) throw bad('The duration per record must be 0 ms or more.');
  if (config.concurrency !== null && !(Number.isInteger(config.concurrency) && config.concurrency >= 1))
    throw bad('Reserved concurrency must be a whole number of 1 or more, or unreserved.');
  if (config.failure.kind === 'errorRate' && !(config.failure.rate >= 0 && config.failure.rate <= 1))
    throw bad('The error rate must be between 0 and 1.');
  if (config.code) checkCode(config.code, bad);
  if (
    config.failure.kind === 'poisonKey' &&
    !(config.failure.partitionKey.length >= 1 && config.failure.partitionKey.length <= 256)
  )
    throw bad('The poison partition key must be 1–256 characters.');
}

/**
 * Creates a simulated function (`lambda/createFunction`).
 * @example createFunction(sim, { name: 'enrich', durationMsPerRecord: 2, concurrency: null, failure: { kind: 'none' } })
 */
export function createFunction(state: SimState, config: LambdaFunctionConfig): LambdaFunctionState {
  check(config);
  const lambda = lambdaState(state);
  if (lambda.functions.some((f) => f.config.name === config.name))
    throw new LambdaError('ResourceConflictException', `Function already exist: ${config.name}`);
  const fn: LambdaFunctionState = { config, running: 0, stats: { invocations: 0, errors: 0, throttles: 0 } };
  lambda.functions.push(fn);
  emit(state, { type: 'lambda/functionCreated', function: config.name });
  return fn;
}

/**
 * Changes a function's duration, concurrency or failure mode (`lambda/updateFunction`); running
 * invocations finish as they started.
 * @example updateFunction(sim, 'enrich', { failure: { kind: 'none' } })
 */
export function updateFunction(
  state: SimState,
  name: string,
  changes: Partial<Omit<LambdaFunctionConfig, 'name'>>,
): void {
  const fn = findFunction(state, name);
  const config = { ...fn.config, ...changes, name };
  check(config);
  fn.config = config;
}

/**
 * Deletes a function and, unlike AWS (where they would stay and fail), its event source mappings.
 * @example deleteFunction(sim, 'enrich')
 */
export function deleteFunction(state: SimState, name: string): void {
  findFunction(state, name);
  const lambda = lambdaState(state);
  lambda.functions = lambda.functions.filter((f) => f.config.name !== name);
  lambda.mappings = lambda.mappings.filter((m) => m.config.functionName !== name);
  emit(state, { type: 'lambda/functionDeleted', function: name });
}
