import { nextFloat, nextUint32, seedPrng, type PrngState } from './prng';

/**
 * Kinesis-Data-Generator-style record templates: JSON text with {{…}} placeholders filled from a seeded
 * generator, so the same producer, shard and ordinal always give the same record.
 *
 * Placeholders: {{random.number(min,max)}}, {{random.float(min,max,decimals)}},
 * {{random.arrayElement(["a","b"])}}, {{random.uuid}}, {{random.boolean}}, {{date.now}} (ISO time of
 * arrival), {{sequence}} (the record's position) and {{partitionKey}}.
 */
export interface TemplateContext {
  arrival: number;
  ordinal: number;
  partitionKey: string;
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z.]+)(?:\((.*?)\))?\s*\}\}/g;

export class TemplateError extends Error {}

function uuid(prng: PrngState): [string, PrngState] {
  let state = prng;
  let hex = '';
  for (let i = 0; i < 4; i++) {
    const [v, next] = nextUint32(state);
    state = next;
    hex += v.toString(16).padStart(8, '0');
  }
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return [
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`,
    state,
  ];
}

function parseArgs(raw: string | undefined): unknown[] {
  if (raw === undefined || raw.trim() === '') return [];
  try {
    return JSON.parse(`[${raw}]`) as unknown[];
  } catch {
    throw new TemplateError(`Cannot read the arguments (${raw}): write numbers, or strings in double quotes.`);
  }
}

/**
 * Fills a template.
 * @example renderTemplate('{"t": {{random.number(1,3)}}}', 42, { arrival: 0, ordinal: 0, partitionKey: 'k' })
 */
export function renderTemplate(template: string, seed: number, context: TemplateContext): string {
  let prng = seedPrng(seed);
  return template.replace(PLACEHOLDER, (_match, name: string, rawArgs: string | undefined) => {
    const args = parseArgs(rawArgs);
    const draw = () => {
      const [u, next] = nextFloat(prng);
      prng = next;
      return u;
    };
    switch (name) {
      case 'random.number': {
        const [min = 0, max = 100] = args as number[];
        return String(Math.floor(min + draw() * (max - min + 1)));
      }
      case 'random.float': {
        const [min = 0, max = 1, decimals = 2] = args as number[];
        return (min + draw() * (max - min)).toFixed(decimals);
      }
      case 'random.arrayElement': {
        const options = (args[0] ?? []) as unknown[];
        if (!Array.isArray(options) || options.length === 0)
          throw new TemplateError('random.arrayElement needs a non-empty list, e.g. ["a","b"].');
        const pick = options[Math.floor(draw() * options.length)];
        return typeof pick === 'string' ? pick : JSON.stringify(pick);
      }
      case 'random.boolean':
        return draw() < 0.5 ? 'true' : 'false';
      case 'random.uuid': {
        const [id, next] = uuid(prng);
        prng = next;
        return id;
      }
      case 'date.now':
        return new Date(context.arrival).toISOString();
      case 'sequence':
        return String(context.ordinal);
      case 'partitionKey':
        return context.partitionKey;
      default:
        throw new TemplateError(
          `Unknown placeholder {{${name}}}. Use random.number, random.float, random.arrayElement, random.uuid, random.boolean, date.now, sequence or partitionKey.`,
        );
    }
  });
}

/** Checks a template once, when a producer is configured, so a typo is reported there. */
export function checkTemplate(template: string): string | null {
  try {
    renderTemplate(template, 1, { arrival: 0, ordinal: 0, partitionKey: 'k' });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export { uuid as randomUuid };
