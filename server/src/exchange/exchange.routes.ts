import { EXCHANGE_LIMITS, endpoints } from '@pnetz/shared';
import { Router, type Request } from 'express';
import type { Actor } from '../auth/actor';
import { AppError, forbidden } from '../errors';
import type { RouteBinder } from '../http/route';
import { resolvePeople } from '../privacy/attribution';
import type { Notifier } from '../notifications/notifier';
import type { AccessChanges } from '../realtime/access-changes';
import type { ExchangeEvents } from './exchange-events';
import type { ExchangeRecord } from './exchange.model';
import { authorizeExchange, exchangeAllows, mayCreateExchange } from './exchange.policy';
import {
  councilRefs,
  presentExchange,
  presentExchangeSummary,
  presentFile,
  presentPost,
} from './exchange.presenter';
import * as exchanges from './exchange.service';
import * as files from './files.service';
import { notifyMentions } from './mention-notifications';
import * as posts from './posts.service';

/** Reads a raw upload, refusing it as soon as it grows past the limit. */
async function readUpload(req: Request, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit)
      throw new AppError('payload_too_large', 413, 'The file is too large', [
        { path: 'body', message: `exceeds ${limit} bytes` },
      ]);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function present(exchange: ExchangeRecord, access: Parameters<typeof presentExchange>[1]) {
  const [councils, next, people] = await Promise.all([
    councilRefs(exchange.workspaceIds),
    exchanges.nextMeetings([exchange._id]),
    resolvePeople([exchange.createdBy, ...exchange.userIds]),
  ]);
  return presentExchange(
    exchange,
    access,
    councils,
    next.get(exchange._id.toHexString()) ?? null,
    people,
  );
}

/** Exchanges, their live discussion and their shared files. */
export function exchangeRoutes(
  bind: RouteBinder,
  deps: { events: ExchangeEvents; access: AccessChanges; notifier: Notifier },
): Router {
  const router = Router();
  const api = endpoints.exchange;
  const { events } = deps;

  bind(router, api.list, async ({ actor }) => {
    const { items, roles } = await exchanges.listExchanges(actor);
    const ids = items.map(({ exchange }) => exchange._id);
    const [councils, next] = await Promise.all([
      councilRefs(items.flatMap(({ exchange }) => exchange.workspaceIds)),
      exchanges.nextMeetings(ids),
    ]);
    return {
      items: items.map(({ exchange, access }) =>
        presentExchangeSummary(
          exchange,
          access,
          councils,
          next.get(exchange._id.toHexString()) ?? null,
        ),
      ),
      canCreate: mayCreateExchange(actor, roles),
    };
  });

  bind(router, api.create, async ({ actor, body }) =>
    present(await exchanges.createExchange(actor, body), 'manage'),
  );

  bind(router, api.get, async ({ actor, params }) => {
    const { exchange, access } = await authorizeExchange(actor, params.id, 'read');
    return present(exchange, access);
  });

  bind(router, api.update, async ({ actor, params, body }) => {
    const { exchange, access } = await authorizeExchange(actor, params.id, 'manage');
    const updated = await exchanges.updateExchange(exchange, body);
    // Uninvited councils and people lose the room and the minutes of its meetings at once.
    if (
      body.visibility !== undefined ||
      body.workspaceIds !== undefined ||
      body.peopleEmails !== undefined
    )
      await deps.access.publish({
        kind: 'visibility',
        resource: { type: 'exchange', id: params.id },
      });
    events.changed({ exchangeId: params.id, what: 'exchange' });
    return present(updated, access);
  });

  bind(router, api.participants, async ({ actor, params }) => {
    const { exchange } = await authorizeExchange(actor, params.id, 'read');
    return { items: await exchanges.participants(exchange) };
  });

  bind(router, api.posts, async ({ actor, params }) => {
    const { exchange } = await authorizeExchange(actor, params.id, 'read');
    const list = await posts.listPosts(exchange);
    const people = await resolvePeople(list.flatMap((post) => [post.authorId, ...post.mentionIds]));
    return { items: list.map((post) => presentPost(post, people)) };
  });

  bind(router, api.createPost, async ({ actor, params, body }) => {
    const { exchange } = await authorizeExchange(actor, params.id, 'post');
    const post = await posts.createPost(actor, exchange, body);
    await notifyMentions(deps.notifier, post, exchange);
    const people = await resolvePeople([post.authorId, ...post.mentionIds]);
    const presented = presentPost(post, people);
    events.posted(presented);
    for (const mention of post.mentionIds) {
      events.mentioned(mention.toHexString(), {
        exchangeId: params.id,
        exchangeTitle: exchange.title,
        postId: presented.id,
        by: presented.author,
      });
    }
    return presented;
  });

  const mayDelete = (
    actor: Actor,
    access: Parameters<typeof exchangeAllows>[0],
    uploadedBy: { toHexString(): string },
  ) =>
    exchangeAllows(access, 'file.deleteAny') ||
    (exchangeAllows(access, 'file.upload') && uploadedBy.toHexString() === actor.id);

  bind(router, api.files, async ({ actor, params }) => {
    const { exchange, access } = await authorizeExchange(actor, params.id, 'read');
    const list = await files.listFiles(exchange._id);
    const people = await resolvePeople(list.map((file) => file.uploadedBy));
    return {
      items: list.map((file) =>
        presentFile(file, people, mayDelete(actor, access, file.uploadedBy)),
      ),
    };
  });

  bind(router, api.uploadFile, async ({ actor, params, query, req }) => {
    const { exchange, access } = await authorizeExchange(actor, params.id, 'file.upload');
    const bytes = await readUpload(req, EXCHANGE_LIMITS.fileMaxBytes);
    const file = await files.storeFile(actor, exchange, query.filename, bytes);
    events.changed({ exchangeId: params.id, what: 'files' });
    return presentFile(
      file,
      await resolvePeople([file.uploadedBy]),
      mayDelete(actor, access, file.uploadedBy),
    );
  });

  bind(router, api.downloadFile, async ({ actor, params, res }) => {
    const { exchange } = await authorizeExchange(actor, params.id, 'read');
    const file = await files.findFile(exchange._id, params.fileId);
    res.status(200).type(file.contentType).attachment(file.filename);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await new Promise<void>((resolve, reject) => {
      files
        .openFile(file)
        .once('error', reject)
        .pipe(res)
        .once('finish', () => resolve());
    });
  });

  bind(router, api.deleteFile, async ({ actor, params }) => {
    const { exchange, access } = await authorizeExchange(actor, params.id, 'read');
    const file = await files.findFile(exchange._id, params.fileId);
    if (!mayDelete(actor, access, file.uploadedBy))
      throw forbidden('Only the uploader and the managers remove a file');
    await files.deleteFile(file);
    events.changed({ exchangeId: params.id, what: 'files' });
  });

  return router;
}
