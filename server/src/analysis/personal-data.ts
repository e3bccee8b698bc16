import { Types } from 'mongoose';
import { registerPersonalDataSource } from '../privacy/personal-data';
import { SecurityAnalysisModel } from './analysis.model';

/**
 * The security analysis's part of the DSGVO export and deletion: the analyses a person started or
 * owns (a phase or the whole). Residents' addresses are not platform users' data; they have their
 * own deletion day. A deleted account stops owning analyses and phases.
 */
registerPersonalDataSource({
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
  async forget(userId) {
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
});
