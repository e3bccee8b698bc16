import fs from 'node:fs/promises';
import type { Actor } from '../../server/src/auth/actor';
import mongoose, { Types } from 'mongoose';
import pino from 'pino';
import { CollabMessageType, type DocumentAccess } from '@pnetz/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CollabConnection } from '../../server/src/realtime/collab/connection';
import type { CollabDocument } from '../../server/src/realtime/collab/document';
import { startTestDatabase } from './database';

/** A logger for the sync core under test: warnings only, and quiet unless asked for. */
export const quietLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/**
 * The real embedded database for unit tests of code that stores (the collaboration core):
 * started for one test file, with its own database, and dropped afterwards.
 */
export async function connectTestDatabase(name: string): Promise<() => Promise<void>> {
  const external = process.env.TEST_MONGODB_URI ?? process.env.MONGODB_URI;
  const db = external ? null : await startTestDatabase();
  await mongoose.connect(external ?? db!.uri, {
    dbName: `${name}_${Math.random().toString(16).slice(2, 10)}`,
  });
  return async () => {
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
    if (db) {
      await db.stop();
      await fs.rm(db.dataDir, { recursive: true, force: true });
    }
  };
}

const participants = new Set<Participant>();

/** Ends every participant's own document and presence timer (call after each test). */
export function closeParticipants(): void {
  for (const participant of participants) {
    participant.awareness.destroy();
    participant.doc.destroy();
  }
  participants.clear();
}

/**
 * A participant of a server document over an in-memory transport: its own Yjs document and
 * awareness, speaking the y-protocols messages a browser sends, applying what the server sends.
 */
export class Participant {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly received: Uint8Array[] = [];
  closedWith: string | null = null;
  readOnlyNotices = 0;
  readonly refusals: string[] = [];
  readonly connection: CollabConnection;

  constructor(
    private readonly server: CollabDocument,
    access: DocumentAccess = 'write',
    name = 'Erika',
  ) {
    const actor: Actor = {
      id: new Types.ObjectId().toHexString(),
      email: `${name.toLowerCase()}@gemeinde.de`,
      name,
      platformRoles: [],
      language: 'de',
    };
    this.connection = {
      actor,
      access,
      followsStatus: false,
      send: (message) => this.receive(message),
      close: (reason) => {
        this.closedWith = reason;
      },
      notifyReadOnly: () => {
        this.readOnlyNotices += 1;
      },
      notifyRefused: (reason) => {
        this.refusals.push(reason);
      },
    };
    this.awareness.setLocalState(null);
    participants.add(this);
  }

  /** Joins and runs the two-step sync both ways, as the app's provider does. */
  join(): this {
    this.server.addConnection(this.connection);
    this.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, this.doc)));
    return this;
  }

  leave(): void {
    this.server.removeConnection(this.connection);
  }

  /** Makes a change locally and sends it as one update message. */
  edit(change: (doc: Y.Doc) => void): Uint8Array {
    let update: Uint8Array | null = null;
    const capture = (u: Uint8Array) => (update = u);
    this.doc.once('update', capture);
    change(this.doc);
    if (!update) throw new Error('the change changed nothing');
    this.send(updateMessage(update));
    return update;
  }

  setPresence(state: Record<string, unknown> | null): void {
    this.awareness.setLocalState(state);
    this.send(awarenessMessage(this.awareness, [this.doc.clientID]));
  }

  send(message: Uint8Array): void {
    this.server.handleMessage(this.connection, message);
  }

  /** Awareness messages received, decoded to the client ids they name. */
  awarenessMessages(): number[][] {
    return this.received
      .map((message) => decoding.createDecoder(message))
      .filter((decoder) => decoding.readVarUint(decoder) === CollabMessageType.Awareness)
      .map((decoder) => {
        const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
        const count = decoding.readVarUint(update);
        const ids: number[] = [];
        for (let i = 0; i < count; i++) {
          ids.push(decoding.readVarUint(update));
          decoding.readVarUint(update);
          decoding.readVarString(update);
        }
        return ids;
      });
  }

  private receive(message: Uint8Array): void {
    this.received.push(message);
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === CollabMessageType.Sync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, CollabMessageType.Sync);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, 'server');
      if (encoding.length(reply) > 1) this.send(encoding.toUint8Array(reply));
    } else if (type === CollabMessageType.Awareness) {
      awarenessProtocol.applyAwarenessUpdate(
        this.awareness,
        decoding.readVarUint8Array(decoder),
        'server',
      );
    }
  }
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessageType.Sync);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  return syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update));
}

function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CollabMessageType.Awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/** The plain-text content of a document's `text` type, for comparisons. */
export function textOf(doc: Y.Doc): string {
  return doc.getText('text').toString();
}
