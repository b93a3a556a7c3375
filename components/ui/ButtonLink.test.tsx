// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { ArrowRight } from 'lucide-react';
import { afterEach, describe, expect, it } from 'vitest';
import { ButtonLink } from './ButtonLink';

afterEach(cleanup);

describe('ButtonLink', () => {
  it('is a link named by its words, styled as the button of its variant', () => {
    render(
      <ButtonLink href="/practice/drill/" variant="primary" icon={ArrowRight}>
        Start the drill
      </ButtonLink>,
    );
    const link = screen.getByRole('link', { name: 'Start the drill' });
    // Outside a Next build the trailing slash is not configured, so only the path is compared.
    expect(link.getAttribute('href')).toMatch(/^\/practice\/drill\/?$/);
    expect(link.className).toContain('bg-accent');
    expect(link.className).toContain('min-h-10');
    expect(link.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
