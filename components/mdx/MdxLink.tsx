import Link from 'next/link';
import type { ComponentProps } from 'react';

/** Site links go through next/link (prefetch, client navigation); others open as plain anchors. */
export function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  const external = /^https?:\/\//.test(href);
  return (
    <a href={href} {...rest} rel={external ? 'noopener noreferrer' : undefined}>
      {children}
      {external ? <span className="sr-only"> (external site)</span> : null}
    </a>
  );
}
