import { describe, expect, it } from 'vitest';
import { inlineMarkdownToHtml, markdownToHtml } from './markdownToHtml';

describe('markdownToHtml', () => {
  it('renders emphasis, code and lists, and escapes what it must', () => {
    expect(markdownToHtml('Use `PutRecords` for **batches** & <b>more</b>.')).toBe(
      '<p>Use <code>PutRecords</code> for <strong>batches</strong> &#x26; more.</p>',
    );
    expect(markdownToHtml('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('makes a code block focusable, so a keyboard can scroll it', () => {
    expect(markdownToHtml('```json\n{"a": 1}\n```')).toBe(
      '<pre tabindex="0"><code class="language-json">{"a": 1}\n</code></pre>',
    );
  });

  it('drops the paragraph around an inline option', () => {
    expect(inlineMarkdownToHtml('Raise `BatchSize`.')).toBe('Raise <code>BatchSize</code>.');
  });
});
