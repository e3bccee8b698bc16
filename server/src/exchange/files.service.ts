import mongoose, { mongo, type Types } from 'mongoose';
import type { Readable } from 'node:stream';
import type { Actor } from '../auth/actor';
import { notFound, validationFailed } from '../errors';
import { ExchangeFileModel, type ExchangeFileRecord, type ExchangeRecord } from './exchange.model';

/**
 * Files shared in an exchange live in GridFS (bucket `exchangeFiles`), so a database backup holds
 * them. What a file is, is decided from its bytes, never from its name or the Content-Type the
 * browser claims; only documents and pictures people exchange in councils are accepted.
 */
const BUCKET = 'exchangeFiles';

interface FileType {
  extensions: readonly string[];
  contentType: string;
}

const TYPES = {
  pdf: { extensions: ['pdf'], contentType: 'application/pdf' },
  png: { extensions: ['png'], contentType: 'image/png' },
  jpeg: { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg' },
  docx: {
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    extensions: ['xlsx'],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pptx: {
    extensions: ['pptx'],
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  odt: { extensions: ['odt'], contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { extensions: ['ods'], contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
} as const satisfies Record<string, FileType>;
type FileKind = keyof typeof TYPES;

const startsWith = (bytes: Buffer, signature: number[] | string) =>
  bytes.subarray(0, signature.length).equals(Buffer.from(signature as number[]));

/** The kind of file the bytes show, or null. Office files are ZIPs told apart by their entries. */
export function detectFileKind(bytes: Buffer): FileKind | null {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  if (bytes.includes('[Content_Types].xml')) {
    if (bytes.includes('word/')) return 'docx';
    if (bytes.includes('xl/')) return 'xlsx';
    if (bytes.includes('ppt/')) return 'pptx';
  }
  if (bytes.includes('application/vnd.oasis.opendocument.text')) return 'odt';
  if (bytes.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  return null;
}

function bucket(): mongo.GridFSBucket {
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected');
  return new mongo.GridFSBucket(db, { bucketName: BUCKET });
}

function safeFilename(name: string, kind: FileKind): string {
  const base =
    name
      .replace(/[\\/]/g, '_')
      .replace(/[^\p{L}\p{N}._ -]+/gu, '')
      .trim()
      .replace(/\.[^.]*$/, '') || 'Datei';
  return `${base.slice(0, 150)}.${TYPES[kind].extensions[0]}`;
}

export async function storeFile(
  actor: Actor,
  exchange: ExchangeRecord,
  filename: string,
  bytes: Buffer,
): Promise<ExchangeFileRecord> {
  const kind = detectFileKind(bytes);
  if (!kind)
    throw validationFailed([
      {
        path: 'body',
        message:
          'must be a PDF, an Office or OpenDocument file, or a PNG or JPEG picture (checked from its content)',
      },
    ]);
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  if (!(TYPES[kind].extensions as readonly string[]).includes(extension)) {
    throw validationFailed([
      {
        path: 'query.filename',
        message: `says .${extension}, but the content is a ${kind.toUpperCase()} file`,
      },
    ]);
  }
  const name = safeFilename(filename, kind);
  const upload = bucket().openUploadStream(name, {
    metadata: { exchangeId: exchange._id, contentType: TYPES[kind].contentType },
  });
  await new Promise<void>((resolve, reject) => {
    upload.once('finish', () => resolve());
    upload.once('error', reject);
    upload.end(bytes);
  });
  const created = await ExchangeFileModel.create({
    exchangeId: exchange._id,
    fileId: upload.id,
    filename: name,
    contentType: TYPES[kind].contentType,
    size: bytes.length,
    uploadedBy: actor.id,
  });
  return created.toObject();
}

export function listFiles(exchangeId: Types.ObjectId): Promise<ExchangeFileRecord[]> {
  return ExchangeFileModel.find({ exchangeId }).sort({ uploadedAt: -1 }).lean();
}

export async function findFile(
  exchangeId: Types.ObjectId,
  fileId: string,
): Promise<ExchangeFileRecord> {
  const file = await ExchangeFileModel.findOne({ _id: fileId, exchangeId }).lean();
  if (!file) throw notFound('File');
  return file;
}

export function openFile(file: ExchangeFileRecord): Readable {
  return bucket().openDownloadStream(file.fileId);
}

export async function deleteFile(file: ExchangeFileRecord): Promise<void> {
  await ExchangeFileModel.deleteOne({ _id: file._id });
  await bucket()
    .delete(file.fileId)
    .catch(() => undefined); // Already gone: nothing left to clean up.
}
