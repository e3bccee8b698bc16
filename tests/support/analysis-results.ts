import { Types } from 'mongoose';
import { storeSyntheticSurvey } from '../../server/src/analysis/results/demo.seed';
import type { SyntheticSurvey } from '../../server/src/analysis/results/synthetic-survey';

export {
  SYNTHETIC_DISTRICTS,
  syntheticSurvey,
  type SyntheticSurvey,
} from '../../server/src/analysis/results/synthetic-survey';

/** Puts the survey on an analysis as the fieldwork would have left it (see the demo seed). */
export async function seedSurvey(analysisId: string, survey: SyntheticSurvey): Promise<void> {
  await storeSyntheticSurvey(new Types.ObjectId(analysisId), survey);
}
