import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

interface PageProps {
  title: string;
  intro?: string;
  children?: ReactNode;
}

/** A page's frame: its one `h1`, an optional lead text, and the document title. */
export function Page({ title, intro, children }: PageProps) {
  usePageTitle(title);
  return (
    <div className="page">
      <h1 className="page__title">{title}</h1>
      {intro ? <p className="page__intro">{intro}</p> : null}
      {children}
    </div>
  );
}
