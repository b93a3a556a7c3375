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

/**
 * Splits pasted text into the commands a shell would run one after another: a line break ends a command
 * unless a backslash continues it or a quote is still open. Blank lines and `#` comment lines are dropped.
 * @example splitCommands('aws lambda invoke --function-name f out.json\ncat out.json') // two commands
 */
export function splitCommands(pasted: string): string[] {
  const text = pasted.replace(/\r\n/g, '\n');
  const commands: string[] = [];
  let current = '';
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (quote === '"' && c === '\\') {
        current += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === quote) quote = null;
      current += c;
      continue;
    }
    if (c === '\\') {
      current += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    if (c === '\n') {
      commands.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  commands.push(current);
  return commands.map((command) => command.trim()).filter((command) => command !== '' && !command.startsWith('#'));
}
