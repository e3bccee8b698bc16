import type { WorkspaceSummary } from '@pnetz/shared';
import { useId } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { CouncilCard } from './CouncilCard';

interface CouncilSectionProps {
  title: string;
  emptyText: string;
  councils: readonly WorkspaceSummary[];
}

export function CouncilSection({ title, emptyText, councils }: CouncilSectionProps) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {title}
      </h2>
      {councils.length === 0 ? (
        <EmptyState text={emptyText} />
      ) : (
        <ul className="card-list">
          {councils.map((council) => (
            <li key={council.id}>
              <CouncilCard council={council} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
