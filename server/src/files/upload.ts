import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { validationFailed } from '../errors';

/** Bytes read beyond the limit before giving up on a client that keeps sending. */
const DRAIN_FACTOR = 4;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Reads a raw request body up to `limit` bytes. A larger body is refused with a 400 naming the
 * field; the rest of it is read and dropped first (up to a bound), so the client hears the
 * answer instead of a connection reset mid-upload.
 */
export async function readUpload(req: Request, limit: number, field = 'body'): Promise<Buffer> {
  const tooLarge = () =>
    validationFailed([{ path: field, message: `must be at most ${megabytes(limit)}` }]);
  const declared = Number(req.headers['content-length']);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as Readable) {
    const piece = chunk as Buffer;
    size += piece.length;
    if (size > limit * DRAIN_FACTOR) throw tooLarge();
    if (size <= limit && !(declared > limit)) chunks.push(piece);
  }
  if (size > limit) throw tooLarge();
  if (size === 0) throw validationFailed([{ path: field, message: 'is empty' }]);
  return Buffer.concat(chunks);
}

/**
 * Streams a stored file to the browser. Images open inline, everything else downloads; the
 * browser may not guess another type (`nosniff`), and nothing in the file may run (CSP sandbox).
 */
export async function sendFile(
  res: Response,
  file: { stream: Readable; contentType: string; filename: string; inline: boolean },
): Promise<void> {
  res.status(200).type(file.contentType);
  res.attachment(file.filename);
  if (file.inline) {
    const disposition = String(res.getHeader('Content-Disposition'));
    res.setHeader('Content-Disposition', disposition.replace(/^attachment/, 'inline'));
  }
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private, max-age=3600');
  await new Promise<void>((resolve, reject) => {
    file.stream
      .once('error', reject)
      .pipe(res)
      .once('finish', () => resolve());
  });
}
