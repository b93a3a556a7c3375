import { KinesisError, type KinesisOperationHandler } from '../simulator/api/KinesisError';
import {
  AMZ_JSON_CONTENT_TYPE,
  ProtocolError,
  checkContentType,
  errorBody,
  httpStatusFor,
  targetOf,
  parseInput,
  serializeOutput,
  type ProtocolErrorName,
} from './protocol';

/** One HTTP request as the endpoint sees it, already read off the socket. */
export interface EndpointRequest {
  method: string;
  /** The request target, query string included (`/`, `/?x=1`). */
  url: string;
  target?: string;
  contentType?: string;
  body: string;
}

/** What to send back. `operation` and `errorName` are for logs and call summaries, not the wire. */
export interface EndpointResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  operation?: string;
  errorName?: ProtocolErrorName;
}

/**
 * Turns one AWS JSON 1.1 request into its response: checks path, method, target and content type, parses the
 * body, calls the handler and maps what it returns or throws. Never rejects: an unexpected error becomes a 500
 * InternalFailure, and its details go to `log` rather than to the client.
 * @example await dispatchKinesisRequest({ method: 'POST', url: '/', target: 'Kinesis_20131202.ListStreams', body: '{}' }, handler, console.error)
 */
export async function dispatchKinesisRequest(
  request: EndpointRequest,
  handler: KinesisOperationHandler,
  log: (line: string) => void,
): Promise<EndpointResponse> {
  let operation: string | undefined;
  try {
    checkRoute(request);
    const target = targetOf(request.target);
    operation = target.operation;
    checkContentType(request.contentType);
    const input = parseInput(request.body);
    // Kinesis calls keep the two-argument form, so handlers that serve Kinesis alone need not know about Firehose.
    const output: unknown = await (target.service === 'firehose'
      ? handler(operation, input, 'firehose')
      : handler(operation, input));
    return { status: 200, headers: jsonHeaders(), body: serializeOutput(output), operation };
  } catch (error) {
    if (error instanceof KinesisError || error instanceof ProtocolError) {
      const status = error instanceof ProtocolError ? error.status : httpStatusFor(error.name);
      const headers = jsonHeaders();
      if (error.name === 'MethodNotAllowedException') headers.Allow = 'POST';
      return { status, headers, body: errorBody(error.name, error.message), operation, errorName: error.name };
    }
    // The client gets no stack trace or internals (they may hold payloads); the person running the endpoint does.
    const where = operation === undefined ? 'a request' : operation;
    log(`InternalFailure in ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return {
      status: 500,
      headers: jsonHeaders(),
      body: errorBody(
        'InternalFailure',
        'The simulator failed to process the request. The endpoint log has the details.',
      ),
      operation,
      errorName: 'InternalFailure',
    };
  }
}

function checkRoute(request: EndpointRequest): void {
  // Kinesis itself ignores the path, but anything other than `/` here is almost surely a mistyped
  // --endpoint-url or a browser visit, and a clear 404 beats a confusing Kinesis error.
  const path = request.url.split('?')[0];
  if (path !== '/') {
    throw new ProtocolError(
      'NotFoundException',
      `Nothing at ${path}: the Kinesis endpoint answers POST / only. Point --endpoint-url at the server's root URL.`,
    );
  }
  if (request.method !== 'POST') {
    throw new ProtocolError(
      'MethodNotAllowedException',
      `${request.method} / is not supported: this is a Kinesis API endpoint (AWS JSON 1.1), called with POST / and an X-Amz-Target header, e.g. by "aws --endpoint-url <this URL> kinesis list-streams".`,
    );
  }
}

function jsonHeaders(): Record<string, string> {
  return { 'Content-Type': AMZ_JSON_CONTENT_TYPE };
}
