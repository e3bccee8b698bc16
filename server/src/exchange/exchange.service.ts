import type {
  CreateExchangeBodySchema,
  ExchangeAccess,
  Participant,
  UpdateExchangeBodySchema,
  WorkspaceRole,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { UserModel } from '../auth/user.model';
import { forbidden, validationFailed } from '../errors';
import { exchangeAudience, indexEntry, setExchangeAudience } from '../search/indexer';
import { MembershipModel } from '../workspaces/membership.model';
import { rolesOf } from '../workspaces/access';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { ExchangeModel, type ExchangeRecord } from './exchange.model';
import {
  exchangeAccess,
  memberExchangesFilter,
  mayCreateExchange,
  type RoleMap,
} from './exchange.policy';
import { MeetingModel } from './meeting.model';

type CreateInput = z.output<typeof CreateExchangeBodySchema>;
type UpdateInput = z.output<typeof UpdateExchangeBodySchema>;

const oid = (id: string | Types.ObjectId) => new Types.ObjectId(String(id));

async function checkCouncils(ids: string[]): Promise<Types.ObjectId[]> {
  const unique = [...new Set(ids)];
  const found = await WorkspaceModel.find({ _id: { $in: unique } }, { _id: 1 }).lean();
  if (found.length !== unique.length) {
    const known = new Set(found.map((w) => w._id.toHexString()));
    const index = ids.findIndex((id) => !known.has(id));
    throw validationFailed([
      { path: `body.workspaceIds.${index}`, message: 'no council with this id' },
    ]);
  }
  return unique.map(oid);
}

async function resolvePeopleByEmail(emails: string[]): Promise<Types.ObjectId[]> {
  const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
  const users = await UserModel.find({ email: { $in: wanted } }, { email: 1 }).lean();
  const byEmail = new Map(users.map((user) => [user.email, user._id]));
  const missing = emails.findIndex((email) => !byEmail.has(email.trim().toLowerCase()));
  if (missing >= 0)
    throw validationFailed([
      { path: `body.peopleEmails.${missing}`, message: 'no account with this e-mail address' },
    ]);
  return wanted.map((email) => byEmail.get(email)!);
}

/** Keeps the exchange itself findable (theme and description). */
export async function indexExchange(exchange: ExchangeRecord): Promise<void> {
  await indexEntry({
    type: 'exchange',
    itemId: exchange._id.toHexString(),
    exchangeId: exchange._id,
    visibility: exchange.visibility,
    audience: exchangeAudience(exchange),
    fieldsOfAction: exchange.fieldsOfAction,
    title: exchange.title,
    text: exchange.description,
    updatedAt: exchange.updatedAt,
  });
}

export async function createExchange(actor: Actor, input: CreateInput): Promise<ExchangeRecord> {
  if (!mayCreateExchange(actor, await rolesOf(actor)))
    throw forbidden('Only coordinators and council admins open exchanges');
  const created = await ExchangeModel.create({
    title: input.title,
    description: input.description,
    fieldsOfAction: [...new Set(input.fieldsOfAction)],
    visibility: input.visibility,
    workspaceIds: await checkCouncils(input.workspaceIds),
    userIds: await resolvePeopleByEmail(input.peopleEmails),
    managerIds: [oid(actor.id)],
    createdBy: actor.id,
  });
  const exchange = created.toObject();
  await indexExchange(exchange);
  return exchange;
}

export async function updateExchange(
  exchange: ExchangeRecord,
  input: UpdateInput,
): Promise<ExchangeRecord> {
  const set: Partial<ExchangeRecord> = {};
  if (input.title !== undefined) set.title = input.title;
  if (input.description !== undefined) set.description = input.description;
  if (input.fieldsOfAction !== undefined) set.fieldsOfAction = [...new Set(input.fieldsOfAction)];
  if (input.visibility !== undefined) set.visibility = input.visibility;
  if (input.workspaceIds !== undefined) set.workspaceIds = await checkCouncils(input.workspaceIds);
  if (input.peopleEmails !== undefined)
    set.userIds = await resolvePeopleByEmail(input.peopleEmails);
  const updated =
    (await ExchangeModel.findByIdAndUpdate(
      exchange._id,
      { $set: set },
      { returnDocument: 'after' },
    ).lean()) ?? exchange;
  if (updated.visibility !== exchange.visibility) {
    await setExchangeAudience(updated._id, exchangeAudience(updated), updated.visibility);
  }
  await indexExchange(updated);
  return updated;
}

export interface ListedExchange {
  exchange: ExchangeRecord;
  access: ExchangeAccess;
}

/** Exchanges the caller takes part in first (newest activity first), then the network's. */
export async function listExchanges(
  actor: Actor,
): Promise<{ items: ListedExchange[]; roles: RoleMap }> {
  const roles = await rolesOf(actor);
  const exchanges = await ExchangeModel.find({
    $or: [memberExchangesFilter(actor, roles), { visibility: 'network' }],
  })
    .sort({ updatedAt: -1 })
    .limit(500)
    .lean();
  const items: ListedExchange[] = exchanges.flatMap((exchange: ExchangeRecord) => {
    const access = exchangeAccess(actor, roles, exchange);
    return access ? [{ exchange, access }] : [];
  });
  const weight = (access: ExchangeAccess) => (access === 'read' ? 1 : 0);
  items.sort((a, b) => weight(a.access) - weight(b.access));
  return { items, roles };
}

/** The next meeting of each exchange that has not started yet. */
export async function nextMeetings(exchangeIds: Types.ObjectId[], now = new Date()) {
  const meetings = await MeetingModel.find(
    { exchangeId: { $in: exchangeIds }, startsAt: { $gte: now } },
    { title: 1, startsAt: 1, exchangeId: 1 },
  )
    .sort({ startsAt: 1 })
    .lean();
  const next = new Map<string, { id: string; title: string; startsAt: string }>();
  for (const meeting of meetings) {
    const key = meeting.exchangeId!.toHexString();
    if (!next.has(key))
      next.set(key, {
        id: meeting._id.toHexString(),
        title: meeting.title,
        startsAt: meeting.startsAt.toISOString(),
      });
  }
  return next;
}

/**
 * Everyone who takes part: managers, invited people, and the admins and members of invited
 * councils, each with the organisation they are known by.
 */
export async function participants(exchange: ExchangeRecord): Promise<Participant[]> {
  const memberships = await MembershipModel.find(
    {
      workspaceId: { $in: exchange.workspaceIds },
      role: { $in: ['admin', 'member'] satisfies WorkspaceRole[] },
    },
    { userId: 1, workspaceId: 1, organisation: 1 },
  ).lean();
  const councils = new Map(
    (await WorkspaceModel.find({ _id: { $in: exchange.workspaceIds } }, { name: 1 }).lean()).map(
      (w) => [w._id.toHexString(), w.name],
    ),
  );
  const ids = [...exchange.managerIds, ...exchange.userIds, ...memberships.map((m) => m.userId)];
  const users = await UserModel.find({ _id: { $in: ids } }, { name: 1 }).lean();
  const names = new Map(users.map((user) => [user._id.toHexString(), user.name]));
  const result = new Map<string, Participant>();
  for (const id of [...exchange.managerIds, ...exchange.userIds]) {
    const name = names.get(id.toHexString());
    if (name)
      result.set(id.toHexString(), {
        id: id.toHexString(),
        name,
        organisation: null,
        council: null,
      });
  }
  for (const membership of memberships) {
    const id = membership.userId.toHexString();
    const name = names.get(id);
    if (!name) continue;
    result.set(id, {
      id,
      name,
      organisation: membership.organisation.name,
      council: councils.get(membership.workspaceId.toHexString()) ?? null,
    });
  }
  return [...result.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
