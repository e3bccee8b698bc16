import { ANALYSIS_PHASES } from '@pnetz/shared';
import type { Logger } from '../../logger';
import { MunicipalityModel } from '../../programme/municipality.model';
import { AnalysisModel as ProgrammeAnalysisModel } from '../../programme/records.model';
import { MembershipModel } from '../../workspaces/membership.model';
import { SecurityAnalysisModel } from '../analysis.model';
import { storeSyntheticSurvey } from '../results/demo.seed';
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
  const municipality = await MunicipalityModel.findOne({ name: 'Glauchau' }).lean();
  if (!municipality?.workspaceId) return;
  const admin = await MembershipModel.findOne({
    workspaceId: municipality.workspaceId,
    role: 'admin',
  }).lean();
  if (!admin) return;
  const record = await ProgrammeAnalysisModel.create({
    municipalityId: municipality._id,
    statusHistory: [
      { status: 'agreed', date: '2025-10-01' },
      { status: 'survey', date: '2026-03-02' },
      { status: 'evaluation', date: '2026-04-27' },
    ],
    surveySize: 1000,
  });
  const analysis = await SecurityAnalysisModel.create({
    workspaceId: municipality.workspaceId,
    recordId: record._id,
    title: DEMO_REPORT_TITLE,
    phases: ANALYSIS_PHASES.map((name) => ({ name, start: null, end: null, ownerId: null })),
    createdBy: admin.userId,
  });
  const survey = syntheticSurvey(2035, 1000, REPORT_DISTRICTS);
  await storeSyntheticSurvey(analysis._id, survey, REPORT_DISTRICTS);
  logger.info({ responses: survey.responses.length }, 'demo report survey seeded');
}
