import type { KinesisOperationHandler } from '../simulator/api/KinesisError';
import { createKinesisServer, type CallSummary } from './createKinesisServer';
import { LoadHandlerError } from './loadHandler';
import { ENDPOINT_USAGE, parseEndpointArgs } from './parseEndpointArgs';

export interface EndpointIo {
  loadHandler: () => Promise<KinesisOperationHandler>;
  /** Normal output: the banner and the call log. */
  out: (line: string) => void;
  /** Usage mistakes, start-up failures and internal failures. */
  err: (line: string) => void;
}

/** A started endpoint, or the exit code the process should end with (0 after --help). */
export type EndpointStart = { url: string; close: () => Promise<void> } | { exitCode: number };

/**
 * Everything `npm run endpoint` does short of owning the process: reads the arguments, loads the handler,
 * listens and prints how to call it. Exit codes: 2 for a usage mistake, 1 when the endpoint cannot start.
 * @example const started = await startEndpoint(['--port', '0'], { loadHandler, out: console.log, err: console.error })
 */
export async function startEndpoint(argv: string[], io: EndpointIo): Promise<EndpointStart> {
  const args = parseEndpointArgs(argv);
  if (args.kind === 'help') {
    io.out(ENDPOINT_USAGE);
    return { exitCode: 0 };
  }
  if (args.kind === 'error') {
    io.err(`Error: ${args.message}`);
    io.err(ENDPOINT_USAGE);
    return { exitCode: 2 };
  }

  let handler: KinesisOperationHandler;
  try {
    handler = await io.loadHandler();
  } catch (error) {
    const detail = error instanceof LoadHandlerError ? error.message : describe(error);
    io.err(`Error: the Kinesis endpoint cannot start. ${detail}`);
    return { exitCode: 1 };
  }

  const server = createKinesisServer({
    handler,
    host: args.host,
    port: args.port,
    log: io.err,
    onCall: args.quiet ? undefined : (call) => io.out(formatCall(call)),
  });
  let url: string;
  try {
    ({ url } = await server.listen());
  } catch (error) {
    io.err(`Error: ${describeListenError(error, args.host, args.port)}`);
    return { exitCode: 1 };
  }

  if (!isLoopback(args.host)) {
    io.err(
      `Warning: listening on ${args.host}, not loopback. Anyone who can reach this machine can call the endpoint: it has no authentication.`,
    );
  }
  io.out(`Shardlab Kinesis endpoint listening on ${url}`);
  io.out('One process, in memory: streams vanish when it stops. Any credentials are accepted. Ctrl-C stops it.');
  io.out('');
  io.out('Try it with the AWS CLI v2, which wants some credentials and a region (any values do):');
  io.out('  export AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x AWS_DEFAULT_REGION=us-east-1');
  io.out(`  aws --endpoint-url ${url} kinesis list-streams`);
  io.out('');
  return { url, close: () => server.close() };
}

function formatCall(call: CallSummary): string {
  const outcome = call.errorName ? `${call.status} ${call.errorName}` : String(call.status);
  return `${call.operation ?? '(no operation)'} → ${outcome} (${call.durationMs} ms)`;
}

function describeListenError(error: unknown, host: string, port: number): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use (another endpoint still running?). Stop that process or pick another port with --port.`;
    case 'EACCES':
      return `not allowed to listen on port ${port}. Ports below 1024 need privileges; pick another with --port, e.g. --port 4567.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on host "${host}": it is not an address of this machine. Use --host 127.0.0.1.`;
    default:
      return `cannot listen on ${host}:${port}: ${describe(error)}`;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
