import mongoose from 'mongoose';
import type { Attachment, ProjectUpdate } from '@pnetz/shared';
import { AttachmentModel } from '../../../server/src/projects/content.model';
import { removeAbandonedAttachments } from '../../../server/src/projects/attachments.service';
import { ApiClient } from '../../support/http';
import {
  completeProject,
  councilWith,
  createProject,
  exeBytes,
  pngBytes,
  signedInPerson,
  upload,
  type Person,
} from '../../support/projects';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let council: { workspaceId: string } & Record<'admin' | 'member' | 'guest' | 'other', Person>;
beforeAll(async () => {
  app = await startTestServer();
  council = await councilWith(app.url, {
    admin: 'admin',
    member: 'member',
    guest: 'guest',
    other: 'member',
  });
});
afterAll(() => app.close());

const gridFsFiles = () => mongoose.connection.collection('attachments.files').countDocuments();

/** Reads a binary response body into a Buffer (supertest leaves images unparsed otherwise). */
const binary = (
  res: { on: (event: string, cb: (chunk?: Buffer) => void) => void },
  done: (error: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk!));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('files in GridFS', () => {
  it('stores an image, posts it with an update, and returns the same bytes to those who may see it', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    const bytes = pngBytes();
    const uploaded = await upload(
      council.member.client,
      project.id,
      bytes,
      { filename: 'wandbild.png', description: 'Das neue Wandbild am Bahnhof' },
      'image/png',
    );
    expect(uploaded.status).toBe(201);
    const attachment = uploaded.body as Attachment;
    expect(attachment).toMatchObject({
      kind: 'image',
      contentType: 'image/png',
      size: bytes.length,
      filename: 'wandbild.png',
      updateId: null,
    });

    // Held for the update: only its uploader sees it so far.
    expect((await council.other.client.get(attachment.url)).status).toBe(404);
    const posted = await council.member.client.send('post', `/api/projects/${project.id}/updates`, {
      text: 'Das erste Wandbild ist fertig.',
      attachmentIds: [attachment.id],
    });
    expect(posted.status).toBe(201);
    expect((posted.body as ProjectUpdate).attachments).toEqual([
      expect.objectContaining({ id: attachment.id, updateId: posted.body.id }),
    ]);

    for (const person of [council.member, council.other, council.guest]) {
      const res = await person.client.get(attachment.url).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toMatch(/^inline/);
      expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
    }
    const outsider = await signedInPerson(app.url);
    expect((await outsider.client.get(attachment.url)).status).toBe(404);
  });

  it('a network project’s files are downloadable by everyone signed in, never anonymously', async () => {
    const project = await createProject(
      council.member.client,
      council.workspaceId,
      completeProject({ visibility: 'network' }),
    );
    const uploaded = await upload(
      council.member.client,
      project.id,
      Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\n%%EOF'),
      { filename: 'Konzept.pdf', for: 'project' },
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ kind: 'file', contentType: 'application/pdf' });
    const outsider = await signedInPerson(app.url);
    const res = await outsider.client.get(uploaded.body.url).expect(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?Konzept\.pdf"?/);
    expect((await new ApiClient(app.url).get(uploaded.body.url)).status).toBe(401);
    const listed = await outsider.client.get(`/api/projects/${project.id}/attachments`).expect(200);
    expect(listed.body.items.map((a: Attachment) => a.id)).toEqual([uploaded.body.id]);
  });

  describe('refused uploads: a 400 naming the field, nothing stored', () => {
    const cases: Array<[string, Buffer, string, string]> = [
      ['an executable renamed .png', exeBytes(), 'foto.png', 'body'],
      [
        'an SVG (script can hide in it)',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        'bild.svg',
        'body',
      ],
      [
        'HTML disguised as text',
        Buffer.from('<!DOCTYPE html><script>alert(1)</script>'),
        'notiz.txt',
        'body',
      ],
      [
        'a ZIP that is no office document',
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]),
        'bericht.docx',
        'body',
      ],
      ['a PDF named .png', Buffer.from('%PDF-1.7\n%%EOF'), 'foto.png', 'query.filename'],
      ['a PNG without an extension', pngBytes(), 'foto', 'query.filename'],
      ['an empty file', Buffer.alloc(0), 'leer.txt', 'body'],
      [
        'an image over 5 MB',
        Buffer.concat([pngBytes(), Buffer.alloc(5 * 1024 * 1024)]),
        'gross.png',
        'body',
      ],
      [
        'a file over 10 MB',
        Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]),
        'gross.pdf',
        'body',
      ],
    ];

    it.each(cases)('%s', async (_name, bytes, filename, path) => {
      const project = await createProject(council.member.client, council.workspaceId);
      const [filesBefore, recordsBefore] = [
        await gridFsFiles(),
        await AttachmentModel.countDocuments(),
      ];
      const res = await upload(council.member.client, project.id, bytes, { filename });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        id: 'validation_failed',
        fields: [expect.objectContaining({ path })],
      });
      expect(await gridFsFiles()).toBe(filesBefore);
      expect(await AttachmentModel.countDocuments()).toBe(recordsBefore);
    });

    it('markup in the description', async () => {
      const project = await createProject(council.member.client, council.workspaceId);
      const res = await upload(council.member.client, project.id, pngBytes(), {
        filename: 'a.png',
        description: '<script>x</script>',
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].path).toBe('query.description');
    });
  });

  it('only members and partners upload; a guest gets 403, an outsider 404', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    expect(
      (await upload(council.guest.client, project.id, pngBytes(), { filename: 'a.png' })).status,
    ).toBe(403);
    const outsider = await signedInPerson(app.url);
    expect(
      (await upload(outsider.client, project.id, pngBytes(), { filename: 'a.png' })).status,
    ).toBe(404);
  });

  it('an update may only carry the poster’s own uploads for that project', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    const theirs = await upload(council.other.client, project.id, pngBytes(), {
      filename: 'a.png',
    });
    const res = await council.member.client.send('post', `/api/projects/${project.id}/updates`, {
      text: 'Mit fremdem Bild',
      attachmentIds: [theirs.body.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.attachmentIds.0');
  });

  it('uploaders and admins delete files; others may not; the bytes leave GridFS', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    const a = await upload(council.member.client, project.id, pngBytes(), {
      filename: 'a.png',
      for: 'project',
    });
    expect((await council.other.client.send('delete', a.body.url)).status).toBe(403);
    const before = await gridFsFiles();
    expect((await council.admin.client.send('delete', a.body.url)).status).toBe(204);
    expect(await gridFsFiles()).toBe(before - 1);
    expect((await council.member.client.get(a.body.url)).status).toBe(404);
  });

  it('uploads never posted are cleared after a day', async () => {
    const project = await createProject(council.member.client, council.workspaceId);
    const a = await upload(council.member.client, project.id, pngBytes(), {
      filename: 'vergessen.png',
    });
    expect(await removeAbandonedAttachments(new Date())).toBe(0);
    expect(
      await removeAbandonedAttachments(new Date(Date.now() + 25 * 3600 * 1000)),
    ).toBeGreaterThanOrEqual(1);
    expect(await AttachmentModel.exists({ _id: a.body.id })).toBeNull();
  });
});
