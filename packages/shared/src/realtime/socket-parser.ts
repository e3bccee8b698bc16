import {
  Decoder as JsonDecoder,
  Encoder as JsonEncoder,
  PacketType,
  type Packet,
} from 'socket.io-parser';
import { ClientEvent, ServerEvent } from './events';

/**
 * The Socket.IO parser both ends use. Socket.IO sends an event with binary data as two WebSocket
 * frames: a text header with a placeholder, then the bytes. A collaboration message (every
 * keystroke and cursor move of a co-edited document) goes as one binary frame instead:
 *
 *   byte 0      0xC1, this format
 *   byte 1      1, the event `collab:message`
 *   bytes 2–13  the document's id (12 bytes of the ObjectId)
 *   bytes 14–   the y-protocols message
 *
 * Everything else goes through Socket.IO's own parser unchanged. A binary frame that is not an
 * attachment announced by a preceding header must be such a frame; anything else is a parse
 * error, which makes Socket.IO close that one connection.
 */
const FORMAT = 0xc1;
const COLLAB_MESSAGE = 1;
const HEADER_BYTES = 14;
const ID_PATTERN = /^[0-9a-f]{24}$/;

// Both directions use the same event name; the compact frame relies on it.
const EVENT: typeof ClientEvent.CollabMessage & typeof ServerEvent.CollabMessage =
  ClientEvent.CollabMessage;

function collabFrame(packet: Packet): Uint8Array | null {
  // Sockets emit events as EVENT; Socket.IO's encoder makes those with binary data BINARY_EVENT.
  const event = packet.type === PacketType.EVENT || packet.type === PacketType.BINARY_EVENT;
  if (!event || packet.nsp !== '/' || packet.id !== undefined) return null;
  const data: unknown = packet.data;
  if (!Array.isArray(data) || data.length !== 2 || data[0] !== EVENT) return null;
  const frame: unknown = data[1];
  if (typeof frame !== 'object' || frame === null || Object.keys(frame).length !== 2) return null;
  const { docId, data: bytes } = frame as { docId?: unknown; data?: unknown };
  if (typeof docId !== 'string' || !ID_PATTERN.test(docId)) return null;
  const payload =
    bytes instanceof Uint8Array
      ? bytes
      : bytes instanceof ArrayBuffer
        ? new Uint8Array(bytes)
        : null;
  if (!payload) return null;
  const out = new Uint8Array(HEADER_BYTES + payload.byteLength);
  out[0] = FORMAT;
  out[1] = COLLAB_MESSAGE;
  for (let i = 0; i < 12; i++) out[2 + i] = parseInt(docId.slice(i * 2, i * 2 + 2), 16);
  out.set(payload, HEADER_BYTES);
  return out;
}

function asBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk))
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new Error('unknown frame type');
}

function collabPacket(chunk: unknown): Packet {
  const bytes = asBytes(chunk);
  if (bytes.byteLength < HEADER_BYTES || bytes[0] !== FORMAT || bytes[1] !== COLLAB_MESSAGE)
    throw new Error('binary frame without a header announcing it');
  let docId = '';
  for (let i = 2; i < HEADER_BYTES; i++) docId += bytes[i]!.toString(16).padStart(2, '0');
  return {
    type: PacketType.EVENT,
    nsp: '/',
    data: [EVENT, { docId, data: bytes.subarray(HEADER_BYTES) }],
  };
}

export class Encoder extends JsonEncoder {
  override encode(packet: Packet): Array<string | Uint8Array> {
    const frame = collabFrame(packet);
    return frame ? [frame] : (super.encode(packet) as Array<string | Uint8Array>);
  }
}

export class Decoder extends JsonDecoder {
  /** Binary frames still owed to a header Socket.IO's parser has read (`51-[…]`: one). */
  private attachments = 0;

  override add(chunk: unknown): void {
    if (typeof chunk === 'string') {
      const announced = /^[56](\d+)-/.exec(chunk);
      this.attachments = announced ? Number(announced[1]) : 0;
      super.add(chunk);
      return;
    }
    if (this.attachments > 0) {
      this.attachments -= 1;
      super.add(chunk);
      return;
    }
    this.emitReserved('decoded', collabPacket(chunk));
  }
}

/** Pass as `parser` to the Socket.IO server and to every client. */
export const socketParser = { Encoder, Decoder };
