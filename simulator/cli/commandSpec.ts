/** How a command-line value becomes an API value. */
export type ParamType = 'string' | 'integer' | 'blob' | 'json' | 'timestamp' | 'list' | 'structures' | 'boolean';

export interface ParamSpec {
  /** The API member, e.g. `StreamName`; the option is its kebab-case form, `--stream-name`. */
  member: string;
  type: ParamType;
  required?: boolean;
  /** What `help` says about it. */
  doc: string;
}

export interface CommandSpec {
  service: 'kinesis' | 'firehose' | 'lambda' | 'logs' | 'cloudwatch';
  /** The CLI command, e.g. `put-record`; the API operation is its PascalCase form, `PutRecord`. */
  command: string;
  summary: string;
  params: ParamSpec[];
  /** Options the CLI puts inside a structure of the request: `{ ZipFile: 'Code' }` sends `--zip-file` as `Code.ZipFile`. */
  nest?: Record<string, string>;
  /** Set when the command takes a positional output file (`aws lambda invoke … response.json`): what `help` says of it. */
  outfile?: string;
}

export const s = (member: string, doc: string, required = false): ParamSpec => ({
  member,
  type: 'string',
  required,
  doc,
});
export const n = (member: string, doc: string, required = false): ParamSpec => ({
  member,
  type: 'integer',
  required,
  doc,
});
export const j = (member: string, doc: string, required = false): ParamSpec => ({
  member,
  type: 'json',
  required,
  doc,
});
export const b = (member: string, doc: string): ParamSpec => ({ member, type: 'boolean', doc });
