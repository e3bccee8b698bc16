import { Types } from 'mongoose';
import type { PersonalData } from '../privacy/personal-data';
import { removeAttachments } from './attachments.service';
import { AttachmentModel, CommentModel, UpdateModel } from './content.model';
import { FeedEventModel } from './feed-event.model';
import { ProjectModel } from './project.model';

const KEPT =
  'kept as long as the council keeps the project; after account deletion attributed to "ehemaliges Mitglied"';

/**
 * The projects feature's part of the DSGVO export and deletion. Projects, updates, comments and
 * files a person created stay when the account goes (councils need their records); they keep
 * only the user id, which from then on reads "ehemaliges Mitglied" (privacy/attribution.ts).
 * What is removed: the person as follower, as linked partner, and their files waiting for an
 * update that was never posted.
 */
export const projectPersonalData: PersonalData[] = [
  {
    model: 'Project',
    userPaths: ['createdBy', 'followers', 'partners.userIds'],
    retention: KEPT,
    export: {
      key: 'projects',
      async collect(userId) {
        const projects = await ProjectModel.find({ createdBy: new Types.ObjectId(userId) }).lean();
        return projects.map((p) => ({
          id: p._id.toHexString(),
          workspaceId: p.workspaceId.toHexString(),
          title: p.title,
          summary: p.summary,
          status: p.status,
          visibility: p.visibility,
          draft: p.draft,
          createdAt: p.createdAt.toISOString(),
          updatedAt: p.updatedAt.toISOString(),
        }));
      },
    },
    async erase(userId) {
      const id = new Types.ObjectId(userId);
      await ProjectModel.updateMany({ followers: id }, { $pull: { followers: id } });
      // Partners are rewritten whole: positional array updates are not portable to FerretDB.
      const linked = await ProjectModel.find({ 'partners.userIds': id }, { partners: 1 }).lean();
      for (const project of linked) {
        const partners = project.partners.map((p) => ({
          ...p,
          userIds: p.userIds.filter((u) => !u.equals(id)),
        }));
        await ProjectModel.updateOne({ _id: project._id }, { $set: { partners } });
      }
    },
  },
  {
    model: 'ProjectUpdate',
    userPaths: ['authorId', 'mentions', 'followers'],
    retention: KEPT,
    export: {
      key: 'projectUpdates',
      async collect(userId) {
        const updates = await UpdateModel.find({ authorId: new Types.ObjectId(userId) }).lean();
        return updates.map((u) => ({
          id: u._id.toHexString(),
          projectId: u.projectId.toHexString(),
          text: u.text,
          createdAt: u.createdAt.toISOString(),
          editedAt: u.editedAt?.toISOString() ?? null,
        }));
      },
    },
    async erase(userId) {
      const id = new Types.ObjectId(userId);
      await UpdateModel.updateMany({ followers: id }, { $pull: { followers: id } });
    },
  },
  {
    model: 'ProjectComment',
    userPaths: ['authorId', 'mentions'],
    retention: KEPT,
    export: {
      key: 'projectComments',
      async collect(userId) {
        const comments = await CommentModel.find({ authorId: new Types.ObjectId(userId) }).lean();
        return comments.map((c) => ({
          id: c._id.toHexString(),
          projectId: c.projectId.toHexString(),
          on: { type: c.target.type, id: c.target.id.toHexString() },
          text: c.text,
          createdAt: c.createdAt.toISOString(),
          editedAt: c.editedAt?.toISOString() ?? null,
        }));
      },
    },
  },
  {
    model: 'ProjectAttachment',
    userPaths: ['uploadedBy'],
    retention: `${KEPT}; files never attached to an update are removed with the account`,
    export: {
      key: 'projectFiles',
      async collect(userId) {
        const files = await AttachmentModel.find({
          uploadedBy: new Types.ObjectId(userId),
        }).lean();
        return files.map((f) => ({
          id: f._id.toHexString(),
          projectId: f.projectId.toHexString(),
          filename: f.filename,
          contentType: f.contentType,
          size: f.size,
          description: f.description,
          createdAt: f.createdAt.toISOString(),
        }));
      },
    },
    async erase(userId) {
      await removeAttachments(
        await AttachmentModel.find(
          { uploadedBy: new Types.ObjectId(userId), pending: true },
          { fileId: 1 },
        ).lean(),
      );
    },
  },
  {
    model: 'FeedEvent',
    userPaths: ['actorId'],
    retention: `${KEPT}; the council's activity feed`,
    export: {
      key: 'projectActivity',
      async collect(userId) {
        const events = await FeedEventModel.find({ actorId: new Types.ObjectId(userId) })
          .sort({ _id: 1 })
          .lean();
        return events.map((e) => ({
          id: e._id.toHexString(),
          projectId: e.projectId.toHexString(),
          kind: e.kind,
          at: e.at.toISOString(),
        }));
      },
    },
  },
];
