import type { WorkspaceSummary } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Facts } from '../../components/Facts';
import { councilPaths } from './paths';
import { membershipFacts, placeFacts } from './place-facts';
import { CouncilPlanLinks } from '../plans/CouncilPlanLinks';

/** One council: name as a heading, then its facts as a description list. */
export function CouncilCard({ council }: { council: WorkspaceSummary }) {
  const { t } = useTranslation();
  const facts = [...placeFacts(t, council), ...membershipFacts(t, council)];
  return (
    <article className="card">
      <h3 className="card__title">
        <Link to={councilPaths.home(council.id)}>{council.name}</Link>
      </h3>
      <Facts facts={facts} />
      <CouncilPlanLinks council={council} />
    </article>
  );
}
