import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes } from 'react';
import { buttonClasses, type ButtonSize, type ButtonVariant } from './buttonClasses';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** The accessible name, also shown as a tooltip: an icon alone names nothing. */
  label: string;
  icon: LucideIcon;
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/**
 * A square button that shows only an icon.
 * @example <IconButton label="Zoom in" icon={ZoomIn} onClick={() => flow.zoomIn()} />
 */
export function IconButton({
  label,
  icon: Icon,
  variant,
  size,
  className = '',
  type = 'button',
  ...rest
}: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={label}
      className={`${buttonClasses({ variant, size, iconOnly: true })} ${className}`}
      {...rest}
    >
      <Icon aria-hidden="true" className="size-5" strokeWidth={2.25} />
    </button>
  );
}
