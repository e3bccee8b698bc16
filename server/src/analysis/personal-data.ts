import { Types } from 'mongoose';
import type { PersonalData } from '../privacy/personal-data';
import { SecurityAnalysisModel } from './analysis.model';
import { PaperEntryModel } from './paper.model';
import { QuestionnaireVersionModel } from './questionnaire.model';

/**
 * The security analysis's part of the DSGVO export and deletion: the analyses a person started or
 * owns (a phase or the whole), the questionnaire versions they saved and the paper sheets they
 * typed. Residents are not platform users: their addresses have their own deletion day, and
 * responses hold nothing that names anyone.
 */
export const analysisPersonalData: PersonalData[] = [
  {
    model: 'SecurityAnalysis',
    userPaths: ['createdBy', 'ownerIds', 'phases.ownerId'],
    retention:
      'with the analysis; a deleted account stops owning it and its phases, and reads as a former member',
    export: {
      key: 'securityAnalyses',
      async collect(userId) {
        const id = new Types.ObjectId(userId);
        const analyses = await SecurityAnalysisModel.find({
          $or: [{ createdBy: id }, { ownerIds: id }, { 'phases.ownerId': id }],
        }).lean();
        return analyses.map((analysis) => ({
          id: analysis._id.toHexString(),
          title: analysis.title,
          startedByYou: analysis.createdBy.equals(id),
          ownerOfAnalysis: analysis.ownerIds.some((owner) => owner.equals(id)),
          ownerOfPhases: analysis.phases.filter((p) => p.ownerId?.equals(id)).map((p) => p.name),
        }));
      },
    },
    async erase(userId) {
      const id = new Types.ObjectId(userId);
      await SecurityAnalysisModel.updateMany({ ownerIds: id }, { $pull: { ownerIds: id } });
      const owning = await SecurityAnalysisModel.find({ 'phases.ownerId': id }).lean();
      for (const analysis of owning)
        await SecurityAnalysisModel.updateOne(
          { _id: analysis._id },
          {
            $set: {
              phases: analysis.phases.map((p) =>
                p.ownerId?.equals(id) ? { ...p, ownerId: null } : p,
              ),
            },
          },
        );
    },
  },
  {
    model: 'AnalysisQuestionnaireVersion',
    userPaths: ['createdBy'],
    retention: 'with the questionnaire; after account deletion the saver reads as a former member',
    export: {
      key: 'questionnaireVersions',
      async collect(userId) {
        const versions = await QuestionnaireVersionModel.find(
          { createdBy: new Types.ObjectId(userId) },
          { json: 0 },
        ).lean();
        return versions.map((version) => ({
          id: version._id.toHexString(),
          questionnaireId: version.questionnaireId.toHexString(),
          version: version.version,
          savedAt: version.createdAt.toISOString(),
        }));
      },
    },
  },
  {
    model: 'AnalysisPaperEntry',
    userPaths: ['enteredBy'],
    retention:
      'until the sheet is settled; a typing still waiting for its second one stays, as a former member',
    export: {
      key: 'paperSheetTypings',
      async collect(userId) {
        const entries = await PaperEntryModel.find(
          { enteredBy: new Types.ObjectId(userId) },
          { answers: 0 },
        ).lean();
        return entries.map((entry) => ({
          id: entry._id.toHexString(),
          analysisId: entry.analysisId.toHexString(),
          sheetNumber: entry.sheetNumber,
          typedAt: entry.createdAt.toISOString(),
        }));
      },
    },
  },
];
