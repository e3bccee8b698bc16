import type { Readable } from 'node:stream';
import mongoose, { mongo, type Types } from 'mongoose';

/**
 * Files live in GridFS next to the records that name them, so one database backup holds
 * everything. Plain collections underneath (`<bucket>.files`, `<bucket>.chunks`), which MongoDB
 * and FerretDB both serve.
 */
function bucket(name: string): mongo.GridFSBucket {
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected');
  return new mongo.GridFSBucket(db, { bucketName: name });
}

export interface StoredFile {
  fileId: Types.ObjectId;
  size: number;
}

/** Stores bytes under a file name; resolves once every chunk is written. */
export async function storeFile(
  bucketName: string,
  filename: string,
  bytes: Buffer,
  metadata: Record<string, unknown> = {},
): Promise<StoredFile> {
  const upload = bucket(bucketName).openUploadStream(filename, { metadata });
  await new Promise<void>((resolve, reject) => {
    upload.once('finish', () => resolve());
    upload.once('error', reject);
    upload.end(bytes);
  });
  return { fileId: upload.id, size: bytes.length };
}

export function openFile(bucketName: string, fileId: Types.ObjectId): Readable {
  return bucket(bucketName).openDownloadStream(fileId);
}

/** Removes a file; one that is gone already is fine. */
export async function deleteFile(bucketName: string, fileId: Types.ObjectId): Promise<void> {
  await bucket(bucketName)
    .delete(fileId)
    .catch(() => undefined);
}
