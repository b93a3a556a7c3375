import { base64ToBytes } from '../engine/base64';
import { DEFAULT_START } from '../engine/createSimulation';
import type { S3Bucket, S3Object } from '../engine/firehose/firehoseTypes';
import { MAX_OBJECTS_KEPT } from '../engine/firehose/firehoseLimits';
import { USAGE } from './parseCli';
import type { CliResult } from './runCli';

/** The simulated account's buckets (those Firehose streams deliver to), by name. */
export type ReadBuckets = () => Record<string, S3Bucket>;

const ok = (stdout: string, stderr = ''): CliResult => ({ stdout, stderr, exitCode: 0 });
const usage = (message: string): CliResult => ({
  stdout: '',
  stderr: `${USAGE}\naws: error: ${message}\n`,
  exitCode: 252,
});

/** The CLI's timestamps: `2026-01-01 00:05:00` (UTC here: the simulated account's clock). */
const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

/** Sizes as `--human-readable` prints them: `512 Bytes`, `1.5 KiB`, `2.0 MiB`. */
export function humanSize(bytes: number): string {
  if (bytes === 1) return '1 Byte';
  if (bytes < 1024) return `${bytes} Bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** `s3://bucket/key/prefix` (or `bucket/prefix`) → bucket and key. */
function s3Path(path: string): { bucket: string; key: string } {
  const rest = path.replace(/^s3:\/\//, '');
  const slash = rest.indexOf('/');
  return slash < 0 ? { bucket: rest, key: '' } : { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) };
}

/** When a bucket holds more objects than the engine keeps, a listing says so rather than look complete. */
function keptNote(bucket: S3Bucket): string {
  return bucket.objectCount > bucket.objects.length
    ? `(The simulator keeps a bucket's newest ${MAX_OBJECTS_KEPT} objects: ${bucket.objects.length} of ${bucket.objectCount.toLocaleString('en-US')} listed.)\n`
    : '';
}

function ls(args: string[], buckets: Record<string, S3Bucket>): CliResult {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--recursive', '--human-readable', '--summarize'].includes(f));
  if (unknown.length > 0) return usage(`Unknown options: ${unknown.join(', ')}`);
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length > 1) return usage(`Unknown options: ${paths.slice(1).join(', ')}`);
  if (paths.length === 0) {
    const lines = Object.values(buckets)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((b) => `${stamp(b.objects[0]?.createdAt ?? DEFAULT_START)} ${b.name}\n`);
    return ok(lines.join(''));
  }
  const { bucket: name, key: prefix } = s3Path(paths[0]!);
  const bucket = buckets[name];
  if (!bucket)
    return {
      stdout: '',
      stderr: `\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n`,
      exitCode: 254,
    };
  const size = (n: number) => (flags.has('--human-readable') ? humanSize(n) : String(n)).padStart(10);
  const matching = bucket.objects.filter((o) => o.key.startsWith(prefix)).sort((a, b) => a.key.localeCompare(b.key));
  const lines: string[] = [];
  let listed: S3Object[] = matching;
  if (!flags.has('--recursive')) {
    // One level, as with a "/" delimiter: deeper keys fold into their next folder (PRE), files show their basename.
    const base = prefix.slice(0, prefix.lastIndexOf('/') + 1);
    const folders = new Set<string>();
    listed = [];
    for (const o of matching) {
      const slash = o.key.indexOf('/', prefix.length);
      if (slash >= 0) folders.add(o.key.slice(base.length, slash + 1));
      else listed.push(o);
    }
    for (const folder of [...folders].sort()) lines.push(`${'PRE'.padStart(30)} ${folder}\n`);
    for (const o of listed) lines.push(`${stamp(o.createdAt)} ${size(o.size)} ${o.key.slice(base.length)}\n`);
  } else {
    for (const o of listed) lines.push(`${stamp(o.createdAt)} ${size(o.size)} ${o.key}\n`);
  }
  if (flags.has('--summarize')) {
    const total = listed.reduce((sum, o) => sum + o.size, 0);
    lines.push(
      `\nTotal Objects: ${listed.length}\n   Total Size: ${flags.has('--human-readable') ? humanSize(total) : total}\n`,
    );
  }
  return ok(lines.join(''), keptNote(bucket));
}

function cp(args: string[], buckets: Record<string, S3Bucket>, writeFile: (path: string, text: string) => void) {
  const flags = args.filter((a) => a.startsWith('--'));
  if (flags.length > 0) return usage(`Unknown options: ${flags.join(', ')}`);
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length < 2) return usage('the following arguments are required: paths');
  if (paths.length > 2) return usage(`Unknown options: ${paths.slice(2).join(', ')}`);
  const [source, dest] = paths as [string, string];
  if (!source.startsWith('s3://'))
    return {
      stdout: '',
      stderr: `\nThis console copies from S3 only (aws s3 cp s3://bucket/key -): objects here come from Firehose.\n`,
      exitCode: 255,
    };
  const { bucket: name, key } = s3Path(source);
  const object = buckets[name]?.objects.find((o) => o.key === key);
  if (!buckets[name] || !object)
    return {
      stdout: '',
      stderr: `fatal error: An error occurred (404) when calling the HeadObject operation: Key "${key}" does not exist\n`,
      exitCode: 1,
    };
  const chunks = object.contents.map(base64ToBytes);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  const text = new TextDecoder().decode(bytes);
  const partial =
    object.contents.length < object.records
      ? `(The simulator keeps the contents of records put through the API: ${object.contents.length} of this object's ${object.records} records are shown.)\n`
      : '';
  if (dest === '-') return ok(text, partial);
  writeFile(dest.replace(/^\.\//, ''), text);
  return ok(`download: ${source} to ${dest.startsWith('./') ? dest : `./${dest}`}\n`, partial);
}

/**
 * `aws s3 ls` and `aws s3 cp s3://… <file|->` over the buckets Firehose delivers to, printed as AWS CLI v2
 * prints them (times in UTC). `words` follow `aws s3`.
 * @example runS3(['ls', 's3://lab-archive/', '--recursive'], () => sim.firehose?.buckets ?? {}, writeFile)
 */
export function runS3(words: string[], readBuckets: ReadBuckets, writeFile: (path: string, text: string) => void) {
  const [command, ...args] = words;
  if (command === 'ls') return ls(args, readBuckets());
  if (command === 'cp') return cp(args, readBuckets(), writeFile);
  if (command === undefined) return usage('the following arguments are required: operation');
  if (command === 'help' || args.includes('help'))
    return ok(
      'aws s3: the commands this console runs\n\n  aws s3 ls [s3://bucket[/prefix]] [--recursive] [--human-readable] [--summarize]\n      Lists buckets, or the objects in one.\n  aws s3 cp s3://bucket/key <file | ->\n      Copies an object to a file (read it with cat) or, with -, prints it.\n',
    );
  return usage(`argument operation: Invalid choice: this console runs aws s3 ls and aws s3 cp`);
}
