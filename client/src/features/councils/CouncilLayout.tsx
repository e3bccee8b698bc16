import { IdSchema } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { NotFoundPage } from '../../components/NotFoundPage';
import { isApiError } from '../../lib/api';
import { CouncilNav } from './CouncilNav';
import { councilQuery } from './queries';
import type { CouncilContext } from './useCouncil';
import { useCouncilRoom } from './useCouncilRoom';
import './councils.css';

/** Frame of every council page: the council's name, its sections, then the page. */
export function CouncilLayout() {
  const { workspaceId = '' } = useParams();
  const valid = IdSchema.safeParse(workspaceId).success;
  const { data, error, isPending, refetch } = useQuery({
    ...councilQuery(workspaceId),
    enabled: valid,
  });
  useCouncilRoom(workspaceId, Boolean(data?.myRole));

  if (!valid || isApiError(error, 'not_found')) return <NotFoundPage />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <LoadingState />;
  const context: CouncilContext = { council: data };
  return (
    <div className="council">
      <p className="council__name">
        {data.logo ? <img className="council__logo" src={data.logo} alt="" /> : null}
        <span>{data.name}</span>
      </p>
      <CouncilNav council={data} />
      <Outlet context={context} />
    </div>
  );
}
