import { Types } from 'mongoose';
import type { PersonalData } from '../../privacy/personal-data';
import { TextReviewModel, WeightingRunModel } from './weighting.model';

/**
 * Who started a weighting run and who released free text: kept with the analysis, because the
 * method appendix names the run; after account deletion they read as a former member.
 */
export const resultsPersonalData: PersonalData[] = [
  {
    model: 'AnalysisWeightingRun',
    userPaths: ['startedBy'],
    retention: 'with the analysis; after account deletion the starter reads as a former member',
    export: {
      key: 'weightingRuns',
      async collect(userId) {
        const runs = await WeightingRunModel.find(
          { startedBy: new Types.ObjectId(userId) },
          { responseIds: 0, weights: 0, margins: 0 },
        ).lean();
        return runs.map((run) => ({
          id: run._id.toHexString(),
          analysisId: run.analysisId.toHexString(),
          cap: run.cap,
          startedAt: run.createdAt.toISOString(),
        }));
      },
    },
  },
  {
    model: 'AnalysisTextReview',
    userPaths: ['reviewedBy'],
    retention: 'with the analysis; after account deletion the reviewer reads as a former member',
    export: {
      key: 'freeTextReviews',
      async collect(userId) {
        const reviews = await TextReviewModel.find({
          reviewedBy: new Types.ObjectId(userId),
        }).lean();
        return reviews.map((review) => ({
          analysisId: review.analysisId.toHexString(),
          questions: review.questions,
          reviewedAt: review.updatedAt.toISOString(),
        }));
      },
    },
  },
];
