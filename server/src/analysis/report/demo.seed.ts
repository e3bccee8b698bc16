import { ANALYSIS_PHASES } from '@pnetz/shared';
import type { Logger } from '../../logger';
import { SecurityAnalysisModel } from '../analysis.model';
import { demoCouncil, demoProgrammeRecord, storeSyntheticSurvey } from '../results/demo.seed';
import { syntheticSurvey } from '../results/synthetic-survey';

/** Glauchau's districts for the report's demo survey (Reinholdshain is tiny: suppressed). */
const REPORT_DISTRICTS: Readonly<Record<string, number>> = {
  Glauchau: 1800,
  Gesau: 1400,
  Jerisau: 1600,
  Reinholdshain: 80,
};
export const DEMO_REPORT_TITLE = 'Sicherheitsanalyse Glauchau 2026 (Berichtsbeispiel)';

/**
 * A second finished survey with invented answers, in Glauchau, for writing a report: its own
 * programme record (dated after the ministry's published figures), fieldwork over, not weighted.
 */
export async function seedDemoReport(logger: Logger): Promise<void> {
  const council = await demoCouncil('Glauchau');
  if (!council) return;
  const record = await demoProgrammeRecord(
    council.municipalityId,
    ['2025-10-01', '2026-03-02', '2026-04-27'],
    1000,
  );
  const analysis = await SecurityAnalysisModel.create({
    workspaceId: council.workspaceId,
    recordId: record._id,
    title: DEMO_REPORT_TITLE,
    phases: ANALYSIS_PHASES.map((name) => ({ name, start: null, end: null, ownerId: null })),
    createdBy: council.adminId,
  });
  const survey = syntheticSurvey(2035, 1000, REPORT_DISTRICTS);
  await storeSyntheticSurvey(analysis._id, survey, REPORT_DISTRICTS);
  logger.info({ responses: survey.responses.length }, 'demo report survey seeded');
}
