import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { updateMessage } from '../../../../tests/support/collab-core';
import {
  MalformedMessageError,
  changesNothing,
  decodeInbound,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
} from './messages';

describe('inbound collaboration messages', () => {
  it('decodes the sync steps, updates, presence and queries of y-protocols', () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'Hallo');
    const update = Y.encodeStateAsUpdate(doc);

    expect(decodeInbound(encodeSyncStep1(doc))).toEqual({
      kind: 'sync-step1',
      stateVector: Y.encodeStateVector(doc),
    });
    expect(decodeInbound(encodeSyncStep2(doc, new Uint8Array([0])))).toMatchObject({
      kind: 'update',
      step: 'step2',
    });
    expect(decodeInbound(updateMessage(update))).toEqual({
      kind: 'update',
      update,
      step: 'update',
    });

    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ name: 'Erika' });
    expect(decodeInbound(encodeAwareness(awareness, [doc.clientID])).kind).toBe('awareness');
    awareness.destroy();
    expect(decodeInbound(new Uint8Array([3]))).toEqual({ kind: 'query-awareness' });
  });

  it('refuses unknown types, unknown sync steps, truncated and undecodable updates', () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'Hallo');
    const valid = updateMessage(Y.encodeStateAsUpdate(doc));
    const malformed = [
      new Uint8Array([]),
      new Uint8Array([9]),
      new Uint8Array([0, 7, 0]),
      valid.slice(0, valid.length - 3),
      new Uint8Array([0, 2, 4, 255, 255, 255, 255]),
    ];
    for (const message of malformed)
      expect(() => decodeInbound(message)).toThrow(MalformedMessageError);
  });

  it('tells an update that changes nothing in a document from one that does', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.on('update', (update: Uint8Array) => Y.applyUpdate(server, update));
    expect(changesNothing(server, Y.encodeStateAsUpdate(client))).toBe(true);

    client.getText('text').insert(0, 'Entwurf mit Fehlern');
    client.getText('text').delete(7, 4);
    // The client's whole state, deletions included, is what the server already has.
    expect(changesNothing(server, Y.encodeStateAsUpdate(client))).toBe(true);
    expect(changesNothing(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(
      true,
    );

    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(client));
    offline.getText('text').insert(0, 'neu ');
    expect(changesNothing(server, Y.encodeStateAsUpdate(offline))).toBe(false);

    const deleting = new Y.Doc();
    Y.applyUpdate(deleting, Y.encodeStateAsUpdate(client));
    deleting.getText('text').delete(0, 1);
    const deletionOnly = Y.encodeStateAsUpdate(deleting, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(deletionOnly).structs).toHaveLength(0);
    expect(changesNothing(server, deletionOnly)).toBe(false);
  });
});
