import type { ReactNode } from 'react';

type TableScrollProps = { children: ReactNode; className?: string } & (
  { label: string; labelledBy?: never } | { labelledBy: string; label?: never }
);

/**
 * A wide table scrolls sideways within itself instead of widening the page. The scroll area is a
 * labelled region in the tab order, so keyboard users can scroll it with the arrow keys.
 */
export function TableScroll({ children, className, label, labelledBy }: TableScrollProps) {
  return (
    <div
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role="region"
      tabIndex={0}
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      {children}
    </div>
  );
}
