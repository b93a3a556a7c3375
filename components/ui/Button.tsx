import type { LucideIcon } from 'lucide-react';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { buttonClasses, type ButtonAlign, type ButtonSize, type ButtonVariant } from './buttonClasses';

// With the ref (React 19 passes it as a prop), so a caller can move focus to the button.
export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** An icon before the label; decorative, so hidden from assistive technology. */
  icon?: LucideIcon;
  fullWidth?: boolean;
  align?: ButtonAlign;
  children: ReactNode;
}

/**
 * The site's button. `type` defaults to "button", so a button inside a form never submits by accident.
 * @example <Button variant="primary" icon={Play} onClick={play}>Play</Button>
 */
export function Button({
  variant,
  size,
  icon: Icon,
  fullWidth,
  align,
  className = '',
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button type={type} className={`${buttonClasses({ variant, size, fullWidth, align })} ${className}`} {...rest}>
      {Icon && <Icon aria-hidden="true" className="size-[1.1em] shrink-0" strokeWidth={2.25} />}
      {children}
    </button>
  );
}
