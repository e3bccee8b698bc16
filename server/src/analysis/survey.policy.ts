import { Types } from 'mongoose';
import { isCoordinator, isPlatformAdmin, type Actor } from '../auth/actor';
import { forbidden, notFound } from '../errors';
import { roleIn } from '../workspaces/access';
import { SecurityAnalysisModel, type SecurityAnalysis } from './analysis.model';

/**
 * Who may do what with an analysis's questionnaire and paper returns:
 *
 * | caller                                                | read | edit, start fieldwork, type sheets |
 * | ----------------------------------------------------- | ---- | ---------------------------------- |
 * | owner (admin of the council, or named in `ownerIds`)  | yes  | yes                                |
 * | other member or guest of the council                  | yes  | no (403)                           |
 * | programme coordinator, platform admin                 | yes  | no (403)                           |
 * | anyone else                                           | 404  | 404                                |
 *
 * Respondents have no account: the public page is reached with an access code only.
 */
export type SurveyAction = 'read' | 'edit';
export type SurveyAccess = 'owner' | 'reader' | null;

/** Pure decision on the caller's standing. */
export function surveyAccess(
  actor: Actor,
  role: string | null,
  analysis: Pick<SecurityAnalysis, 'ownerIds'>,
): SurveyAccess {
  if (role === 'admin' || analysis.ownerIds.some((id) => id.toHexString() === actor.id))
    return 'owner';
  if (role !== null || isCoordinator(actor) || isPlatformAdmin(actor)) return 'reader';
  return null;
}

/** Loads the analysis and throws unless the caller may do `action` with it. */
export async function authorizeSurvey(
  actor: Actor,
  analysisId: string,
  action: SurveyAction,
): Promise<SecurityAnalysis> {
  const analysis = Types.ObjectId.isValid(analysisId)
    ? await SecurityAnalysisModel.findById(analysisId).lean()
    : null;
  if (!analysis) throw notFound('Analysis');
  const access = surveyAccess(
    actor,
    await roleIn(actor, analysis.workspaceId.toHexString()),
    analysis,
  );
  if (!access) throw notFound('Analysis');
  if (action === 'edit' && access !== 'owner')
    throw forbidden('Only the analysis’s owners may change this');
  return analysis;
}

/** Whether the caller may edit (for the `editable` flag the client shows). */
export function mayEdit(actor: Actor, role: string | null, analysis: SecurityAnalysis): boolean {
  return surveyAccess(actor, role, analysis) === 'owner';
}
