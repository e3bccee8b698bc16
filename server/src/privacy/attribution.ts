import type { PersonRef } from '@pnetz/shared';
import { Types } from 'mongoose';
import { UserModel } from '../auth/user.model';

/**
 * What content and records show for a person whose account was deleted. The client translates it
 * (`people.former`) through `former: true`; the German text is for API users and exports.
 */
export const FORMER_MEMBER_NAME = 'ehemaliges Mitglied';

export const FORMER_MEMBER: PersonRef = Object.freeze({
  id: null,
  name: FORMER_MEMBER_NAME,
  former: true,
});

type UserIdLike = Types.ObjectId | string | null | undefined;

/** Resolves user ids to people; ids without an account resolve to the former member. */
export interface People {
  ref(id: UserIdLike): PersonRef;
  /** The person's current name, or null for a deleted account. */
  nameOf(id: UserIdLike): string | null;
}

const key = (id: UserIdLike): string | null => (id == null ? null : String(id));

/**
 * Loads the people behind many user ids in one query. Content keeps only `createdBy` user ids;
 * presenters of every feature resolve them through this, so a deleted account turns into
 * "ehemaliges Mitglied" everywhere without touching the content itself.
 */
export async function resolvePeople(ids: Iterable<UserIdLike>): Promise<People> {
  const wanted = [
    ...new Set(
      [...ids].map(key).filter((id): id is string => id !== null && Types.ObjectId.isValid(id)),
    ),
  ];
  const users = wanted.length
    ? await UserModel.find({ _id: { $in: wanted } }, { name: 1 }).lean()
    : [];
  const names = new Map(users.map((user) => [user._id.toHexString(), user.name]));
  return {
    ref(id) {
      const hex = key(id);
      const name = hex ? names.get(hex) : undefined;
      return hex && name !== undefined ? { id: hex, name, former: false } : FORMER_MEMBER;
    },
    nameOf(id) {
      const hex = key(id);
      return (hex && names.get(hex)) ?? null;
    },
  };
}
