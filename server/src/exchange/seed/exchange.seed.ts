import type { FieldOfAction } from '@pnetz/shared';
import mongoose from 'mongoose';
import { hashPassword } from '../../auth/password';
import { UserModel } from '../../auth/user.model';
import type { Logger } from '../../logger';
import { mirrorMeasures } from '../../plans/measures.mirror';
import { PlanModel } from '../../plans/plan.model';
import { ProjectModel } from '../../projects/project.model';
import { MembershipModel } from '../../workspaces/membership.model';
import { WorkspaceModel } from '../../workspaces/workspace.model';
import { MeetingModel } from '../meeting.model';
import { ReportModel } from '../reports/report.model';
import { seedGraffitiExchange, seedLitteringExchange } from './exchanges.seed';
import { REPORTS, SMALL_COUNCILS } from './seed-data';
import { at, day, storeText, userId, workspaceId } from './seed-helpers';

async function seedSmallCouncils(): Promise<void> {
  const passwordHash = await hashPassword('Praevention-2026');
  for (const council of SMALL_COUNCILS) {
    const workspace = await WorkspaceModel.create({
      name: `Kommunaler Präventionsrat ${council.municipality}`,
      municipality: council.municipality,
      district: council.district,
      population: council.population,
      policeDirectorate: council.police,
      contactEmail: `geschaeftsstelle@${council.domain}`,
      description: `Präventionsrat ${council.municipality}.`,
    });
    const user = await UserModel.create({
      email: `geschaeftsstelle@${council.domain}`,
      name: `Geschäftsstelle ${council.municipality}`,
      passwordHash,
    });
    await MembershipModel.create({
      workspaceId: workspace._id,
      userId: user._id,
      role: 'admin',
      organisation: { type: 'municipal', name: `Gemeindeverwaltung ${council.municipality}` },
    });
  }
}

/** A council's plan with measures (littering for matching), stored like Glauchau's demo plan. */
async function seedPlan(
  municipality: string,
  visibility: 'workspace' | 'network',
  title: string,
  text: string[],
  measure: { title: string; field: FieldOfAction },
) {
  const workspace = await workspaceId(municipality);
  const admin = await MembershipModel.findOne({ workspaceId: workspace, role: 'admin' }).lean();
  const plan = await PlanModel.create({
    workspaceId: workspace,
    title,
    kind: 'action_plan',
    visibility,
    createdBy: admin!.userId,
  });
  const doc = await storeText(plan._id.toHexString(), text, [
    {
      id: `demo-${municipality}-1`,
      title: measure.title,
      goal: '',
      fieldOfAction: measure.field,
      responsibleOrganisation: '',
      responsiblePerson: '',
      start: day(-30),
      deadline: day(90),
      status: 'in_progress',
      progress: 20,
      indicator: '',
      linkedProjectId: null,
      budget: null,
      notes: '',
    },
  ]);
  await mirrorMeasures(plan._id.toHexString(), workspace.toHexString(), doc);
  doc.destroy();
}

/**
 * A graffiti project Glauchau keeps inside the council (visibility `workspace`): search must
 * find the council's network report for others, never this project.
 */
async function seedInternalProject(): Promise<void> {
  const workspace = await workspaceId('Glauchau');
  const author = await userId('polizei@glauchau.example');
  await ProjectModel.create({
    workspaceId: workspace,
    title: 'Graffiti-Schnellentfernung an Schulen',
    summary:
      'Interne Abstimmung: Schmierereien an Schulgebäuden binnen 48 Stunden entfernen, Anzeigen bündeln.',
    fieldsOfAction: ['graffiti'],
    status: 'planning',
    problem: {
      what: 'Wiederholte Graffiti an der Oberschule',
      where: 'Schulzentrum',
      since: '2023',
      evidence: 'Anzeigen des Polizeireviers',
    },
    visibility: 'workspace',
    draft: false,
    createdBy: author,
    followers: [author],
    publishedAt: at(-10, 9),
  });
}

async function seedReports(): Promise<void> {
  for (const demo of REPORTS) {
    const workspace = await workspaceId(demo.municipality);
    const admin = await MembershipModel.findOne({ workspaceId: workspace, role: 'admin' }).lean();
    const project = demo.fromProject
      ? await mongoose.connection
          .collection('projects')
          .findOne({ workspaceId: workspace, title: demo.fromProject }, { projection: { _id: 1 } })
      : null;
    await ReportModel.create({
      ...demo.body,
      workspaceId: workspace,
      projectId: project?._id ?? null,
      createdBy: admin!.userId,
      publishedAt: at(-20, 10),
    });
  }
}

/**
 * Demo data of the cross-regional exchange: small councils for matching, experience reports
 * (Glauchau's graffiti report for the network, public good practice), a graffiti exchange of
 * Glauchau, Königswartha and Zwickau with a discussion and meetings, a network exchange on
 * littering, a council session, and the search index over all demo data. Called by the demo
 * seed after councils, plans and projects exist.
 */
export async function seedExchange(logger: Logger): Promise<void> {
  await seedSmallCouncils();
  await seedPlan(
    'Königswartha',
    'workspace',
    'Handlungskonzept Königswartha 2026',
    [
      'Schwerpunkte: Müll an der Bushaltestelle und am Schlossteich, Schmierereien an der Grundschule.',
    ],
    {
      title: 'Müll an Bushaltestelle und Schlossteich verringern',
      field: 'littering',
    },
  );
  await seedPlan(
    'Parthenstein',
    'network',
    'Maßnahmenplan Parthenstein',
    ['Saubere Dorfplätze durch Patenschaften.'],
    { title: 'Patenschaften für Dorfplätze', field: 'littering' },
  );
  await seedInternalProject();
  await seedReports();
  const coordinator = await userId('koordination@lpr.example');
  await seedGraffitiExchange(coordinator);
  await seedLitteringExchange(coordinator);
  const glauchauAdmin = await userId('geschaeftsstelle@glauchau.example');
  await MeetingModel.create({
    workspaceId: await workspaceId('Glauchau'),
    visibility: 'workspace',
    title: 'Sitzung des Kommunalen Präventionsrats',
    startsAt: at(7, 17),
    endsAt: at(7, 19),
    location: 'Rathaus Glauchau',
    agenda: [
      'Bericht der Geschäftsstelle',
      'Stand der Wandbilder',
      'Sicherheitsanalyse vorbereiten',
    ],
    createdBy: glauchauAdmin,
  });
  logger.info('demo exchange seeded');
}
