import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

/**
 * First focusable element of every page: jumps past header and navigation to the content. The
 * public survey page passes its own `label` (it speaks languages the app does not).
 */
export function SkipLink({ label }: { label?: string }) {
  const { t } = useTranslation();
  // Focus the target directly: a bare fragment change would be treated as a navigation.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      {label ?? t('app.skipLink')}
    </a>
  );
}
