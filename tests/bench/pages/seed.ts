/**
 * Seeds the page benchmark's database at a realistic size: the demo data (logins, a plan, an
 * exchange, the programme), then more councils, projects and project updates cloned from the demo
 * records in bulk (insertMany), up to 100 councils, 2,000 projects and 50,000 updates.
 */
import mongoose, { Types } from 'mongoose';
import pino from 'pino';
import { connectDatabase } from '../../../server/src/db/connection';
import { ExchangeModel } from '../../../server/src/exchange/exchange.model';
import { PlanModel } from '../../../server/src/plans/plan.model';
import { UpdateModel } from '../../../server/src/projects/content.model';
import { ProjectModel } from '../../../server/src/projects/project.model';
import { DEMO_PASSWORD, seedDemoData } from '../../../server/src/seed/demo';
import { MembershipModel } from '../../../server/src/workspaces/membership.model';
import { WorkspaceModel } from '../../../server/src/workspaces/workspace.model';

export const PAGE_DATA_SIZE = { councils: 100, projects: 2000, updates: 50_000 };

/** Who signs in, and the records the page routes open. */
export interface PageFixture {
  email: string;
  /** The programme coordinator of the demo, who sees the whole programme's dashboard. */
  coordinatorEmail: string;
  password: string;
  planId: string;
  workspaceId: string;
  projectId: string;
  exchangeId: string;
  counts: { councils: number; projects: number; updates: number };
}

const BATCH = 2000;

async function insertInBatches<T>(
  model: mongoose.Model<T>,
  docs: Array<Record<string, unknown>>,
): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH)
    await model.collection.insertMany(docs.slice(i, i + BATCH), { ordered: false });
}

/** Everything but the id of a stored record, as a plain object to clone. */
function template(doc: Record<string, unknown>): Record<string, unknown> {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

export async function seedPageData(
  uri: string,
  dbName: string,
  size = PAGE_DATA_SIZE,
): Promise<PageFixture> {
  const logger = pino({ level: 'warn' });
  await connectDatabase(uri, logger, dbName);
  try {
    await seedDemoData(logger);
    const email = 'geschaeftsstelle@glauchau.example';
    const home = await WorkspaceModel.findOne({ municipality: 'Glauchau' }).lean();
    if (!home) throw new Error('the demo seed has no Glauchau council');
    const admin = await MembershipModel.findOne({ workspaceId: home._id, role: 'admin' }).lean();

    // Councils: clones of the demo council, the signed-in person a member of each (a district
    // coordinator's view: the start page lists them all).
    const existingCouncils = await WorkspaceModel.countDocuments();
    const councils = Array.from(
      { length: Math.max(0, size.councils - existingCouncils) },
      (_, i) => ({
        ...template(home as unknown as Record<string, unknown>),
        _id: new Types.ObjectId(),
        name: `Kommunaler Präventionsrat Bench ${i + 1}`,
        municipality: `Bench ${i + 1}`,
      }),
    );
    await insertInBatches(WorkspaceModel, councils);
    if (admin)
      await insertInBatches(
        MembershipModel,
        councils.map((council) => ({
          ...template(admin as unknown as Record<string, unknown>),
          _id: new Types.ObjectId(),
          workspaceId: council._id,
          role: 'member',
        })),
      );
    const councilIds = (await WorkspaceModel.find({}, { _id: 1 }).lean()).map((c) => c._id);

    // Projects: the demo projects, cloned round-robin across all councils.
    const demoProjects = (await ProjectModel.find().lean()) as unknown as Array<
      Record<string, unknown> & { title: string }
    >;
    if (demoProjects.length === 0) throw new Error('the demo seed has no projects');
    const projects = Array.from(
      { length: Math.max(0, size.projects - demoProjects.length) },
      (_, i) => {
        const source = demoProjects[i % demoProjects.length]!;
        return {
          ...template(source),
          _id: new Types.ObjectId(),
          workspaceId: councilIds[i % councilIds.length],
          title: `${source.title} (${i + 1})`,
        };
      },
    );
    await insertInBatches(ProjectModel, projects);

    // Updates: demo updates cloned across every project, newest last.
    const demoUpdates = (await UpdateModel.find().lean()) as unknown as Array<
      Record<string, unknown>
    >;
    const allProjects = await ProjectModel.find({}, { _id: 1, workspaceId: 1 }).lean();
    const existingUpdates = demoUpdates.length;
    const missing = Math.max(0, size.updates - existingUpdates);
    const started = Date.now() - missing * 60_000;
    const updates = Array.from({ length: missing }, (_, i) => {
      const project = allProjects[i % allProjects.length]!;
      const source = demoUpdates[i % Math.max(1, demoUpdates.length)] ?? {
        authorId: admin?.userId,
        text: 'Neuigkeit aus dem Projekt',
        attachmentIds: [],
        mentions: [],
        followers: [],
        editedAt: null,
      };
      const createdAt = new Date(started + i * 60_000);
      return {
        ...template(source),
        _id: Types.ObjectId.createFromTime(Math.floor(createdAt.getTime() / 1000)),
        projectId: project._id,
        workspaceId: project.workspaceId,
        attachmentIds: [],
        createdAt,
      };
    });
    await insertInBatches(UpdateModel, updates);

    // The records the routes open: the demo plan, the home council's busiest project, an exchange.
    const plan = await PlanModel.findOne({ workspaceId: home._id }).lean();
    const project = await ProjectModel.findOne({ workspaceId: home._id }).lean();
    const exchange = await ExchangeModel.findOne().lean();
    if (!plan || !project || !exchange)
      throw new Error('the demo seed lacks a plan, project or exchange');
    return {
      email,
      coordinatorEmail: 'koordination@lpr.example',
      password: DEMO_PASSWORD,
      planId: plan._id.toHexString(),
      workspaceId: home._id.toHexString(),
      projectId: project._id.toHexString(),
      exchangeId: exchange._id.toHexString(),
      counts: {
        councils: await WorkspaceModel.countDocuments(),
        projects: await ProjectModel.countDocuments(),
        updates: await UpdateModel.countDocuments(),
      },
    };
  } finally {
    await mongoose.disconnect();
  }
}
