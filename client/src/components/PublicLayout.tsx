import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { LanguageSelect } from './LanguageSelect';
import { MAIN_ID, SkipLink } from './SkipLink';
import { SiteFooter } from './SiteFooter';

/** Frame for pages outside the signed-in area (login, fatal errors). */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <SkipLink />
      <header className="site-header">
        <div className="site-header__bar">
          <Brand />
          <div className="site-header__tools">
            <LanguageSelect id="public-language" />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="site-main site-main--narrow">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
