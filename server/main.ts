// `npm run endpoint -- --port 4567 [--host 127.0.0.1] [--quiet]`: a local Kinesis endpoint over the simulator,
// for the AWS CLI v2 and SDKs. startEndpoint does the work; this file owns the process (exit codes, signals).
import { loadHandler } from './loadHandler';
import { startEndpoint } from './startEndpoint';

const started = await startEndpoint(process.argv.slice(2), {
  loadHandler: () => loadHandler(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

if ('exitCode' in started) {
  process.exit(started.exitCode);
} else {
  const endpoint = started;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C means "now": a client holding a call open should not keep the terminal hostage.
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`\n${signal}: stopping the endpoint (Ctrl-C again to force)…`);
    endpoint.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
