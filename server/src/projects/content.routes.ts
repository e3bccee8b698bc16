import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import { sendFile } from '../files/upload';
import type { RouteBinder } from '../http/route';
import * as attachments from './attachments.service';
import * as comments from './comments.service';
import type { CommentRecord, UpdateRecord } from './content.model';
import { presentAttachments, presentComments, presentUpdates } from './content.presenter';
import type { ProjectDeps } from './project-deps';
import * as updates from './updates.service';

async function presentUpdate(record: UpdateRecord) {
  const [update] = await presentUpdates([record]);
  return update!;
}

async function presentComment(record: CommentRecord) {
  const [comment] = await presentComments([record]);
  return comment!;
}

/** Partner updates, comments and files of projects. */
export function contentRoutes(bind: RouteBinder, deps: ProjectDeps): Router {
  const router = Router();
  const api = endpoints.projects;

  bind(router, api.updates, async ({ actor, params, query }) => {
    const page = await updates.listUpdates(actor, params.id, query);
    return { items: await presentUpdates(page.items), nextCursor: page.nextCursor };
  });

  bind(router, api.postUpdate, async ({ actor, params, body }) =>
    presentUpdate(await updates.postUpdate(actor, params.id, body, deps)),
  );

  bind(router, api.editUpdate, async ({ actor, params, body }) =>
    presentUpdate(await updates.editUpdate(actor, params.id, body, deps)),
  );

  bind(router, api.deleteUpdate, async ({ actor, params }) => {
    await updates.deleteUpdate(actor, params.id, deps);
  });

  bind(router, api.comments, async ({ actor, params }) => ({
    items: await presentComments(await comments.listProjectComments(actor, params.id)),
  }));

  bind(router, api.commentProject, async ({ actor, params, body }) =>
    presentComment(
      await comments.postComment(actor, { type: 'project', id: params.id }, body, deps),
    ),
  );

  bind(router, api.commentUpdate, async ({ actor, params, body }) =>
    presentComment(
      await comments.postComment(actor, { type: 'update', id: params.id }, body, deps),
    ),
  );

  bind(router, api.editComment, async ({ actor, params, body }) =>
    presentComment(await comments.editComment(actor, params.id, body, deps)),
  );

  bind(router, api.deleteComment, async ({ actor, params }) => {
    await comments.deleteComment(actor, params.id, deps);
  });

  bind(router, api.attachments, async ({ actor, params }) => ({
    items: await presentAttachments(await attachments.listAttachments(actor, params.id)),
  }));

  bind(router, api.upload, async ({ actor, params, query, req }) => {
    const [attachment] = await presentAttachments([
      await attachments.uploadAttachment(actor, params.id, query, req, deps),
    ]);
    return attachment!;
  });

  bind(router, api.download, async ({ actor, params, res }) => {
    const { attachment, stream } = await attachments.openAttachment(actor, params.id);
    await sendFile(res, {
      stream,
      contentType: attachment.contentType,
      filename: attachment.filename,
      inline: attachment.kind === 'image',
    });
  });

  bind(router, api.deleteAttachment, async ({ actor, params }) => {
    await attachments.deleteAttachment(actor, params.id, deps);
  });

  return router;
}
