import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous and next page of a long list, with where the reader is. */
export function Pagination({ page, pages, onPage }: PaginationProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const first = page <= 1;
  const last = page >= pages;
  return (
    <nav className="admin-pages" aria-label={t('admin.accounts.pages')}>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={first}
        onClick={() => {
          if (!first) onPage(page - 1);
        }}
      >
        {t('admin.accounts.previous')}
      </button>
      <span>{t('admin.accounts.pageOf', { page, pages })}</span>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={last}
        onClick={() => {
          if (!last) onPage(page + 1);
        }}
      >
        {t('admin.accounts.next')}
      </button>
    </nav>
  );
}
