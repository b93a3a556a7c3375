// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ToggleButton } from './ToggleButton';

afterEach(cleanup);

function Projector() {
  const [on, setOn] = useState(false);
  return (
    <ToggleButton pressed={on} onClick={() => setOn(!on)}>
      Projector
    </ToggleButton>
  );
}

describe('ToggleButton', () => {
  it('says whether it is pressed, and changes when clicked', () => {
    render(<Projector />);
    const button = screen.getByRole('button', { name: 'Projector' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.className).toContain('aria-pressed:bg-accent');
  });
});
