import type { WorkspaceProfile } from '@pnetz/shared';
import { useOutletContext } from 'react-router';

/** The council a page belongs to, loaded once by the council layout. */
export interface CouncilContext {
  council: WorkspaceProfile;
}

export function useCouncil(): WorkspaceProfile {
  return useOutletContext<CouncilContext>().council;
}
