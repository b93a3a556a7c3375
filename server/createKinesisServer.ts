import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KinesisOperationHandler } from '../simulator/api/KinesisError';
import { dispatchKinesisRequest, type EndpointResponse } from './dispatchKinesisRequest';
import { AMZ_JSON_CONTENT_TYPE, MAX_REQUEST_BYTES, errorBody, type ProtocolErrorName } from './protocol';

/** One answered call, for a request log. */
export interface CallSummary {
  /** The Kinesis operation, when the target named one. */
  operation?: string;
  status: number;
  errorName?: ProtocolErrorName;
  durationMs: number;
}

export interface KinesisServerOptions {
  handler: KinesisOperationHandler;
  /** Defaults to 127.0.0.1: the endpoint has no authentication, so it listens on loopback unless asked. */
  host?: string;
  /** 0 picks a free port; `listen()` reports the real one. */
  port: number;
  /** Where internal failures are reported; defaults to stderr. */
  log?: (line: string) => void;
  /** Called after every response, e.g. to print a request log. */
  onCall?: (call: CallSummary) => void;
}

export interface KinesisServer {
  /** Starts listening; rejects with the system error (code EADDRINUSE, EACCES…) when the port cannot be bound. */
  listen(): Promise<{ url: string }>;
  /** Stops accepting connections and resolves once in-flight calls have been answered. */
  close(): Promise<void>;
}

/**
 * A local HTTP endpoint speaking Kinesis' AWS JSON 1.1 protocol, so the AWS CLI v2 and SDKs can call `handler`.
 * @example const { url } = await createKinesisServer({ handler, port: 4567 }).listen() // url: 'http://127.0.0.1:4567'
 */
export function createKinesisServer(options: KinesisServerOptions): KinesisServer {
  const { handler, host = '127.0.0.1', port } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const server = createServer((request, response) => {
    serve(request, response, handler, log, options.onCall).catch((error: unknown) => {
      // Only a failure to write the response lands here (the dispatcher never rejects); the socket is gone.
      log(`Could not answer a request: ${error instanceof Error ? error.message : String(error)}`);
    });
  });

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const address = server.address() as AddressInfo;
          const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ url: `http://${hostPart}:${address.port}` });
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (the SDK's agent keeps them) would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  handler: KinesisOperationHandler,
  log: (line: string) => void,
  onCall: ((call: CallSummary) => void) | undefined,
): Promise<void> {
  const started = performance.now();
  const body = await readBody(request);
  if (body === 'gone') return;
  const answer: EndpointResponse =
    body === 'too large'
      ? {
          status: 413,
          headers: { 'Content-Type': AMZ_JSON_CONTENT_TYPE },
          body: errorBody(
            'RequestEntityTooLargeException',
            `The request body is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MiB, the most this endpoint reads. Kinesis itself takes at most 10 MiB of data per PutRecords call.`,
          ),
          errorName: 'RequestEntityTooLargeException',
        }
      : await dispatchKinesisRequest(
          {
            method: request.method ?? 'GET',
            url: request.url ?? '/',
            target: headerValue(request, 'x-amz-target'),
            contentType: headerValue(request, 'content-type'),
            body: body.text,
          },
          handler,
          log,
        );
  if (response.destroyed) return;
  const bytes = Buffer.from(answer.body, 'utf8');
  response.writeHead(answer.status, {
    ...answer.headers,
    'Content-Length': String(bytes.length),
    // The SDK surfaces this as $metadata.requestId, as it does for real AWS responses.
    'x-amzn-RequestId': randomUUID(),
  });
  response.end(bytes);
  onCall?.({
    operation: answer.operation,
    status: answer.status,
    errorName: answer.errorName,
    durationMs: Math.round(performance.now() - started),
  });
}

/**
 * The body's text; 'too large' once it passes MAX_REQUEST_BYTES; 'gone' when the client hung up mid-upload.
 * The rest of an oversized body is still read and dropped: closing the socket mid-upload makes clients report
 * a connection reset instead of the 413.
 */
type BodyRead = { text: string } | 'too large' | 'gone';

function readBody(request: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(request.headers['content-length']) > MAX_REQUEST_BYTES;
    if (tooLarge) {
      request.resume();
      resolve('too large');
      return;
    }
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8') }));
    // An aborted upload (a Ctrl-C'd CLI call) is the client's choice, not a failure worth logging.
    request.on('error', () => resolve('gone'));
  });
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
