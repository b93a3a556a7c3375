import type { ReactNode } from 'react';

interface HeadingProps {
  id?: string;
  children?: ReactNode;
}

function anchor(id: string | undefined) {
  if (!id) return null;
  return (
    <a
      href={`#${id}`}
      className="heading-anchor ml-2 text-muted no-underline opacity-60 hover:opacity-100 focus:opacity-100"
    >
      <span aria-hidden="true">#</span>
      <span className="sr-only">Link to this section</span>
    </a>
  );
}

/** Section headings keep their hand-written ids and offer a copyable deep link. */
export function H2({ id, children }: HeadingProps) {
  return (
    <h2 id={id}>
      {children}
      {anchor(id)}
    </h2>
  );
}

export function H3({ id, children }: HeadingProps) {
  return (
    <h3 id={id}>
      {children}
      {anchor(id)}
    </h3>
  );
}
