import { describe, expect, it } from 'vitest';
import { parseEndpointArgs } from './parseEndpointArgs';

describe('parseEndpointArgs', () => {
  it('defaults to 127.0.0.1:4567 with a call log', () => {
    expect(parseEndpointArgs([])).toEqual({ kind: 'run', host: '127.0.0.1', port: 4567, quiet: false });
  });

  it('reads --port, --host and --quiet in long, short and = forms', () => {
    expect(parseEndpointArgs(['-p', '0', '--host=::1', '-q'])).toEqual({
      kind: 'run',
      host: '::1',
      port: 0,
      quiet: true,
    });
    expect(parseEndpointArgs(['--port=4600'])).toMatchObject({ port: 4600 });
  });

  it('answers --help', () => {
    expect(parseEndpointArgs(['--port', '1', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--prot', '4567'], 'Unknown option --prot (did you mean --port?).'],
    [['--hots', 'x'], 'Unknown option --hots (did you mean --host?).'],
    [['--verbose'], 'Unknown option --verbose.'],
    [['--port'], '--port needs a value, e.g. --port 4567.'],
    [['--quiet=yes'], '--quiet takes no value.'],
    [['4567'], 'Unexpected argument "4567": every setting is a flag, e.g. --port 4567.'],
    [['--port', 'abc'], 'Invalid port "abc": use a whole number from 0 to 65535 (0 picks a free port).'],
    [['--port', '65536'], 'Invalid port "65536": use a whole number from 0 to 65535 (0 picks a free port).'],
    [['--port', '-1'], '--port needs a value, e.g. --port 4567.'],
    [['--port=-1'], 'Invalid port "-1": use a whole number from 0 to 65535 (0 picks a free port).'],
    [['--port', '--quiet'], '--port needs a value, e.g. --port 4567.'],
    [['--host', ''], '--host needs an address, e.g. --host 127.0.0.1.'],
  ])('explains %j in one line', (argv, message) => {
    expect(parseEndpointArgs(argv)).toEqual({ kind: 'error', message });
  });
});
