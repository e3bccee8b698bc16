import type { CreatePostBodySchema } from '@pnetz/shared';
import { EXCHANGE_LIMITS } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { validationFailed } from '../errors';
import { exchangeAudience, indexEntry } from '../search/indexer';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { ExchangeModel, PostModel, type ExchangeRecord, type PostRecord } from './exchange.model';
import { participants } from './exchange.service';

type CreateInput = z.output<typeof CreatePostBodySchema>;

/** The newest page of the discussion, returned oldest first. */
export async function listPosts(exchange: ExchangeRecord): Promise<PostRecord[]> {
  const newest = await PostModel.find({ exchangeId: exchange._id })
    .sort({ _id: -1 })
    .limit(EXCHANGE_LIMITS.postsPageSize)
    .lean();
  return newest.reverse();
}

/** The organisation and council the author speaks for here: their membership in an invited council. */
async function authorContext(
  actor: Actor,
  exchange: ExchangeRecord,
): Promise<{ organisation: string | null; council: string | null }> {
  const membership = await MembershipModel.findOne({
    userId: actor.id,
    workspaceId: { $in: exchange.workspaceIds },
  }).lean();
  if (!membership) return { organisation: null, council: null };
  const workspace = await WorkspaceModel.findById(membership.workspaceId, { name: 1 }).lean();
  return { organisation: membership.organisation.name, council: workspace?.name ?? null };
}

export async function indexPost(post: PostRecord, exchange: ExchangeRecord): Promise<void> {
  await indexEntry({
    type: 'post',
    itemId: post._id.toHexString(),
    parentId: exchange._id,
    exchangeId: exchange._id,
    visibility: exchange.visibility,
    audience: exchangeAudience(exchange),
    fieldsOfAction: exchange.fieldsOfAction,
    title: exchange.title,
    titleSearchable: false,
    text: post.body,
    updatedAt: post.createdAt,
  });
}

/**
 * Adds a post. A reply to a reply joins the same thread; mentions of people who do not take part
 * are dropped (they could not read the post anyway).
 */
export async function createPost(
  actor: Actor,
  exchange: ExchangeRecord,
  input: CreateInput,
): Promise<PostRecord> {
  let parentId: Types.ObjectId | null = null;
  if (input.parentId) {
    const parent = await PostModel.findOne(
      { _id: input.parentId, exchangeId: exchange._id },
      { parentId: 1 },
    ).lean();
    if (!parent)
      throw validationFailed([{ path: 'body.parentId', message: 'no post of this exchange' }]);
    parentId = parent.parentId ?? parent._id;
  }
  const allowed = new Set((await participants(exchange)).map((p) => p.id));
  const mentionIds = [...new Set(input.mentions)]
    .filter((id) => allowed.has(id) && id !== actor.id)
    .map((id) => new Types.ObjectId(id));
  const created = await PostModel.create({
    exchangeId: exchange._id,
    parentId,
    body: input.body,
    authorId: actor.id,
    ...(await authorContext(actor, exchange)),
    mentionIds,
  });
  const post = created.toObject();
  // The exchange's last activity orders the list of exchanges.
  await ExchangeModel.updateOne({ _id: exchange._id }, { $set: { updatedAt: post.createdAt } });
  await indexPost(post, exchange);
  return post;
}
