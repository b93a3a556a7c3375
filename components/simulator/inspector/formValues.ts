/**
 * Inspector forms keep every field as a string keyed by its path in the config (`rate.recordsPerSecond`),
 * so one schema check can put each error next to its field.
 */
export type FormValues = Record<string, string>;

/** Flattens a config object into dotted paths. */
export function flatten(value: unknown, prefix = '', out: FormValues = {}): FormValues {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (value !== undefined) {
    out[prefix] = String(value);
  }
  return out;
}

/** Zod issues as a map from field path to message (the first per field). */
export function errorsByPath(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** A number field: empty or non-numeric text becomes NaN so the schema rejects it with a message. */
export function num(values: FormValues, path: string): number {
  const text = values[path]?.trim() ?? '';
  return text === '' ? Number.NaN : Number(text);
}
