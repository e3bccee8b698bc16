import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TableScrollProps = { children: ReactNode; className?: string } & (
  { label: string; labelledBy?: never } | { labelledBy: string; label?: never }
);

/**
 * A wide table scrolls sideways within itself instead of widening the page. The scroll area is a
 * labelled region in the tab order, so keyboard users can scroll it with the arrow keys. Its name
 * starts with "Tabelle:" so that it differs from a section named by the same heading.
 */
export function TableScroll({ children, className, label, labelledBy }: TableScrollProps) {
  const { t } = useTranslation();
  const kindId = useId();
  return (
    <div
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role="region"
      tabIndex={0}
      aria-label={label === undefined ? undefined : `${t('table.kind')} ${label}`}
      aria-labelledby={labelledBy === undefined ? undefined : `${kindId} ${labelledBy}`}
    >
      {labelledBy === undefined ? null : (
        <span id={kindId} hidden>
          {t('table.kind')}
        </span>
      )}
      {children}
    </div>
  );
}
