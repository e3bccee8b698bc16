// Long by design: demo data (projects with their texts and updates), read as content, not code.
import {
  PLAN_DOCUMENT,
  ProjectFieldsSchema,
  type FeedKind,
  type ProjectFields,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import * as Y from 'yjs';
import { UserModel } from '../auth/user.model';
import { mirrorMeasures } from '../plans/measures.mirror';
import { PlanModel } from '../plans/plan.model';
import { CommentModel, UpdateModel } from '../projects/content.model';
import { FeedEventModel } from '../projects/feed-event.model';
import { ProjectModel } from '../projects/project.model';
import { mongoPersistence } from '../realtime/collab/persistence';
import { WorkspaceModel } from '../workspaces/workspace.model';

/** Demo people by login (see demo.ts); projects name them by these keys. */
type Login = `${string}@${string}.example`;

interface DemoUpdate {
  by: Login;
  daysAgo: number;
  text: string;
  comments?: Array<{ by: Login; text: string }>;
}

interface DemoProject {
  municipality: string;
  by: Login;
  daysAgo: number;
  fields: Omit<Partial<ProjectFields>, 'partners'> & { title: string };
  partners: Array<{
    organisation: string;
    type: ProjectFields['partners'][number]['type'];
    role: string;
    people: Login[];
  }>;
  updates: DemoUpdate[];
  /** Measures of the council's demo plan (demo-plan.ts) that serve this project. */
  measures?: string[];
}

// The graffiti project is the funding guideline's example grant: Glauchau, December 2020,
// 29.250 € to replace illegal graffiti with professionally made murals.
const PROJECTS: DemoProject[] = [
  {
    municipality: 'Glauchau',
    by: 'geschaeftsstelle@glauchau.example',
    daysAgo: 60,
    fields: {
      title: 'Wandbilder statt illegaler Graffiti',
      summary:
        'Legale Flächen und professionell gestaltete Wandbilder an den Brennpunkten der Innenstadt, gemeinsam mit Jugendlichen.',
      fieldsOfAction: ['graffiti', 'urban_design'],
      status: 'running',
      problem: {
        what: 'Illegale Graffiti an Bahnhof, Unterführungen und Schulgebäuden',
        where: 'Innenstadt Glauchau, Bahnhofsumfeld',
        since: 'deutlicher Anstieg seit 2019',
        evidence:
          'Anzeigen wegen Sachbeschädigung (PKS), Meldungen der Stadtverwaltung und der Wohnungsgesellschaft',
      },
      causes:
        'Es fehlen legale Flächen und Treffpunkte; Schmierereien bleiben lange stehen und ziehen weitere nach sich.',
      preventionGoal: 'Weniger Sachbeschädigung durch Graffiti in der Innenstadt.',
      projectGoals:
        'Sechs Wandbilder an bisher häufig besprühten Flächen; eine legale Fläche für Jugendliche.',
      indicators: ['Gemeldete Graffiti-Schäden je Quartal', 'Kosten der Beseitigung je Jahr'],
      targetGroups: {
        primary: 'Jugendliche und junge Erwachsene (14–21)',
        secondary: 'Anwohnende, Eigentümer der Flächen',
      },
      settings: ['public_space', 'school'],
      riskFactors: ['community_disorganisation', 'favourable_attitudes'],
      protectiveFactors: ['prosocial_opportunities', 'recognition'],
      approach:
        'Jugendliche entwerfen und malen mit professionellen Künstlern Wandbilder an Flächen, die bisher besprüht wurden.',
      interventionLogic:
        'Gestaltete, wertgeschätzte Flächen werden seltener übersprüht; Jugendliche erleben Anerkennung für legales Sprühen.',
      implementation:
        'Flächen mit Eigentümern klären, Entwürfe in der Oberschule, Malaktionen in den Ferien.',
      contact: {
        name: 'Thomas Wagner',
        organisation: 'Stadtverwaltung Glauchau',
        email: 'geschaeftsstelle@glauchau.example',
        phone: '',
      },
      timeline: {
        start: '2021-01-15',
        end: '2026-12-31',
        milestones: [
          { date: '2021-05-31', title: 'Erstes Wandbild am Bahnhof', done: true },
          { date: '2021-09-30', title: 'Legale Fläche am Jugendhaus', done: true },
          { date: '2026-10-31', title: 'Sechstes Wandbild', done: false },
        ],
      },
      costPlan: [
        { item: 'Honorare Künstlerinnen und Künstler', amount: 21_000 },
        { item: 'Farben und Material', amount: 8_500 },
        { item: 'Gerüst und Absicherung', amount: 3_000 },
      ],
      funding: {
        source: 'state_guideline',
        sourceNote: 'Förderrichtlinie Kommunale Kriminalprävention',
        requested: 29_250,
        granted: 29_250,
        ownShare: 3_250,
        year: 2021,
      },
      evaluation: {
        type: 'self',
        method: 'Schadensmeldungen vor und nach den Wandbildern',
        result: 'An den gestalteten Flächen kaum neue Schäden.',
      },
      evidenceLevel: 'theoretical',
      replicationNotes:
        'Flächen früh mit Eigentümern klären; Jugendliche von Anfang an beteiligen.',
      recommendation: 'Sachbeschädigung im Bahnhofsumfeld verringern',
      visibility: 'network',
    },
    partners: [
      {
        organisation: 'Streetwork Glauchau e. V.',
        type: 'association',
        role: 'Jugendliche ansprechen und begleiten',
        people: ['verein@glauchau.example'],
      },
      {
        organisation: 'Oberschule Glauchau',
        type: 'school',
        role: 'Entwürfe im Kunstunterricht',
        people: ['schule@glauchau.example'],
      },
      {
        organisation: 'Polizeirevier Glauchau',
        type: 'police',
        role: 'Lagebild Sachbeschädigung',
        people: ['polizei@glauchau.example'],
      },
    ],
    updates: [
      {
        by: 'schule@glauchau.example',
        daysAgo: 12,
        text: 'Die Klasse 9b hat drei Entwürfe für die Unterführung an der Lungwitzer Straße fertig. Abstimmung mit den Anwohnenden am Donnerstag.',
        comments: [
          {
            by: 'geschaeftsstelle@glauchau.example',
            text: 'Sehr schön! Die Fläche ist mit der Wohnungsgesellschaft geklärt.',
          },
        ],
      },
      {
        by: 'polizei@glauchau.example',
        daysAgo: 3,
        text: 'Seit dem Wandbild am Bahnhof keine neuen Anzeigen wegen Graffiti an dieser Stelle.',
        comments: [
          {
            by: 'verein@glauchau.example',
            text: 'Das bestätigen auch die Jugendlichen vom Jugendhaus.',
          },
        ],
      },
    ],
    measures: ['demo-measure-1'],
  },
  {
    municipality: 'Glauchau',
    by: 'verein@glauchau.example',
    daysAgo: 45,
    fields: {
      title: 'Aufsuchende Straßensozialarbeit an Treffpunkten',
      summary:
        'Streetwork an den Treffpunkten Jugendlicher in der Innenstadt, abgestimmt mit dem Sozialbüro „First Step“.',
      fieldsOfAction: ['public_space', 'youth_protection', 'drugs'],
      status: 'running',
      problem: {
        what: 'Konflikte zwischen Jugendlichen und Anwohnenden an Treffpunkten',
        where: 'Markt, Gründelpark',
        since: '2022',
        evidence: 'Beschwerden beim Ordnungsamt, Einsätze des Polizeireviers',
      },
      causes: 'Wenige Angebote für Jugendliche am Abend; Alkohol an Treffpunkten.',
      preventionGoal: 'Konflikte um öffentliche Räume früh entschärfen.',
      projectGoals: 'Zwei Streetwork-Runden je Woche; Vermittlung in Angebote.',
      indicators: ['Kontakte je Monat', 'Einsätze des Polizeireviers an Treffpunkten'],
      targetGroups: { primary: 'Jugendliche an Treffpunkten', secondary: 'Anwohnende' },
      settings: ['public_space', 'neighbourhood'],
      riskFactors: ['peer_behaviour', 'community_drug_availability'],
      protectiveFactors: ['bonding', 'social_skills'],
      approach: 'Regelmäßige aufsuchende Arbeit, Beziehungsaufbau, Vermittlung in Hilfen.',
      contact: {
        name: 'Marco Schulz',
        organisation: 'Streetwork Glauchau e. V.',
        email: 'verein@glauchau.example',
        phone: '',
      },
      timeline: { start: '2025-03-01', end: null, milestones: [] },
      funding: {
        source: 'municipal',
        sourceNote: '',
        requested: null,
        granted: 12_000,
        ownShare: null,
        year: 2025,
      },
      visibility: 'workspace',
    },
    partners: [
      {
        organisation: 'Streetwork Glauchau e. V.',
        type: 'association',
        role: 'Träger',
        people: ['verein@glauchau.example'],
      },
    ],
    updates: [
      {
        by: 'verein@glauchau.example',
        daysAgo: 6,
        text: 'Am Gründelpark zwei neue Gruppen kennengelernt; Treffen mit dem Jugendhaus vereinbart.',
      },
    ],
    measures: ['demo-measure-3'],
  },
  {
    municipality: 'Königswartha',
    by: 'geschaeftsstelle@koenigswartha.example',
    daysAgo: 20,
    fields: {
      title: 'Sicherer Schulweg',
      summary:
        'Gefährliche Stellen auf dem Schulweg gemeinsam mit Eltern, Schule und Polizei erkennen und entschärfen.',
      fieldsOfAction: ['traffic'],
      status: 'planning',
      problem: {
        what: 'Unsichere Querungen an der Hauptstraße',
        where: 'Ortsmitte',
        since: '',
        evidence: 'Hinweise des Elternrats',
      },
      causes: 'Schneller Durchgangsverkehr, fehlende Querungshilfen.',
      preventionGoal: 'Kinder kommen sicher zur Schule.',
      targetGroups: { primary: 'Grundschulkinder', secondary: 'Eltern' },
      settings: ['school', 'public_space'],
      approach: 'Schulwegbegehung, Schulwegplan, Gespräche mit der Verkehrsbehörde.',
      contact: {
        name: 'Petra Neumann',
        organisation: 'Gemeindeverwaltung Königswartha',
        email: '',
        phone: '',
      },
      timeline: {
        start: '2026-09-01',
        end: '2027-07-31',
        milestones: [{ date: '2026-10-15', title: 'Schulwegbegehung', done: false }],
      },
      visibility: 'network',
    },
    partners: [
      {
        organisation: 'Grundschule Königswartha',
        type: 'school',
        role: 'Elternarbeit',
        people: ['schule@koenigswartha.example'],
      },
      {
        organisation: 'Polizeirevier Hoyerswerda',
        type: 'police',
        role: 'Verkehrsprävention',
        people: ['polizei@koenigswartha.example'],
      },
    ],
    updates: [
      {
        by: 'schule@koenigswartha.example',
        daysAgo: 2,
        text: 'Der Elternrat hat sechs Stellen gesammelt; Begehung mit dem Revier ist angefragt.',
      },
    ],
  },
];

/** Object ids that sort by the given time, so the feed shows the demo history in order. */
const idAt = (date: Date) => Types.ObjectId.createFromTime(Math.floor(date.getTime() / 1000));
const daysAgo = (days: number, minutes = 0) =>
  new Date(Date.now() - days * 86_400_000 + minutes * 60_000);

/** Links measures of a council's demo plan to a project, in the document and its mirror. */
async function linkMeasures(
  workspaceId: Types.ObjectId,
  projectId: Types.ObjectId,
  measureIds: string[],
): Promise<void> {
  const plan = await PlanModel.findOne({ workspaceId }).lean();
  if (!plan) return;
  const planId = plan._id.toHexString();
  const doc = new Y.Doc();
  const stored = await mongoPersistence.fetch(planId);
  for (const update of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates])
    Y.applyUpdate(doc, update);
  const before = Y.encodeStateVector(doc);
  for (const item of doc.getArray<unknown>(PLAN_DOCUMENT.measures).toArray()) {
    if (item instanceof Y.Map && measureIds.includes(String(item.get('id'))))
      item.set('linkedProjectId', projectId.toHexString());
  }
  await mongoPersistence.append(planId, Y.encodeStateAsUpdate(doc, before));
  await mirrorMeasures(planId, workspaceId.toHexString(), doc);
  doc.destroy();
}

/** Demo projects with partner updates, comments and a feed, for Glauchau and Königswartha. */
export async function seedDemoProjects(): Promise<void> {
  const users = await UserModel.find({}, { email: 1 }).lean();
  const userId = (login: Login) => {
    const user = users.find((u) => u.email === login);
    if (!user) throw new Error(`demo user ${login} is missing`);
    return user._id;
  };
  for (const demo of PROJECTS) {
    const workspace = await WorkspaceModel.findOne({ municipality: demo.municipality }).lean();
    if (!workspace) continue;
    const created = daysAgo(demo.daysAgo);
    const fields = ProjectFieldsSchema.parse({ ...demo.fields, partners: [] });
    const author = userId(demo.by);
    const people = new Set([
      author.toHexString(),
      ...demo.updates.map((u) => userId(u.by).toHexString()),
    ]);
    const project = await ProjectModel.create({
      ...fields,
      _id: idAt(created),
      workspaceId: workspace._id,
      partners: demo.partners.map(({ people: logins, ...partner }) => ({
        ...partner,
        userIds: logins.map(userId),
      })),
      draft: false,
      createdBy: author,
      followers: [...people].map((id) => new Types.ObjectId(id)),
      publishedAt: created,
      createdAt: created,
    });
    const feed: Array<{
      kind: FeedKind;
      actorId: Types.ObjectId;
      itemId: Types.ObjectId | null;
      at: Date;
    }> = [{ kind: 'project.created', actorId: author, itemId: null, at: created }];
    for (const update of demo.updates) {
      const at = daysAgo(update.daysAgo);
      const record = await UpdateModel.create({
        _id: idAt(at),
        projectId: project._id,
        workspaceId: workspace._id,
        authorId: userId(update.by),
        text: update.text,
        followers: [userId(update.by)],
        createdAt: at,
      });
      feed.push({ kind: 'update.posted', actorId: userId(update.by), itemId: record._id, at });
      for (const [index, comment] of (update.comments ?? []).entries()) {
        const commentAt = daysAgo(update.daysAgo, 90 * (index + 1));
        const saved = await CommentModel.create({
          _id: idAt(commentAt),
          projectId: project._id,
          workspaceId: workspace._id,
          target: { type: 'update', id: record._id },
          authorId: userId(comment.by),
          text: comment.text,
          createdAt: commentAt,
        });
        feed.push({
          kind: 'comment.posted',
          actorId: userId(comment.by),
          itemId: saved._id,
          at: commentAt,
        });
      }
    }
    await FeedEventModel.insertMany(
      feed.map((event) => ({
        ...event,
        _id: idAt(event.at),
        workspaceId: workspace._id,
        projectId: project._id,
        projectTitle: fields.title,
      })),
    );
    if (demo.measures) await linkMeasures(workspace._id, project._id, demo.measures);
  }
}
