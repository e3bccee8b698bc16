import {
  FIELDS_OF_ACTION,
  sizeClassOf,
  type FieldOfAction,
  type FieldOverview,
  type MatchedCouncil,
  type Suggestions,
} from '@pnetz/shared';
import mongoose, { Types } from 'mongoose';
import { isCoordinator, isPlatformAdmin, type Actor } from '../../auth/actor';
import { forbidden, notFound } from '../../errors';
import { findPlanFor } from '../../plans/plans.service';
import { MeasureModel } from '../../plans/measure.model';
import { MunicipalityModel } from '../../programme/municipality.model';
import { SearchEntryModel } from '../../search/search-entry.model';
import { searchScope } from '../../search/search.policy';
import { contentAccess, roleIn } from '../../workspaces/access';
import { WorkspaceModel } from '../../workspaces/workspace.model';
import { listReports } from '../reports/reports.service';
import { fieldPairs, rank, scoreCouncil, scoreReport, type CouncilProfile } from './matching.score';

const LIMIT = 8;

/**
 * Profiles of every council as the viewer may see them: what a council works on comes only from
 * content the viewer may read (the search index with the viewer's audiences), so matching never
 * reveals another council's internal plans. Coordinates come from the programme's municipality
 * registry where it knows the place.
 */
async function profiles(actor: Actor): Promise<Map<string, CouncilProfile>> {
  const scope = await searchScope(actor);
  const [workspaces, entries] = await Promise.all([
    WorkspaceModel.find({}, { name: 1, municipality: 1, district: 1, population: 1 }).lean(),
    SearchEntryModel.find(
      { workspaceId: { $ne: null }, audience: { $in: scope.keys } },
      { workspaceId: 1, fieldsOfAction: 1, type: 1, updatedAt: 1 },
    ).lean(),
  ]);
  const places = await MunicipalityModel.find(
    {
      $or: [
        { workspaceId: { $in: workspaces.map((w) => w._id) } },
        { name: { $in: workspaces.map((w) => w.municipality) } },
      ],
    },
    { workspaceId: 1, name: 1, district: 1, lat: 1, lon: 1 },
  ).lean();
  const coordsOf = (w: (typeof workspaces)[number]) => {
    const place =
      places.find((p) => p.workspaceId?.equals(w._id)) ??
      places.find((p) => p.name === w.municipality && p.district === w.district);
    return place ? { lat: place.lat, lon: place.lon } : null;
  };
  const result = new Map<
    string,
    CouncilProfile & { fields: Set<FieldOfAction>; reportFields: Map<FieldOfAction, number> }
  >();
  for (const w of workspaces) {
    result.set(w._id.toHexString(), {
      id: w._id.toHexString(),
      name: w.name,
      municipality: w.municipality,
      district: w.district,
      population: w.population ?? null,
      fields: new Set(),
      reportFields: new Map(),
      lastActivity: null,
      coords: coordsOf(w),
    });
  }
  for (const entry of entries) {
    const profile = result.get(entry.workspaceId!.toHexString());
    if (!profile) continue;
    for (const field of entry.fieldsOfAction) {
      profile.fields.add(field);
      if (entry.type === 'report')
        profile.reportFields.set(field, (profile.reportFields.get(field) ?? 0) + 1);
    }
    if (!profile.lastActivity || entry.updatedAt > profile.lastActivity)
      profile.lastActivity = entry.updatedAt;
  }
  return result;
}

export function presentCouncil(profile: CouncilProfile): MatchedCouncil {
  return {
    id: profile.id,
    name: profile.name,
    municipality: profile.municipality,
    district: profile.district,
    population: profile.population,
    sizeClass: sizeClassOf(profile.population),
  };
}

async function suggest(
  actor: Actor,
  workspaceId: string,
  focusFields: FieldOfAction[] | null,
  now = new Date(),
): Promise<Suggestions> {
  const all = await profiles(actor);
  const subject = all.get(workspaceId);
  if (!subject) throw notFound('Council');
  const focus = focusFields?.length ? focusFields : [...subject.fields];
  const councils = rank(
    [...all.values()].map((candidate) => {
      const scored = scoreCouncil(subject, focus, candidate, now);
      return scored ? { council: presentCouncil(candidate), ...scored } : null;
    }),
    LIMIT,
  );
  const visibleReports = (await listReports(actor, {})).filter(
    (report) => report.visibility !== 'draft',
  );
  const reports = rank(
    visibleReports.map((report) => {
      const council = all.get(report.workspaceId.toHexString());
      if (!council) return null;
      const scored = scoreReport(
        subject,
        focus,
        {
          fieldsOfAction: report.fieldsOfAction,
          council,
          publishedAt: report.publishedAt,
          helpfulCount: report.helpfulBy.length,
        },
        now,
      );
      if (!scored) return null;
      const ref = {
        id: council.id,
        name: council.name,
        municipality: council.municipality,
        district: council.district,
      };
      return {
        report: {
          id: report._id.toHexString(),
          title: report.title,
          council: ref,
          fieldsOfAction: report.fieldsOfAction,
        },
        ...scored,
      };
    }),
    LIMIT,
  );
  return {
    subject: { council: presentCouncil(subject), fieldsOfAction: focus },
    councils,
    reports,
  };
}

/** Suggestions for a council; every signed-in user sees every council's profile. */
export async function suggestForCouncil(
  actor: Actor,
  workspaceId: string,
  field: FieldOfAction | undefined,
): Promise<Suggestions> {
  return suggest(actor, workspaceId, field ? [field] : null);
}

/** Suggestions for a measure of a plan the caller may read: its Handlungsfeld, else the council's. */
export async function suggestForMeasure(
  actor: Actor,
  planId: string,
  measureId: string,
): Promise<Suggestions> {
  const { plan } = await findPlanFor(actor, planId, 'read');
  const measure = await MeasureModel.findOne(
    { planId: plan._id, measureId },
    { fieldOfAction: 1 },
  ).lean();
  if (!measure) throw notFound('Measure');
  return suggest(
    actor,
    plan.workspaceId.toHexString(),
    measure.fieldOfAction ? [measure.fieldOfAction] : null,
  );
}

interface ProjectFacts {
  workspaceId: Types.ObjectId;
  fieldsOfAction?: FieldOfAction[];
  visibility?: 'workspace' | 'network' | 'public';
  draft?: boolean;
}

/**
 * Suggestions for a project the caller may read. Read from the `projects` collection with the
 * shared visibility rules (drafts count as internal), so matching needs nothing else of projects.
 */
export async function suggestForProject(actor: Actor, projectId: string): Promise<Suggestions> {
  const project = Types.ObjectId.isValid(projectId)
    ? await mongoose.connection
        .collection<ProjectFacts>('projects')
        .findOne(
          { _id: new Types.ObjectId(projectId) },
          { projection: { workspaceId: 1, fieldsOfAction: 1, visibility: 1, draft: 1 } },
        )
    : null;
  if (!project) throw notFound('Project');
  const workspaceId = project.workspaceId.toHexString();
  const visibility = project.draft ? 'workspace' : (project.visibility ?? 'workspace');
  if (contentAccess(actor, await roleIn(actor, workspaceId), visibility) === 'none')
    throw notFound('Project');
  return suggest(actor, workspaceId, project.fieldsOfAction ?? null);
}

/** Per Handlungsfeld, who works on it and who could learn from whom; for coordinators. */
export async function fieldOverview(actor: Actor, now = new Date()): Promise<FieldOverview[]> {
  if (!isCoordinator(actor) && !isPlatformAdmin(actor))
    throw forbidden('The overview is for the programme coordination');
  const all = [...(await profiles(actor)).values()];
  return FIELDS_OF_ACTION.map((field) => {
    const { councils, pairs } = fieldPairs(field, all, now);
    return {
      field,
      councils: councils.map(({ profile, reports, experienced }) => ({
        ...presentCouncil(profile),
        reports,
        experienced,
      })),
      pairs: pairs.map(({ learner, mentor, reasons }) => ({
        learner: presentCouncil(learner),
        mentor: presentCouncil(mentor),
        reasons,
      })),
    };
  }).filter((overview) => overview.councils.length > 0);
}
