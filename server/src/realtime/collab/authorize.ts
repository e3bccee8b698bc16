import type { DocumentAccess } from '@pnetz/shared';
import type { Actor } from '../../auth/actor';

/**
 * Decides what an actor may do with a document: `write`, `read`, or null (refused: the document
 * does not exist for this actor). Features own this decision through their policy modules.
 */
export type AuthorizeDocument = (actor: Actor, docName: string) => Promise<DocumentAccess | null>;

/** Asks each authorizer in turn; the first that knows the document decides. */
export function firstAuthorizer(...authorizers: AuthorizeDocument[]): AuthorizeDocument {
  return async (actor, docName) => {
    for (const authorize of authorizers) {
      const access = await authorize(actor, docName);
      if (access) return access;
    }
    return null;
  };
}
