import { PacketType, type Packet } from 'socket.io-parser';
import { Decoder, Encoder } from './socket-parser';

const docId = '6b15feecfd0ca2d18f0143c6';

function decodeAll(frames: Array<string | Uint8Array>): Packet[] {
  const decoder = new Decoder();
  const packets: Packet[] = [];
  decoder.on('decoded', (packet: Packet) => packets.push(packet));
  for (const frame of frames) decoder.add(frame);
  return packets;
}

describe('the Socket.IO parser', () => {
  it('sends a collaboration message as one binary frame and reads it back', () => {
    const data = new Uint8Array([0, 1, 2, 250, 255]);
    const frames = new Encoder().encode({
      type: PacketType.EVENT,
      nsp: '/',
      data: ['collab:message', { docId, data }],
    });
    expect(frames).toHaveLength(1);
    expect(frames[0]).toBeInstanceOf(Uint8Array);
    expect((frames[0] as Uint8Array).byteLength).toBe(14 + data.byteLength);

    const [packet] = decodeAll(frames);
    expect(packet).toMatchObject({ type: PacketType.EVENT, nsp: '/' });
    const [event, frame] = packet!.data as [string, { docId: string; data: Uint8Array }];
    expect(event).toBe('collab:message');
    expect(frame.docId).toBe(docId);
    expect([...frame.data]).toEqual([...data]);
  });

  it("leaves every other packet to Socket.IO's own format", () => {
    const encoder = new Encoder();
    const json = { type: PacketType.EVENT, nsp: '/', data: ['workspace:join', { id: docId }] };
    expect(encoder.encode(json)).toEqual([`2["workspace:join",{"id":"${docId}"}]`]);
    // With an acknowledgement, another event name or another shape: the standard two frames.
    for (const packet of [
      {
        ...json,
        type: PacketType.EVENT,
        id: 3,
        data: ['collab:message', { docId, data: new Uint8Array([1]) }],
      },
      {
        ...json,
        type: PacketType.EVENT,
        data: ['file', { docId, data: new Uint8Array([1]) }],
      },
      {
        ...json,
        type: PacketType.EVENT,
        data: ['collab:message', { docId: 'x', data: new Uint8Array([1]) }],
      },
    ]) {
      const frames = encoder.encode(packet);
      expect(frames).toHaveLength(2);
      expect(typeof frames[0]).toBe('string');
    }
  });

  it('tells an announced attachment from a compact frame, in any order', () => {
    const encoder = new Encoder();
    const attachment = encoder.encode({
      type: PacketType.EVENT,
      nsp: '/',
      data: ['file', { name: 'a', bytes: new Uint8Array([0xc1, 1, 2]) }],
    });
    const compact = encoder.encode({
      type: PacketType.EVENT,
      nsp: '/',
      data: ['collab:message', { docId, data: new Uint8Array([9]) }],
    });
    const packets = decodeAll([...compact, ...attachment, ...compact]);
    expect(packets.map((p) => (p.data as [string])[0])).toEqual([
      'collab:message',
      'file',
      'collab:message',
    ]);
    const file = (packets[1]!.data as [string, { bytes: Uint8Array }])[1];
    expect([...file.bytes]).toEqual([0xc1, 1, 2]);
  });

  it('refuses a binary frame that is neither announced nor compact', () => {
    expect(() => decodeAll([new Uint8Array([1, 2, 3])])).toThrow(/without a header/);
    expect(() => decodeAll([new Uint8Array(20)])).toThrow(/without a header/);
  });
});
