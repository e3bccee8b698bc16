import type {
  CouncilRef,
  Exchange,
  ExchangeAccess,
  ExchangeFile,
  ExchangeSummary,
  Post,
} from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { People } from '../privacy/attribution';
import { WorkspaceModel } from '../workspaces/workspace.model';
import type { ExchangeFileRecord, ExchangeRecord, PostRecord } from './exchange.model';
import { exchangePermissions } from './exchange.policy';

/** Council references for many ids in one query; unknown ids are left out. */
export async function councilRefs(ids: Iterable<Types.ObjectId>): Promise<Map<string, CouncilRef>> {
  const unique = [...new Set([...ids].map((id) => id.toHexString()))];
  const workspaces = unique.length
    ? await WorkspaceModel.find(
        { _id: { $in: unique } },
        { name: 1, municipality: 1, district: 1 },
      ).lean()
    : [];
  return new Map(
    workspaces.map((w) => [
      w._id.toHexString(),
      { id: w._id.toHexString(), name: w.name, municipality: w.municipality, district: w.district },
    ]),
  );
}

type NextMeeting = ExchangeSummary['nextMeeting'];

export function presentExchangeSummary(
  exchange: ExchangeRecord,
  access: ExchangeAccess,
  councils: Map<string, CouncilRef>,
  nextMeeting: NextMeeting,
): ExchangeSummary {
  return {
    id: exchange._id.toHexString(),
    title: exchange.title,
    description: exchange.description,
    fieldsOfAction: exchange.fieldsOfAction,
    visibility: exchange.visibility,
    councils: exchange.workspaceIds.flatMap((id) => councils.get(id.toHexString()) ?? []),
    access,
    nextMeeting,
    createdAt: exchange.createdAt.toISOString(),
    updatedAt: exchange.updatedAt.toISOString(),
  };
}

export function presentExchange(
  exchange: ExchangeRecord,
  access: ExchangeAccess,
  councils: Map<string, CouncilRef>,
  nextMeeting: NextMeeting,
  people: People,
): Exchange {
  return {
    ...presentExchangeSummary(exchange, access, councils, nextMeeting),
    // Deleted accounts drop out of the list of invited people rather than showing as "former".
    people: exchange.userIds.map((id) => people.ref(id)).filter((person) => !person.former),
    createdBy: people.ref(exchange.createdBy),
    permissions: exchangePermissions(access),
  };
}

export function presentPost(post: PostRecord, people: People): Post {
  return {
    id: post._id.toHexString(),
    exchangeId: post.exchangeId.toHexString(),
    parentId: post.parentId?.toHexString() ?? null,
    body: post.body,
    author: people.ref(post.authorId),
    // A former member's organisation could identify them; it goes with the name.
    organisation: people.nameOf(post.authorId) === null ? null : post.organisation,
    council: post.council,
    mentions: post.mentionIds.map((id) => people.ref(id)),
    createdAt: post.createdAt.toISOString(),
  };
}

export function presentFile(
  file: ExchangeFileRecord,
  people: People,
  deletable: boolean,
): ExchangeFile {
  return {
    id: file._id.toHexString(),
    exchangeId: file.exchangeId.toHexString(),
    filename: file.filename,
    contentType: file.contentType,
    size: file.size,
    uploadedBy: people.ref(file.uploadedBy),
    uploadedAt: file.uploadedAt.toISOString(),
    deletable,
  };
}
