import type { SessionUser } from '@pnetz/shared';
import type { User } from './user.model';

export function presentSessionUser(user: User): SessionUser {
  return {
    id: user._id.toHexString(),
    email: user.email,
    name: user.name,
    platformRoles: [...user.platformRoles],
    language: user.language,
  };
}
