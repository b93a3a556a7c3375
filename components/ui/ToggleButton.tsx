import { Button, type ButtonProps } from './Button';

export interface ToggleButtonProps extends Omit<ButtonProps, 'variant' | 'aria-pressed'> {
  /** On or off: announced as "pressed", and shown filled rather than outlined (not by hue alone). */
  pressed: boolean;
}

/**
 * A button that stays pressed, such as the projector theme or a file tab in the editor.
 * @example <ToggleButton pressed={projector} onClick={toggle}>Projector</ToggleButton>
 */
export function ToggleButton({ pressed, className = '', ...rest }: ToggleButtonProps) {
  return (
    <Button
      variant="secondary"
      aria-pressed={pressed}
      className={`aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-fg ${className}`}
      {...rest}
    />
  );
}
