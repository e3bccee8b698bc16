import type { SessionUser } from '@pnetz/shared';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

/**
 * On phones, the main navigation and the user menu behind one button (a disclosure, not an ARIA
 * menu: it holds links and form controls). Opening moves focus to the first link; Escape closes
 * it and returns focus to the button; following a link closes it.
 */
export function SiteMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Open only on the page where it was opened: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('a[href], button, select')?.focus();
  }, [open]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="site-menu" onKeyDown={closeOnEscape}>
      <button
        ref={buttonRef}
        type="button"
        className="site-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <svg className="site-menu__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          {open ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        {/* Named in words for screen readers; the three lines leave the brand its room. */}
        <span className="visually-hidden">{t('nav.menu')}</span>
      </button>
      <div ref={panelRef} id={panelId} className="site-menu__panel" hidden={!open}>
        <MainNav />
        <UserMenu user={user} />
      </div>
    </div>
  );
}
