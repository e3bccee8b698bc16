import { Types } from 'mongoose';
import type { PersonalData } from '../privacy/personal-data';
import { PlanVersionModel } from './plan-version.model';
import { PlanModel } from './plan.model';

const KEPT =
  'kept as long as the council keeps the plan; after account deletion attributed to "ehemaliges Mitglied"';

/**
 * Plans and their versions a person created. Both stay with the council when the account goes
 * (an action plan is the council's record); only the attribution changes.
 */
export const planPersonalData: PersonalData[] = [
  {
    model: 'Plan',
    userPaths: ['createdBy'],
    retention: KEPT,
    export: {
      key: 'plans',
      async collect(userId) {
        const plans = await PlanModel.find({ createdBy: new Types.ObjectId(userId) }).lean();
        return plans.map((p) => ({
          id: p._id.toHexString(),
          workspaceId: p.workspaceId.toHexString(),
          title: p.title,
          kind: p.kind,
          visibility: p.visibility,
          archived: p.archived,
          createdAt: p.createdAt.toISOString(),
          updatedAt: p.updatedAt.toISOString(),
        }));
      },
    },
  },
  {
    model: 'PlanVersion',
    userPaths: ['createdBy'],
    retention: KEPT,
    export: {
      key: 'planVersions',
      async collect(userId) {
        const versions = await PlanVersionModel.find(
          { createdBy: new Types.ObjectId(userId) },
          { state: 0 },
        ).lean();
        return versions.map((v) => ({
          id: v._id.toHexString(),
          planId: v.planId.toHexString(),
          name: v.name,
          automatic: v.automatic,
          createdAt: v.createdAt.toISOString(),
        }));
      },
    },
  },
];
