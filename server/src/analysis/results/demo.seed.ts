import { ANALYSIS_PHASES } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Logger } from '../../logger';
import { MunicipalityModel } from '../../programme/municipality.model';
import { AnalysisModel as ProgrammeAnalysisModel } from '../../programme/records.model';
import { MembershipModel } from '../../workspaces/membership.model';
import { SecurityAnalysisModel } from '../analysis.model';
import { QuestionnaireModel } from '../questionnaire.model';
import { ResponseModel } from '../response.model';
import { syntheticQuestionnaire, syntheticSurvey, type SyntheticSurvey } from './synthetic-survey';

/**
 * Königswartha's districts for the demo survey. The sizes are those of the synthetic test
 * municipality, so the demo answers follow the same seed: Wartha is tiny, its cells are
 * suppressed.
 */
export const DEMO_DISTRICTS: Readonly<Record<string, number>> = {
  Königswartha: 1800,
  Caminau: 1400,
  Commerau: 1600,
  Wartha: 80,
};
export const DEMO_RESULTS_TITLE = 'Sicherheitsanalyse Königswartha 2026 (Beispieldaten)';
/** A second wave of the same council, ready to be weighted: its results compare with the first. */
export const DEMO_SECOND_WAVE_TITLE = 'Nachbefragung Königswartha Herbst 2026 (Beispieldaten)';

/**
 * Puts a survey on an analysis as the fieldwork would have left it: the register's margins,
 * the sample design, the letters issued, the questionnaire in the field, and the responses.
 */
export async function storeSyntheticSurvey(
  analysisId: Types.ObjectId,
  survey: SyntheticSurvey,
  districts?: Readonly<Record<string, number>>,
): Promise<void> {
  await SecurityAnalysisModel.updateOne(
    { _id: analysisId },
    {
      $set: {
        register: {
          filename: 'melderegister.csv',
          rows: survey.margins.reduce((sum, m) => sum + m.count, 0),
          importedAt: new Date(),
          margins: survey.margins,
        },
        sample: {
          seed: 'beispiel',
          size: survey.letters,
          allocation: 'proportional',
          minimumPerStratum: 0,
          drawnOn: '2026-03-02',
          strata: survey.strata,
        },
        letters: { issued: survey.letters, madeAt: new Date('2026-03-09T09:00:00Z') },
        // Fieldwork is over: the addresses were deleted, the margins stay.
        addressesDeletedAt: new Date('2026-05-04T02:00:00Z'),
      },
    },
  );
  await QuestionnaireModel.create({
    analysisId,
    version: 1,
    status: 'field',
    languages: ['de', 'en'],
    json: syntheticQuestionnaire(districts),
    fieldStartedAt: new Date('2026-03-09T09:00:00Z'),
  });
  await ResponseModel.insertMany(
    survey.responses.map((response, i) => ({
      analysisId,
      questionnaireVersion: 1,
      channel: i % 3 === 0 ? 'paper' : 'online',
      submittedOn: '2026-04-15',
      language: 'de',
      answers: response.answers,
      stratum: response.stratum,
    })),
  );
}

/**
 * The demo council of a municipality: its workspace and the admin who starts its analyses, or
 * null when the demo has not set them up.
 */
export async function demoCouncil(name: string): Promise<{
  workspaceId: Types.ObjectId;
  municipalityId: Types.ObjectId;
  adminId: Types.ObjectId;
} | null> {
  const municipality = await MunicipalityModel.findOne({ name }).lean();
  if (!municipality?.workspaceId) return null;
  const admin = await MembershipModel.findOne({
    workspaceId: municipality.workspaceId,
    role: 'admin',
  }).lean();
  if (!admin) return null;
  return {
    workspaceId: municipality.workspaceId,
    municipalityId: municipality._id,
    adminId: admin.userId,
  };
}

/** A programme record for a demo survey: agreed, surveyed and in evaluation on the given days. */
export function demoProgrammeRecord(
  municipalityId: Types.ObjectId,
  [agreed, survey, evaluation]: [string, string, string],
  surveySize: number,
) {
  return ProgrammeAnalysisModel.create({
    municipalityId,
    statusHistory: [
      { status: 'agreed', date: agreed },
      { status: 'survey', date: survey },
      { status: 'evaluation', date: evaluation },
    ],
    surveySize,
  });
}

/**
 * A finished survey in Königswartha with invented answers, ready to be weighted: the results
 * page has something to show in the demo. It fills its own programme record, dated after the
 * programme figures the ministry published.
 */
export async function seedDemoResults(logger: Logger): Promise<void> {
  const council = await demoCouncil('Königswartha');
  if (!council) return;
  const { workspaceId, municipalityId, adminId } = council;
  const record = await demoProgrammeRecord(
    municipalityId,
    ['2025-11-04', '2026-03-09', '2026-05-04'],
    1000,
  );
  const phase = (
    name: (typeof ANALYSIS_PHASES)[number],
    start: string | null,
    end: string | null,
  ) => ({
    name,
    start,
    end,
    ownerId: null,
  });
  const dates: Record<string, [string, string]> = {
    Vorbereitung: ['2025-11-04', '2026-01-16'],
    Fragebogen: ['2026-01-19', '2026-02-13'],
    Stichprobe: ['2026-02-16', '2026-03-02'],
    Versand: ['2026-03-03', '2026-03-09'],
    Feldphase: ['2026-03-09', '2026-04-24'],
    Erinnerung: ['2026-03-30', '2026-03-31'],
  };
  const analysis = await SecurityAnalysisModel.create({
    workspaceId,
    recordId: record._id,
    title: DEMO_RESULTS_TITLE,
    phases: ANALYSIS_PHASES.map((name) =>
      phase(name, dates[name]?.[0] ?? null, dates[name]?.[1] ?? null),
    ),
    createdBy: adminId,
  });
  const survey = syntheticSurvey(2035, 1000, DEMO_DISTRICTS);
  await storeSyntheticSurvey(analysis._id, survey, DEMO_DISTRICTS);

  // The second wave: another, smaller draw from the same synthetic population, started after
  // the first (half the letters keep the demo database light).
  const secondRecord = await demoProgrammeRecord(
    municipalityId,
    ['2026-06-15', '2026-09-14', '2026-11-02'],
    500,
  );
  const second = await SecurityAnalysisModel.create({
    workspaceId,
    recordId: secondRecord._id,
    title: DEMO_SECOND_WAVE_TITLE,
    phases: ANALYSIS_PHASES.map((name) => phase(name, null, null)),
    createdBy: adminId,
  });
  const secondSurvey = syntheticSurvey(4711, 500, DEMO_DISTRICTS);
  await storeSyntheticSurvey(second._id, secondSurvey, DEMO_DISTRICTS);
  logger.info(
    { responses: survey.responses.length, secondWave: secondSurvey.responses.length },
    'demo survey results seeded',
  );
}
