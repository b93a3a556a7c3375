import { createFunction, deleteFunction, findFunction, updateFunction } from '../../engine/lambda/functions';
import { logGroupName } from '../../engine/lambda/functionLogs';
import { executionRoleArn, functionArn } from '../../engine/lambda/lambdaEvent';
import { LambdaError } from '../../engine/lambda/lambdaErrors';
import { FUNCTION_MEMORY_MB, FUNCTION_PENDING_MS, FUNCTION_TIMEOUT_SECONDS } from '../../engine/lambda/lambdaLimits';
import type { CodeRuntime, FunctionCode, LambdaFunctionState } from '../../engine/lambda/lambdaTypes';
import type { SimState } from '../../engine/types';
import { readPackage } from './deploymentPackage';
import type { LambdaInput } from './readLambdaInput';

const ROLE = /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;

/** Lambda's time format in FunctionConfiguration: `2026-11-22T13:00:00.000+0000`. */
const lambdaTime = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');

/** Lambda's FunctionConfiguration for a function; modelled functions (no code) say so in Description. */
export function describeFunction(sim: SimState, fn: LambdaFunctionState) {
  const code = fn.config.code;
  const pending = code !== undefined && code.activeAt > sim.now;
  return {
    FunctionName: fn.config.name,
    FunctionArn: functionArn(sim.region, sim.account, fn.config.name),
    Runtime: code?.runtime ?? 'nodejs22.x',
    Role: code?.role ?? executionRoleArn(sim.account, fn.config.name),
    Handler: code?.handler ?? 'index.handler',
    CodeSize: code?.codeSize ?? 0,
    Description: code ? '' : 'Modelled by the simulator: a cost per record and a way to fail, with no code.',
    Timeout: code?.timeoutSeconds ?? FUNCTION_TIMEOUT_SECONDS.default,
    MemorySize: code?.memorySizeMb ?? FUNCTION_MEMORY_MB.default,
    LastModified: lambdaTime(code?.lastModified ?? sim.now),
    CodeSha256: code?.codeSha256 ?? '',
    Version: '$LATEST',
    TracingConfig: { Mode: 'PassThrough' },
    State: pending ? 'Pending' : 'Active',
    ...(pending ? { StateReason: 'The function is being created.', StateReasonCode: 'Creating' } : {}),
    LastUpdateStatus: 'Successful',
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    EphemeralStorage: { Size: 512 },
    LoggingConfig: { LogFormat: 'Text', LogGroup: logGroupName(fn.config.name) },
  };
}

function integerIn(input: LambdaInput, member: string, range: { min: number; max: number; default: number }): number {
  return input.int(member) ?? range.default;
}

/**
 * The .zip of a request: CreateFunction carries it in `Code.ZipFile` (the CLI's `--zip-file` fills that in),
 * UpdateFunctionCode in `ZipFile`. Command logs saved before CreateFunction took `Code` hold a top-level
 * `ZipFile`, which is still read so saved labs replay.
 */
function packageFrom(input: LambdaInput, at: 'Code' | 'ZipFile') {
  const code = input.raw('Code');
  const zip =
    at === 'Code' && code && typeof code === 'object' ? (code as { ZipFile?: unknown }).ZipFile : input.raw('ZipFile');
  if (typeof zip !== 'string' || zip.length === 0)
    throw new LambdaError(
      'InvalidParameterValueException',
      'Please provide a source for function code: upload a .zip file with --zip-file fileb://function.zip.',
    );
  return readPackage(zip);
}

/** CreateFunction from a .zip (`--zip-file fileb://function.zip`); the function is Pending for a second. */
export function CreateFunction(sim: SimState, input: LambdaInput) {
  const name = input.required('FunctionName');
  const runtime = input.required('Runtime') as CodeRuntime;
  const role = input.required('Role');
  const handler = input.required('Handler');
  if (!ROLE.test(role))
    throw new LambdaError(
      'InvalidParameterValueException',
      `1 validation error detected: Value '${role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+`,
    );
  const pkg = packageFrom(input, 'Code');
  const code: FunctionCode = {
    runtime,
    handler,
    role,
    files: pkg.files,
    codeSize: pkg.codeSize,
    codeSha256: pkg.codeSha256,
    timeoutSeconds: integerIn(input, 'Timeout', FUNCTION_TIMEOUT_SECONDS),
    memorySizeMb: integerIn(input, 'MemorySize', FUNCTION_MEMORY_MB),
    lastModified: sim.now,
    activeAt: sim.now + FUNCTION_PENDING_MS,
  };
  const fn = createFunction(sim, { name, durationMsPerRecord: 0, concurrency: null, failure: { kind: 'none' }, code });
  return describeFunction(sim, fn);
}

/** A function with a package, or Lambda's error for a modelled one that cannot take code. */
function codeFunction(sim: SimState, input: LambdaInput): LambdaFunctionState & { config: { code: FunctionCode } } {
  const fn = findFunction(sim, input.required('FunctionName'));
  if (!fn.config.code)
    throw new LambdaError(
      'InvalidParameterValueException',
      `${fn.config.name} is a modelled function of this scenario: it has no code to update.`,
    );
  return fn as LambdaFunctionState & { config: { code: FunctionCode } };
}

/** UpdateFunctionCode: a new .zip; invocations already running finish with the old code. */
export function UpdateFunctionCode(sim: SimState, input: LambdaInput) {
  const fn = codeFunction(sim, input);
  const pkg = packageFrom(input, 'ZipFile');
  const code = {
    ...fn.config.code,
    files: pkg.files,
    codeSize: pkg.codeSize,
    codeSha256: pkg.codeSha256,
    lastModified: sim.now,
  };
  updateFunction(sim, fn.config.name, { code });
  return describeFunction(sim, findFunction(sim, fn.config.name));
}

/** UpdateFunctionConfiguration: Timeout, MemorySize, Handler, Runtime, Role. */
export function UpdateFunctionConfiguration(sim: SimState, input: LambdaInput) {
  const fn = codeFunction(sim, input);
  const old = fn.config.code;
  const code: FunctionCode = {
    ...old,
    runtime: (input.string('Runtime') as CodeRuntime | undefined) ?? old.runtime,
    handler: input.string('Handler') ?? old.handler,
    role: input.string('Role') ?? old.role,
    timeoutSeconds: input.int('Timeout') ?? old.timeoutSeconds,
    memorySizeMb: input.int('MemorySize') ?? old.memorySizeMb,
    lastModified: sim.now,
  };
  updateFunction(sim, fn.config.name, { code });
  return describeFunction(sim, findFunction(sim, fn.config.name));
}

export function GetFunction(sim: SimState, input: LambdaInput) {
  const fn = findFunction(sim, input.required('FunctionName'));
  // On AWS, Code.Location is a presigned S3 URL to download the package; the simulator has no such URL.
  return { Configuration: describeFunction(sim, fn), Code: { RepositoryType: 'S3' } };
}

export function GetFunctionConfiguration(sim: SimState, input: LambdaInput) {
  return describeFunction(sim, findFunction(sim, input.required('FunctionName')));
}

export function ListFunctions(sim: SimState) {
  return { Functions: (sim.lambda?.functions ?? []).map((fn) => describeFunction(sim, fn)) };
}

/** DeleteFunction (no output, as on AWS). */
export function DeleteFunction(sim: SimState, input: LambdaInput) {
  deleteFunction(sim, findFunction(sim, input.required('FunctionName')).config.name);
  return {};
}
