import { describe, expect, it } from 'vitest';
import { KinesisError } from '../api/KinesisError';
import { tailReader } from './logsTail';
import { runCliAsync, type CliCaller, type FollowContext } from './runCli';

interface Event {
  timestamp: number;
  logStreamName: string;
  message: string;
}

const T0 = Date.UTC(2026, 0, 1, 0, 1);
const event = (s: number, message: string): Event => ({ timestamp: T0 + s * 1000, logStreamName: 'st', message });

/** FilterLogEvents over a growing list of events: from startTime on, in order. */
function logGroup(events: Event[]) {
  return (input: Record<string, unknown>) => ({
    events: events.filter((e) => e.timestamp >= (input.startTime as number)),
  });
}

describe('tailReader', () => {
  it('returns only what it has not returned before, even for lines written at the same time', () => {
    const events = [event(0, 'START a'), event(0, 'hello'), event(1, 'END a')];
    const next = tailReader({ group: 'g', start: T0, format: 'short', follow: true }, logGroup(events));
    expect(next()).toBe('2026-01-01T00:01:00 START a\n2026-01-01T00:01:00 hello\n2026-01-01T00:01:01 END a\n');
    expect(next()).toBe('');
    events.push(event(1, 'REPORT a'), event(1, 'START b'));
    expect(next()).toBe('2026-01-01T00:01:01 REPORT a\n2026-01-01T00:01:01 START b\n');
    events.push(event(1, 'same second'), event(3, 'later'));
    expect(next()).toBe('2026-01-01T00:01:01 same second\n2026-01-01T00:01:03 later\n');
    expect(next()).toBe('');
  });
});

/** A console that can stream: what it wrote, a way to change the simulation, and the stop signal. */
function followConsole(events: Event[]) {
  const written: string[] = [];
  const listeners = new Set<() => void>();
  const stopper = new AbortController();
  let recorded = 0;
  const call: CliCaller = (service, operation, input) => {
    recorded++;
    if (input.logGroupName !== '/aws/lambda/f')
      throw new KinesisError('ResourceNotFoundException', 'The specified log group does not exist.');
    return logGroup(events)(input);
  };
  const follow: FollowContext = {
    write: (text) => written.push(text),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    filterLogEvents: logGroup(events),
    signal: stopper.signal,
  };
  const change = () => listeners.forEach((l) => l());
  return { call, follow, written, change, stop: () => stopper.abort(), listeners, recorded: () => recorded };
}

describe('aws logs tail --follow', () => {
  it('prints what there is, then each new line as it comes, until stopped (exit 130)', async () => {
    const events = [event(0, 'START a')];
    const c = followConsole(events);
    const done = runCliAsync('aws logs tail /aws/lambda/f --follow --format short --since 1h', c.call, {
      follow: c.follow,
      now: T0 + 5000,
    });
    expect(c.written).toEqual(['2026-01-01T00:01:00 START a\n']);
    c.change();
    expect(c.written).toHaveLength(1);
    events.push(event(2, 'hello from user-1'));
    c.change();
    expect(c.written.at(-1)).toBe('2026-01-01T00:01:02 hello from user-1\n');
    c.stop();
    expect(await done).toEqual({
      stdout: '2026-01-01T00:01:00 START a\n2026-01-01T00:01:02 hello from user-1\n',
      stderr: '',
      exitCode: 130,
    });
    expect(c.listeners.size).toBe(0);
    // Only the first read is a recorded API call; polling is not.
    expect(c.recorded()).toBe(1);
  });

  it('fails at once for a log group that does not exist', async () => {
    const c = followConsole([]);
    expect(await runCliAsync('aws logs tail /aws/lambda/nope --follow', c.call, { follow: c.follow })).toEqual({
      stdout: '',
      stderr:
        '\nAn error occurred (ResourceNotFoundException) when calling the FilterLogEvents operation: The specified log group does not exist.\n',
      exitCode: 254,
    });
    expect(c.listeners.size).toBe(0);
  });

  it('prints once and says so where the console cannot stream', async () => {
    const c = followConsole([event(0, 'START a')]);
    const result = await runCliAsync('aws logs tail /aws/lambda/f --follow --since 1h', c.call, { now: T0 + 5000 });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('run the command again for newer ones');
  });
});
