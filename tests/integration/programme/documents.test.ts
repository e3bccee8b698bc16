import JSZip from 'jszip';
import mongoose, { Types } from 'mongoose';
import { AgreementModel } from '../../../server/src/programme/records.model';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { binary, createMunicipality, programmeActors } from './support';

let app: TestServer;
let actors: Awaited<ReturnType<typeof programmeActors>>;
let agreementId: string;

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2000, 0x20),
  Buffer.from('\n%%EOF\n'),
]);

async function docx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function upload(
  client: ApiClient,
  id: string,
  filename: string,
  bytes: Buffer,
  type = 'application/octet-stream',
) {
  if (!client.csrfToken) await client.refreshSession();
  return client.agent
    .put(`/api/programme/agreements/${id}/document?filename=${encodeURIComponent(filename)}`)
    .set('x-csrf-token', client.csrfToken)
    .set('content-type', type)
    .send(bytes);
}

const storedFiles = () =>
  mongoose.connection.db!.collection('agreementDocuments.files').countDocuments();

beforeAll(async () => {
  app = await startTestServer();
  actors = await programmeActors(app.url);
  const { id } = await createMunicipality({
    name: 'Eibenstock',
    workspaceId: actors.workspace.id as string,
  });
  agreementId = (
    await AgreementModel.create({
      municipalityId: new Types.ObjectId(id),
      date: '2022-03-01',
      status: 'signed',
      signatories: [],
    })
  )._id.toHexString();
});
afterAll(() => app.close());

describe('agreement documents in GridFS', () => {
  it('stores a PDF and lets the coordinator and the own council download it, nobody else', async () => {
    const res = await upload(
      actors.clients.coordinator,
      agreementId,
      'Kooperationsvereinbarung Eibenstock.pdf',
      PDF,
      'application/pdf',
    );
    expect(res.status).toBe(200);
    expect(res.body.document).toMatchObject({
      filename: 'Kooperationsvereinbarung Eibenstock.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });

    for (const role of ['coordinator', 'member', 'guest'] as const) {
      const download = await actors.clients[role]
        .get(`/api/programme/agreements/${agreementId}/document`)
        .buffer(true)
        .parse(binary);
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toContain('attachment');
      expect((download.body as Buffer).equals(PDF)).toBe(true);
    }
    for (const role of ['otherCouncil', 'outsider'] as const) {
      expect(
        (await actors.clients[role].get(`/api/programme/agreements/${agreementId}/document`))
          .status,
      ).toBe(404);
    }
    expect((await upload(actors.clients.member, agreementId, 'x.pdf', PDF)).status).toBe(403);
  });

  it('replaces the document with a DOCX and removes the old file', async () => {
    const before = await storedFiles();
    const res = await upload(
      actors.clients.coordinator,
      agreementId,
      'Vereinbarung.docx',
      await docx(),
    );
    expect(res.status).toBe(200);
    expect(res.body.document.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(await storedFiles()).toBe(before);
  });

  it('refuses a disguised file (an .exe named .pdf) with 400 and keeps the old document', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 0x90)]);
    const before = await storedFiles();
    const res = await upload(
      actors.clients.coordinator,
      agreementId,
      'Vereinbarung.pdf',
      exe,
      'application/pdf',
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      id: 'validation_failed',
      fields: [{ path: 'body', message: expect.stringContaining('PDF or DOCX') }],
    });
    const zipNamedPdf = await upload(
      actors.clients.coordinator,
      agreementId,
      'Vereinbarung.pdf',
      await docx(),
    );
    expect(zipNamedPdf.status).toBe(400);
    expect(zipNamedPdf.body.error.fields[0].path).toBe('query.filename');
    const plainZip = new JSZip();
    plainZip.file('evil.exe', 'MZ');
    expect(
      (
        await upload(
          actors.clients.coordinator,
          agreementId,
          'x.docx',
          await plainZip.generateAsync({ type: 'nodebuffer' }),
        )
      ).status,
    ).toBe(400);
    expect(await storedFiles()).toBe(before);
    expect((await AgreementModel.findById(agreementId).lean())?.document?.filename).toBe(
      'Vereinbarung.docx',
    );
  });

  it('refuses documents over 10 MB with 413', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await upload(actors.clients.coordinator, agreementId, 'gross.pdf', big).catch(
      (error: { response?: { status: number } }) => error.response,
    );
    expect(res?.status).toBe(413);
  });
});
