import { Types } from 'mongoose';
import type { PersonalData } from '../../privacy/personal-data';
import { RecommendationModel } from './recommendation.model';

/**
 * Who wrote and who decided a recommendation: kept with the analysis, because the report and
 * the action plan refer to the decision; after account deletion they read as a former member.
 */
export const recommendationsPersonalData: PersonalData[] = [
  {
    model: 'AnalysisRecommendation',
    userPaths: ['createdBy', 'decidedBy'],
    retention: 'with the analysis; after account deletion the author reads as a former member',
    export: {
      key: 'analysisRecommendations',
      async collect(userId) {
        const id = new Types.ObjectId(userId);
        const records = await RecommendationModel.find({
          $or: [{ createdBy: id }, { decidedBy: id }],
        }).lean();
        return records.map((record) => ({
          id: record._id.toHexString(),
          analysisId: record.analysisId.toHexString(),
          title: record.title,
          status: record.status,
          createdAt: record.createdAt.toISOString(),
        }));
      },
    },
  },
];
