import { CollabMessageType, PersistenceState, type DocumentAccess } from '@pnetz/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** The first message of a sync: our state vector, so the peer can send what we lack. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessageType.Sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessageType.Sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessageType.Sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The persistence status for participants that follow it (see `CollabMessageType.Persistence`). */
export function encodePersistence(stored: Y.Doc | null): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessageType.Persistence);
  if (stored) {
    encoding.writeVarUint(encoder, PersistenceState.Stored);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(stored));
  } else {
    encoding.writeVarUint(encoder, PersistenceState.Failing);
  }
  return encoding.toUint8Array(encoder);
}

/** What a participant that follows the status may do (see `CollabMessageType.Access`). */
export function encodeAccess(access: DocumentAccess): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessageType.Access);
  encoding.writeVarString(encoder, access);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(
  awareness: awarenessProtocol.Awareness,
  clients: number[],
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessageType.Awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/** A decoded inbound message; anything that does not decode is `malformed`. */
export type InboundMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array; step: 'step2' | 'update' }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' };

export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

/**
 * Decodes a y-protocols message without touching any document. Updates are fully decoded here
 * (`Y.decodeUpdate`), so a malformed one is refused before it can reach the shared document.
 */
export function decodeInbound(message: Uint8Array): InboundMessage {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case CollabMessageType.Sync: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === syncProtocol.messageYjsSyncStep1) {
          Y.decodeStateVector(payload);
          return { kind: 'sync-step1', stateVector: payload };
        }
        if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
          Y.decodeUpdate(payload);
          return {
            kind: 'update',
            update: payload,
            step: step === syncProtocol.messageYjsUpdate ? 'update' : 'step2',
          };
        }
        throw new MalformedMessageError(`unknown sync step ${step}`);
      }
      case CollabMessageType.Awareness:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case CollabMessageType.QueryAwareness:
        return { kind: 'query-awareness' };
      case CollabMessageType.Auth:
        return { kind: 'auth' };
      default:
        throw new MalformedMessageError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * True when an update would change nothing in the document: no insertion it lacks and no deletion
 * it has not made. Only looking for an empty update is not enough: a sync step 2 carries the
 * sender's whole delete set, so a participant that merely syncs a text with deletions sends
 * deletions the document already has.
 */
export function changesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  return Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}
