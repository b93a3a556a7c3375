/** A command line split into words as a POSIX shell would, or why it cannot be. */
export type TokenizeResult = { ok: true; words: string[] } | { ok: false; error: string };

/**
 * Splits a pasted command line into words: whitespace separates, single quotes keep everything
 * literally, double quotes keep spaces and allow `\"` and `\\`, a backslash outside quotes escapes the
 * next character, and a backslash before a line break continues the command on the next line (so
 * multi-line commands copied from documentation paste as one).
 * @example tokenize(`aws kinesis put-record --stream-name s --data 'a b'`)
 */
export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\' || line[i + 1] === '$')) word += line[++i];
      else if (c === '\\' && line[i + 1] === '\n') i++;
      else word += c;
      continue;
    }
    if (c === '\\') {
      const next = line[i + 1];
      if (next === '\n') {
        i++;
        continue;
      }
      if (next === '\r' && line[i + 2] === '\n') {
        i += 2;
        continue;
      }
      if (next !== undefined) {
        word += next;
        inWord = true;
        i++;
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
      continue;
    }
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    word += c;
    inWord = true;
  }
  if (quote)
    return {
      ok: false,
      error: `unexpected end of input: a ${quote === "'" ? 'single' : 'double'} quote is not closed`,
    };
  if (inWord) words.push(word);
  return { ok: true, words };
}
