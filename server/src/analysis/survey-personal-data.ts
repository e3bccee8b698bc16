import { Types } from 'mongoose';
import { registerPersonalDataSource } from '../privacy/personal-data';
import { PaperEntryModel } from './paper.model';
import { QuestionnaireVersionModel } from './questionnaire.model';

/**
 * The questionnaire's and the paper returns' part of the DSGVO export and deletion. Questionnaire
 * versions keep the id of who saved them, which then reads as a former member. A typing of a
 * paper sheet that is still waiting for its second typing names its typist: after deletion it
 * stays (the sheet must still be checked by someone else) without the name, as a former member.
 * Respondents are not platform users: responses hold nothing that names anyone.
 */
registerPersonalDataSource({
  key: 'surveyQuestionnairesAndSheets',
  async collect(userId) {
    const id = new Types.ObjectId(userId);
    const [versions, entries] = await Promise.all([
      QuestionnaireVersionModel.find({ createdBy: id }, { json: 0 }).lean(),
      PaperEntryModel.find({ enteredBy: id }, { answers: 0 }).lean(),
    ]);
    return [
      ...versions.map((version) => ({
        kind: 'questionnaireVersion',
        questionnaireId: version.questionnaireId.toHexString(),
        version: version.version,
        savedAt: version.createdAt.toISOString(),
      })),
      ...entries.map((entry) => ({
        kind: 'paperSheetTyping',
        analysisId: entry.analysisId.toHexString(),
        sheetNumber: entry.sheetNumber,
        typedAt: entry.createdAt.toISOString(),
      })),
    ];
  },
});
