/**
 * The sandbox has no network: a learner's function reaches AWS only through the SDK, which the page answers
 * from the simulator. Every way a worker could open a connection or load code is replaced by a function
 * that throws and says so.
 */

export const NETWORK_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'importScripts',
  'Worker',
  'SharedWorker',
] as const;

/** The message of the error a blocked global throws. */
export function noNetworkMessage(name: string): string {
  return `This sandbox has no network: ${name} is not available. Call the simulated Kinesis with @aws-sdk/client-kinesis instead.`;
}

/**
 * Replaces the network globals of `scope` (a worker's `self`) with throwing stand-ins.
 * @example blockNetwork(self); await fetch('https://example.com') // rejects: "This sandbox has no network: fetch is not available. …"
 */
export function blockNetwork(scope: object): void {
  for (const name of NETWORK_GLOBALS) {
    // A plain function, not an arrow, so `new WebSocket(…)` throws the same error instead of a TypeError.
    const blocked = function () {
      throw new Error(noNetworkMessage(name));
    };
    Object.defineProperty(scope, name, { value: blocked, writable: false, configurable: false, enumerable: false });
  }
}
