import type { LucideIcon } from 'lucide-react';
import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';
import { buttonClasses, type ButtonSize, type ButtonVariant } from './buttonClasses';

export interface ButtonLinkProps extends ComponentProps<typeof Link> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** An icon before the label; decorative, so hidden from assistive technology. */
  icon?: LucideIcon;
  children: ReactNode;
}

/**
 * A link that looks like a button: it goes somewhere (a page, a section), where a button would act.
 * @example <ButtonLink href="/practice/drill/" variant="primary">Start the drill</ButtonLink>
 */
export function ButtonLink({ variant, size, icon: Icon, className = '', children, ...rest }: ButtonLinkProps) {
  return (
    <Link className={`${buttonClasses({ variant, size })} ${className}`} {...rest}>
      {Icon && <Icon aria-hidden="true" className="size-[1.1em] shrink-0" strokeWidth={2.25} />}
      {children}
    </Link>
  );
}
