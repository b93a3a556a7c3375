/** How a button looks: the one place the site's button styles are written. */
export type ButtonVariant = 'primary' | 'secondary' | 'outline' | 'danger' | 'ghost';
export type ButtonSize = 'sm' | 'md' | 'lg';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-accent font-semibold text-accent-fg hover:brightness-110',
  secondary: 'border border-border bg-bg text-fg hover:border-accent',
  outline: 'border-2 border-accent bg-bg font-semibold text-accent hover:bg-surface',
  danger: 'border-2 border-pitfall bg-bg font-semibold text-pitfall hover:bg-pitfall-bg',
  ghost: 'text-fg hover:bg-surface',
};

// Every size meets WCAG 2.2's 24 px target size; md and lg are comfortable touch targets.
const SIZES: Record<ButtonSize, string> = {
  sm: 'min-h-8 gap-1 px-2.5 text-sm',
  md: 'min-h-10 gap-1.5 px-3.5',
  lg: 'min-h-11 gap-2 px-4',
};

const ICON_SIZES: Record<ButtonSize, string> = { sm: 'size-8', md: 'size-10', lg: 'size-11' };

/** Where the label sits: centred, or at the start for a button as wide as a list item that reads as a line of text. */
export type ButtonAlign = 'center' | 'start';

const ALIGNS: Record<ButtonAlign, string> = { center: 'justify-center', start: 'justify-start text-left' };

const BASE =
  'inline-flex shrink-0 items-center rounded-md transition-colors disabled:cursor-not-allowed disabled:opacity-50';

/**
 * The classes of a button (or of a link that looks like one).
 * @example <a className={buttonClasses({ variant: 'outline' })} href="/lab/">Open the lab</a>
 */
export function buttonClasses({
  variant = 'secondary',
  size = 'md',
  fullWidth = false,
  iconOnly = false,
  align = 'center',
}: {
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  iconOnly?: boolean;
  align?: ButtonAlign;
} = {}): string {
  return [
    BASE,
    ALIGNS[iconOnly ? 'center' : align],
    VARIANTS[variant],
    iconOnly ? ICON_SIZES[size] : SIZES[size],
    fullWidth ? 'w-full' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
