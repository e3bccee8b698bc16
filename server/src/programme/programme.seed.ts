import { Types } from 'mongoose';
import type { Logger } from '../logger';
import { MeasureModel } from '../plans/measure.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { MunicipalityModel } from './municipality.model';
import {
  AgreementModel,
  AnalysisModel,
  BudgetModel,
  CoachingModel,
  FundingModel,
} from './records.model';
import { buildDemoProgramme } from './seed/dataset';

/**
 * Seeds the demo programme (registry, milestones, agreements, coaching, analyses, funding,
 * budgets) so the dashboard shows the published figures at their dates. Called by the demo seed,
 * which runs only on an empty database; bulk inserts keep it fast. Municipalities with a demo
 * council are linked to its workspace.
 */
export async function seedProgramme(logger: Logger): Promise<void> {
  const demo = buildDemoProgramme();
  const workspaces = await WorkspaceModel.find({}, { municipality: 1 }).lean();
  const workspaceOf = new Map(workspaces.map((w) => [w.municipality, w._id]));
  // Recommendations of Glauchau's analysis link the measures of its seeded action plan.
  const measures = await MeasureModel.find(
    {},
    { workspaceId: 1, planId: 1, measureId: 1, title: 1 },
  ).lean();
  const linked = (workspaceId: Types.ObjectId, municipality: string) =>
    workspaceOf.get(municipality)?.equals(workspaceId) ?? false;
  const ids = new Map(demo.municipalities.map((m) => [m.name, new Types.ObjectId()]));
  const owner = (name: string) => {
    const id = ids.get(name);
    if (!id) throw new Error(`Demo record for unknown municipality ${name}`);
    return id;
  };

  await MunicipalityModel.insertMany(
    demo.municipalities.map((m) => ({
      ...m,
      _id: ids.get(m.name),
      workspaceId: m.kind === 'municipality' ? (workspaceOf.get(m.name) ?? null) : null,
      contact: { name: '', email: '', phone: '' },
    })),
    { ordered: false },
  );
  await Promise.all([
    AgreementModel.insertMany(
      demo.agreements.map(({ municipality, ...a }) => ({
        ...a,
        municipalityId: owner(municipality),
        document: null,
      })),
    ),
    CoachingModel.insertMany(
      demo.coachings.map(({ municipality, ...c }) => ({
        ...c,
        municipalityId: owner(municipality),
      })),
    ),
    AnalysisModel.insertMany(
      demo.analyses.map(({ municipality, ...a }) => ({
        ...a,
        municipalityId: owner(municipality),
        recommendations: a.recommendations.map(({ measureHint, ...r }) => ({
          ...r,
          measures: measures
            .filter(
              (m) =>
                measureHint && linked(m.workspaceId, municipality) && m.title.includes(measureHint),
            )
            .map((m) => ({ planId: m.planId, measureId: m.measureId })),
        })),
      })),
    ),
    FundingModel.insertMany(
      demo.funding.map(({ municipality, ...f }) => ({
        ...f,
        municipalityId: owner(municipality),
        status: f.statusHistory.at(-1)!.status,
      })),
    ),
    BudgetModel.insertMany(demo.budgets),
  ]);
  logger.info(
    {
      municipalities: demo.municipalities.length,
      agreements: demo.agreements.length,
      funding: demo.funding.length,
    },
    'demo programme seeded',
  );
}
