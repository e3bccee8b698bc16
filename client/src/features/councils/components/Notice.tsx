import type { ReactNode } from 'react';

/** A short explanation next to content, e.g. why controls are missing. Not an error. */
export function Notice({ children }: { children: ReactNode }) {
  return <p className="notice">{children}</p>;
}
