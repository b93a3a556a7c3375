// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Check } from 'lucide-react';
import { afterEach, describe, expect, it } from 'vitest';
import { InlineIcon } from './InlineIcon';

afterEach(cleanup);

describe('InlineIcon', () => {
  it('adds nothing to the words it stands beside', () => {
    render(
      <p>
        <InlineIcon icon={Check} /> Completed
      </p>,
    );
    const line = screen.getByText('Completed');
    const icon = line.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(icon.getAttribute('class')).toContain('size-[1em]');
    expect(line.textContent?.trim()).toBe('Completed');
  });
});
