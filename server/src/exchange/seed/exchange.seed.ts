import { PLAN_DOCUMENT, type FieldOfAction } from '@pnetz/shared';
import mongoose, { Types } from 'mongoose';
import * as Y from 'yjs';
import { hashPassword } from '../../auth/password';
import { UserModel } from '../../auth/user.model';
import type { Logger } from '../../logger';
import { mirrorMeasures } from '../../plans/measures.mirror';
import { PlanModel } from '../../plans/plan.model';
import { ProjectModel } from '../../projects/project.model';
import { mongoPersistence } from '../../realtime/collab/persistence';
import { reindexAll } from '../../search/reindex';
import { MembershipModel } from '../../workspaces/membership.model';
import { WorkspaceModel } from '../../workspaces/workspace.model';
import { ExchangeModel, PostModel } from '../exchange.model';
import { MeetingModel } from '../meeting.model';
import { ReportModel } from '../reports/report.model';
import { GRAFFITI_POSTS, REPORTS, SMALL_COUNCILS } from './seed-data';

const at = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour - 1, 0, 0, 0); // Central European time, near enough for demo data
  return date;
};
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function userId(email: string): Promise<Types.ObjectId> {
  const user = await UserModel.findOne({ email }, { _id: 1 }).lean();
  if (!user) throw new Error(`Demo user ${email} is missing`);
  return user._id;
}

async function workspaceId(municipality: string): Promise<Types.ObjectId> {
  const workspace = await WorkspaceModel.findOne({ municipality }, { _id: 1 }).lean();
  if (!workspace) throw new Error(`Demo council ${municipality} is missing`);
  return workspace._id;
}

/** Stores rich text as a collaborative document, as if typed in the editor. */
async function storeText(
  docName: string,
  paragraphs: string[],
  measures: Array<Record<string, unknown>> = [],
): Promise<Y.Doc> {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getXmlFragment(PLAN_DOCUMENT.text).insert(
      0,
      paragraphs.map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
    doc.getArray(PLAN_DOCUMENT.measures).insert(
      0,
      measures.map((fields) => {
        const map = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) map.set(key, value);
        return map;
      }),
    );
  });
  await mongoPersistence.append(docName, Y.encodeStateAsUpdate(doc));
  return doc;
}

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

async function seedGraffitiExchange(coordinator: Types.ObjectId): Promise<void> {
  const exchange = await ExchangeModel.create({
    title: 'Graffiti und Sachbeschädigung',
    description:
      'Überregionaler Erfahrungsaustausch zu legalen Flächen, Wandbildern und schneller Beseitigung illegaler Graffiti.',
    fieldsOfAction: ['graffiti', 'urban_design'],
    visibility: 'invited',
    workspaceIds: [
      await workspaceId('Glauchau'),
      await workspaceId('Königswartha'),
      await workspaceId('Zwickau'),
    ],
    userIds: [],
    managerIds: [coordinator],
    createdBy: coordinator,
  });
  const ids: Types.ObjectId[] = [];
  for (const [index, post] of GRAFFITI_POSTS.entries()) {
    const author = await userId(post.from);
    const membership = await MembershipModel.findOne({ userId: author }).lean();
    const council = membership
      ? await WorkspaceModel.findById(membership.workspaceId, { name: 1 }).lean()
      : null;
    const created = await PostModel.create({
      exchangeId: exchange._id,
      parentId: 'reply' in post ? ids[post.reply] : null,
      body: post.body,
      authorId: author,
      organisation: membership?.organisation.name ?? null,
      council: council?.name ?? null,
      createdAt: at(-3 + index, 9 + index),
    });
    ids.push(created._id);
  }
  const past = await MeetingModel.create({
    exchangeId: exchange._id,
    title: 'Auftakt Austausch Graffiti',
    startsAt: at(-30, 14),
    endsAt: at(-30, 16),
    location: 'Landespräventionsrat Sachsen, Dresden',
    videoUrl: null,
    agenda: ['Vorstellungsrunde', 'Lagebilder der Kommunen', 'Themen für das Jahr'],
    attendees: [
      { name: 'Katrin Hoffmann', organisation: 'Landespräventionsrat Sachsen' },
      { name: 'Thomas Wagner', organisation: 'Stadtverwaltung Glauchau' },
      { name: 'Stefan Krüger', organisation: 'Polizeirevier Hoyerswerda' },
    ],
    decisions: ['Glauchau stellt seine Erfahrungen mit Wandbildern vor'],
    tasks: [
      {
        taskId: 'demo-task-1',
        title: 'Legale Graffitifläche an der Bushaltestelle prüfen',
        responsible: 'Stefan Krüger',
        due: day(45),
        measure: null,
      },
    ],
    createdBy: coordinator,
  });
  (
    await storeText(past._id.toHexString(), [
      'TOP 1: Die Kommunen stellen ihre Lage vor. Königswartha berichtet über Schmierereien an der Bushaltestelle.',
      'TOP 2: Glauchau schildert die Wandbilder am Bahnhof und die legale Fläche am Jugendhaus.',
    ])
  ).destroy();
  await MeetingModel.create({
    exchangeId: exchange._id,
    title: 'Zweites Austauschtreffen Graffiti',
    startsAt: at(14, 14),
    endsAt: at(14, 16),
    location: 'Rathaus Glauchau, Sitzungssaal',
    videoUrl: 'https://video.praeventionsnetz.example/austausch-graffiti',
    agenda: [
      'Begrüßung',
      'Rundgang zu den Wandbildern',
      'Erfahrungen mit legalen Flächen',
      'Nächste Schritte',
    ],
    attendees: [],
    decisions: [],
    tasks: [],
    createdBy: coordinator,
  });
}

async function seedLitteringExchange(coordinator: Types.ObjectId): Promise<void> {
  const exchange = await ExchangeModel.create({
    title: 'Vermüllung öffentlicher Plätze in kleinen Gemeinden',
    description:
      'Was hilft gegen Müll an Bushaltestellen, Spielplätzen und Dorfplätzen? Offen für alle im Präventionsnetz.',
    fieldsOfAction: ['littering'],
    visibility: 'network',
    workspaceIds: await Promise.all(
      ['Königswartha', 'Belgershain', 'Parthenstein', 'Johanngeorgenstadt'].map(workspaceId),
    ),
    userIds: [],
    managerIds: [coordinator],
    createdBy: coordinator,
  });
  await MeetingModel.create({
    exchangeId: exchange._id,
    title: 'Online-Austausch Vermüllung',
    startsAt: at(21, 10),
    endsAt: at(21, 11),
    location: '',
    videoUrl: 'https://video.praeventionsnetz.example/austausch-muell',
    agenda: ['Dorfputz in Belgershain', 'Müllsammelaktion in Johanngeorgenstadt'],
    attendees: [],
    decisions: [],
    tasks: [],
    createdBy: coordinator,
  });
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
  const indexed = await reindexAll();
  logger.info({ indexed }, 'demo exchange seeded');
}
