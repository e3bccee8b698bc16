import type { Questionnaire } from '@pnetz/shared';
import type { QuestionnaireRecord } from './questionnaire.model';
import { translationStatus } from './questionnaire/survey-json';
import type { listVersions } from './questionnaire.service';
import { languagesOf } from './questionnaire.service';

type Versions = Awaited<ReturnType<typeof listVersions>>;

export function presentQuestionnaire(
  record: QuestionnaireRecord,
  versions: Versions,
  /** The caller is an owner of the analysis. */
  owner: boolean,
): Questionnaire {
  const languages = languagesOf(record);
  return {
    id: record._id.toHexString(),
    analysisId: record.analysisId.toHexString(),
    version: record.version,
    status: record.status,
    languages,
    json: record.json as Questionnaire['json'],
    translations: translationStatus(record.json),
    versions: versions.map((version) => ({
      version: version.version,
      createdAt: version.createdAt.toISOString(),
      createdBy: version.createdBy.toHexString(),
      questions: version.questions,
      renamed: version.renamed,
    })),
    editable: owner && record.status === 'draft',
    canEndFieldwork: owner && record.status === 'field',
    updatedAt: record.updatedAt.toISOString(),
  };
}
