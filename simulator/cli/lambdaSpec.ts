import { b, j, n, s, type CommandSpec, type ParamSpec } from './commandSpec';

/** The event source mapping settings (fact 21), shared by create and update. */
const MAPPING_SETTINGS: ParamSpec[] = [
  n('BatchSize', '1–10000 records per invocation (default 100).'),
  s('StartingPosition', 'TRIM_HORIZON, LATEST or AT_TIMESTAMP.'),
  { member: 'StartingPositionTimestamp', type: 'timestamp', doc: 'For AT_TIMESTAMP.' },
  n('MaximumBatchingWindowInSeconds', '0–300 seconds to wait for a fuller batch (default 0).'),
  n('ParallelizationFactor', '1–10 batches per shard at once (default 1).'),
  b('BisectBatchOnFunctionError', 'Split a failing batch in two and retry each half (--no-… to turn off).'),
  n('MaximumRetryAttempts', '-1 (until the records expire) to 10000.'),
  n('MaximumRecordAgeInSeconds', '-1 (no limit) to 604800.'),
  j('DestinationConfig', 'OnFailure={Destination=<SQS, SNS or S3 ARN>} as JSON.'),
  { member: 'FunctionResponseTypes', type: 'list', doc: 'ReportBatchItemFailures.' },
  b('Enabled', 'Whether the mapping polls (--no-enabled to pause it).'),
];
const FUNCTION_REQUIRED = s('FunctionName', 'The function’s name or ARN.', true);
const ZIP_FILE: ParamSpec = { member: 'ZipFile', type: 'blob', required: true, doc: 'fileb://function.zip' };

/** The `aws lambda` commands: functions from a .zip (a lab's editor code) and event source mappings. */
export const LAMBDA_COMMANDS: CommandSpec[] = [
  {
    service: 'lambda',
    command: 'create-function',
    summary: 'Creates a function from a .zip deployment package (in a lab, fileb://function.zip is the editor’s code).',
    params: [
      FUNCTION_REQUIRED,
      s('Runtime', 'nodejs22.x or python3.12.', true),
      s('Role', 'The execution role’s ARN (IAM is not simulated: any well-formed role ARN works).', true),
      s('Handler', 'index.handler (Node.js) or lambda_function.lambda_handler (Python).', true),
      ZIP_FILE,
      n('Timeout', '1–900 seconds (default 3).'),
      n('MemorySize', '128–10240 MB (default 128).'),
    ],
    nest: { ZipFile: 'Code' },
  },
  {
    service: 'lambda',
    command: 'update-function-code',
    summary: 'Deploys a new .zip to a function.',
    params: [FUNCTION_REQUIRED, ZIP_FILE],
  },
  {
    service: 'lambda',
    command: 'update-function-configuration',
    summary: 'Changes a function’s timeout, memory, handler or runtime.',
    params: [
      FUNCTION_REQUIRED,
      n('Timeout', '1–900 seconds.'),
      n('MemorySize', '128–10240 MB.'),
      s('Handler', 'The handler.'),
      s('Runtime', 'nodejs22.x or python3.12.'),
      s('Role', 'The execution role’s ARN.'),
    ],
  },
  { service: 'lambda', command: 'get-function', summary: 'Describes a function.', params: [FUNCTION_REQUIRED] },
  {
    service: 'lambda',
    command: 'get-function-configuration',
    summary: 'Describes a function’s settings.',
    params: [FUNCTION_REQUIRED],
  },
  {
    service: 'lambda',
    command: 'invoke',
    summary:
      'Runs a deployed function with a payload and writes its response to a file (read it with cat); prints the status, and with --log-type Tail the end of the log, base64.',
    params: [
      FUNCTION_REQUIRED,
      {
        member: 'Payload',
        type: 'blob',
        doc: 'The event as JSON: add --cli-binary-format raw-in-base64-out to pass it as text, e.g. --payload \'{"key": 1}\'.',
      },
      s('InvocationType', 'RequestResponse (default: wait for the response), Event (asynchronous) or DryRun.'),
      s('LogType', 'Tail: return the last 4 KB of the invocation’s log in LogResult (base64).'),
      s('Qualifier', '$LATEST (versions and aliases are not simulated).'),
    ],
    outfile: 'The file the response (or the error) is written to.',
  },
  { service: 'lambda', command: 'list-functions', summary: 'Lists the functions.', params: [] },
  { service: 'lambda', command: 'delete-function', summary: 'Deletes a function.', params: [FUNCTION_REQUIRED] },
  {
    service: 'lambda',
    command: 'create-event-source-mapping',
    summary: 'Connects a function to a stream: Lambda polls its shards and invokes the function with batches.',
    params: [
      s('FunctionName', 'The function.', true),
      s('EventSourceArn', 'The stream’s ARN.', true),
      ...MAPPING_SETTINGS,
    ],
  },
  {
    service: 'lambda',
    command: 'update-event-source-mapping',
    summary: 'Changes a mapping’s settings (the starting position cannot change).',
    params: [
      s('UUID', 'The mapping’s id.', true),
      s('FunctionName', 'Another function.'),
      ...MAPPING_SETTINGS.slice(0, 1),
      ...MAPPING_SETTINGS.slice(3),
    ],
  },
  {
    service: 'lambda',
    command: 'get-event-source-mapping',
    summary: 'Describes a mapping.',
    params: [s('UUID', 'The mapping’s id.', true)],
  },
  {
    service: 'lambda',
    command: 'list-event-source-mappings',
    summary: 'Lists mappings, optionally of one function or one stream.',
    params: [s('FunctionName', 'Only this function’s.'), s('EventSourceArn', 'Only this stream’s.')],
  },
  {
    service: 'lambda',
    command: 'delete-event-source-mapping',
    summary: 'Deletes a mapping.',
    params: [s('UUID', 'The mapping’s id.', true)],
  },
];
