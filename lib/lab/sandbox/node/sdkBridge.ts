import type * as KinesisSdk from '@aws-sdk/client-kinesis';
import type { KinesisClientConfig } from '@aws-sdk/client-kinesis';
import type { ApiCallRequest, ApiCallResult } from '../sandboxTypes';

/**
 * SDK mode: learners' code uses the real `@aws-sdk/client-kinesis`, and only the transport is replaced. The
 * SDK serializes a command into an AWS JSON 1.1 request (`x-amz-target: Kinesis_20131202.PutRecords`, JSON
 * body); instead of sending it over HTTP, the request handler below hands `{ service, operation, input }`
 * to the page, which answers from the simulator; the answer goes back as the HTTP response AWS would send,
 * so the SDK parses results, raises `ProvisionedThroughputExceededException` and retries exactly as it does
 * against AWS.
 */

export type CallApi = (call: ApiCallRequest) => Promise<ApiCallResult>;

/** The parts of the SDK's HttpRequest the handler reads. */
export interface SdkHttpRequest {
  headers: Record<string, string>;
  body?: unknown;
}

/** What the SDK accepts as an HttpResponse (it checks the shape, not the class). */
export interface SdkHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const SERVICE_TARGETS: Record<string, ApiCallRequest['service']> = {
  Kinesis_20131202: 'kinesis',
  Firehose_20150804: 'firehose',
};

// Server-side failures are 500s, which the SDK retries as transient; everything else AWS answers with 400.
const SERVER_ERRORS = new Set([
  'InternalFailure',
  'InternalFailureException',
  'ServiceUnavailable',
  'InternalServerError',
]);

const DUMMY_CREDENTIALS = { accessKeyId: 'AKIASHARDLABSANDBOX1', secretAccessKey: 'shardlab-sandbox-has-no-secrets' };

function requestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  return String(body);
}

function jsonResponse(statusCode: number, payload: unknown, errorType?: string): SdkHttpResponse {
  const headers: Record<string, string> = {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': requestId(),
  };
  if (errorType) headers['x-amzn-errortype'] = errorType;
  return { statusCode, headers, body: new TextEncoder().encode(JSON.stringify(payload)) };
}

function errorResponse(name: string, message: string): SdkHttpResponse {
  return jsonResponse(SERVER_ERRORS.has(name) ? 500 : 400, { __type: name, message }, name);
}

/**
 * Turns the page's answer into the HTTP response AWS would have sent.
 * @example toHttpResponse({ ok: false, error: { name: 'ResourceNotFoundException', message: 'Stream s under account 123456789012 not found.' } }).statusCode // → 400
 */
export function toHttpResponse(result: ApiCallResult): SdkHttpResponse {
  return result.ok ? jsonResponse(200, result.output ?? {}) : errorResponse(result.error.name, result.error.message);
}

/**
 * A request handler for the SDK (its `requestHandler` option) that answers through `callApi` instead of HTTP.
 * @example new KinesisClient({ requestHandler: createApiRequestHandler(callApi), region: 'us-east-1', credentials })
 */
export function createApiRequestHandler(callApi: CallApi) {
  return {
    metadata: { handlerProtocol: 'shardlab-sandbox' },
    async handle(request: SdkHttpRequest): Promise<{ response: SdkHttpResponse }> {
      const [prefix = '', operation = ''] = (headerValue(request.headers, 'x-amz-target') ?? '').split('.');
      const service = SERVICE_TARGETS[prefix];
      if (!service || !operation) {
        return {
          response: errorResponse(
            'UnknownOperationException',
            'The sandbox answers AWS JSON 1.1 calls to Kinesis only.',
          ),
        };
      }
      let input: Record<string, unknown>;
      try {
        const text = bodyText(request.body);
        input = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        return { response: errorResponse('SerializationException', 'The request body is not valid JSON.') };
      }
      return { response: toHttpResponse(await callApi({ service, operation, input })) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
    destroy() {},
  };
}

/**
 * The configuration every sandboxed client gets on top of the learner's: the bridge as transport, dummy
 * credentials and a signer that does not sign (the simulator checks no signatures, and signing would need
 * SHA-256 for nothing), and a default region.
 * @example sandboxClientConfig({ maxAttempts: 5 }, callApi, 'us-east-1').region // → 'us-east-1'
 */
export function sandboxClientConfig(
  config: KinesisClientConfig,
  callApi: CallApi,
  region: string,
): KinesisClientConfig {
  return {
    ...config,
    region: config.region ?? region,
    credentials: DUMMY_CREDENTIALS,
    requestHandler: createApiRequestHandler(callApi) as KinesisClientConfig['requestHandler'],
    httpAuthSchemes: [
      {
        schemeId: 'aws.auth#sigv4',
        identityProvider: (config) => config.getIdentityProvider('aws.auth#sigv4'),
        signer: { sign: async (request) => request },
      },
    ],
  };
}

/**
 * The module user code gets for `@aws-sdk/client-kinesis`: the real SDK, with `KinesisClient` and `Kinesis`
 * replaced by subclasses that always use the sandbox's transport.
 * @example const { KinesisClient, PutRecordsCommand } = createKinesisModule(await import('@aws-sdk/client-kinesis'), callApi, 'us-east-1');
 */
export function createKinesisModule(sdk: typeof KinesisSdk, callApi: CallApi, region: string): typeof KinesisSdk {
  class KinesisClient extends sdk.KinesisClient {
    constructor(config: KinesisClientConfig = {}) {
      super(sandboxClientConfig(config, callApi, region));
    }
  }
  class Kinesis extends sdk.Kinesis {
    constructor(config: KinesisClientConfig = {}) {
      super(sandboxClientConfig(config, callApi, region));
    }
  }
  return { ...sdk, KinesisClient, Kinesis };
}
