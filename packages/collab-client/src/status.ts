import {
  CollabMessageType,
  COLLAB_REFUSAL_REASONS,
  DocumentAccessSchema,
  PersistenceState,
  type CollabCloseReason,
  type CollabRefusalReason,
  type DocumentAccess,
} from '@pnetz/shared';
import * as decoding from 'lib0/decoding';
import type { ObservableV2 } from 'lib0/observable';
import * as Y from 'yjs';

export type ProviderStatus = 'connecting' | 'connected' | 'disconnected';

/** What a document provider tells the editor, whichever transport it syncs over. */
export type ProviderEvents = {
  status: (status: ProviderStatus) => void;
  synced: (synced: boolean) => void;
  access: (access: DocumentAccess) => void;
  /** An edit of ours was dropped because we may only read. */
  'read-only': () => void;
  /** The server refused or closed the document for us. */
  closed: (reason: CollabCloseReason | 'unavailable') => void;
  /** The server refused one edit of ours (too large, document full, not saved yet). */
  refused: (reason: CollabRefusalReason) => void;
  /** Whether the server has stored every edit it received, or cannot store right now. */
  persistence: (state: 'stored' | 'failing') => void;
};

/** What the editor follows of a provider, whichever transport it syncs over. */
export type DocumentProvider = ObservableV2<ProviderEvents> & { readonly status: ProviderStatus };

/** A status message from the server (see `CollabMessageType.Persistence` and `Access`). */
type StatusMessage =
  | { kind: 'persistence'; state: 'stored'; storedState: Map<number, number> }
  | { kind: 'persistence'; state: 'failing' }
  | { kind: 'access'; access: DocumentAccess };

/** Reads the rest of a status message of `type`; null for any other message type. */
function readStatusMessage(type: number, decoder: decoding.Decoder): StatusMessage | null {
  if (type === CollabMessageType.Persistence) {
    return decoding.readVarUint(decoder) === PersistenceState.Stored
      ? {
          kind: 'persistence',
          state: 'stored',
          storedState: Y.decodeStateVector(decoding.readVarUint8Array(decoder)),
        }
      : { kind: 'persistence', state: 'failing' };
  }
  if (type === CollabMessageType.Access) {
    const access = DocumentAccessSchema.safeParse(decoding.readVarString(decoder));
    return access.success ? { kind: 'access', access: access.data } : null;
  }
  return null;
}

/** The provider fields the status messages keep up to date. */
type StatusHolder = DocumentProvider & {
  access: DocumentAccess | null;
  persistence: 'stored' | 'failing' | null;
  storedState: Map<number, number>;
};

/**
 * Reads the rest of a message of `type` if it is a status message, keeps it in the provider's
 * fields and tells its listeners; does nothing for any other message type.
 */
export function applyStatusMessage(
  provider: StatusHolder,
  type: number,
  decoder: decoding.Decoder,
): void {
  const message = readStatusMessage(type, decoder);
  if (message?.kind === 'access') {
    provider.access = message.access;
    provider.emit('access', [message.access]);
  } else if (message?.kind === 'persistence') {
    if (message.state === 'stored') provider.storedState = message.storedState;
    provider.persistence = message.state;
    provider.emit('persistence', [message.state]);
  }
}

/** The edit refusal a permission-denied reason names, or null when it names none. */
export function refusalReason(reason: string): CollabRefusalReason | null {
  return (COLLAB_REFUSAL_REASONS as readonly string[]).includes(reason)
    ? (reason as CollabRefusalReason)
    : null;
}
