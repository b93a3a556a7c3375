/**
 * Java regular expressions from the API model, matched the way AWS matches them (`Matcher.matches()`:
 * the whole value). The pattern text itself is what AWS prints in messages, so it stays untranslated in
 * the shapes; only this file knows the JavaScript spelling.
 */

const compiled = new Map<string, RegExp>();

/**
 * Whether `value` matches the Java `pattern` in full.
 * @example matchesPattern('[a-zA-Z0-9_.-]+', 'orders') // true
 */
export function matchesPattern(pattern: string, value: string): boolean {
  return javaPatternToRegExp(pattern).test(value);
}

/**
 * The anchored JavaScript equivalent of a Java pattern from the model (also used by the property tests
 * to generate matching values).
 * @example javaPatternToRegExp('arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+')
 */
export function javaPatternToRegExp(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${toJavaScript(pattern)})$`);
    compiled.set(pattern, regex);
  }
  return regex;
}

// Java's \s is ASCII whitespace only and its `.` also stops at U+0085; JavaScript's are wider.
const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
const JAVA_DOT = '[^\\n\\r\\u0085\\u2028\\u2029]';

function toJavaScript(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '\\') {
      const next = pattern.charAt(i + 1);
      i++;
      if (next === 's') out += inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`;
      else if (next === 'S' && !inClass) out += `[^${JAVA_SPACE}]`;
      else out += ch + next;
    } else if (ch === '[' && !inClass) {
      inClass = true;
      out += ch;
    } else if (ch === ']' && inClass) {
      inClass = false;
      out += ch;
    } else if (ch === '.' && !inClass) {
      out += JAVA_DOT;
    } else {
      out += ch;
    }
  }
  return out;
}
