import { AGREEMENT_DOCUMENT_TYPES } from '@pnetz/shared';
import mongoose, { mongo } from 'mongoose';
import type { Readable } from 'node:stream';
import { validationFailed } from '../errors';
import { AgreementModel, type AgreementRecord } from './records.model';

/**
 * Signed agreements are kept in GridFS (bucket `agreementDocuments`) next to the records, so a
 * backup of the database holds everything. What a file is, is decided from its bytes: the name
 * and the Content-Type header are the sender's claims, and an executable renamed to .pdf is not
 * a PDF.
 */
const BUCKET = 'agreementDocuments';
type DocumentType = keyof typeof AGREEMENT_DOCUMENT_TYPES;

function bucket(): mongo.GridFSBucket {
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected');
  return new mongo.GridFSBucket(db, { bucketName: BUCKET });
}

const PDF = Buffer.from('%PDF-');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The document type the bytes show, or null. A DOCX is a ZIP whose directory names word/document.xml. */
export function detectDocumentType(bytes: Buffer): DocumentType | null {
  if (bytes.subarray(0, PDF.length).equals(PDF)) return 'pdf';
  if (
    bytes.subarray(0, ZIP.length).equals(ZIP) &&
    bytes.includes('word/document.xml') &&
    bytes.includes('[Content_Types].xml')
  ) {
    return 'docx';
  }
  return null;
}

function safeFilename(name: string, type: DocumentType): string {
  const base =
    name
      .replace(/[\\/]/g, '_')
      .replace(/[^\p{L}\p{N}._ -]+/gu, '')
      .trim()
      .replace(/\.[^.]*$/, '') || 'Kooperationsvereinbarung';
  return `${base.slice(0, 150)}.${type}`;
}

/** Stores the document (replacing an earlier one) and returns the updated agreement. */
export async function storeAgreementDocument(
  agreement: AgreementRecord,
  filename: string,
  bytes: Buffer,
): Promise<AgreementRecord> {
  const type = detectDocumentType(bytes);
  const extension = filename.toLowerCase().split('.').pop();
  if (!type)
    throw validationFailed([
      { path: 'body', message: 'must be a PDF or DOCX document (checked from its content)' },
    ]);
  if (extension !== type) {
    throw validationFailed([
      {
        path: 'query.filename',
        message: `says .${extension ?? ''}, but the content is a ${type.toUpperCase()} document`,
      },
    ]);
  }
  const name = safeFilename(filename, type);
  const upload = bucket().openUploadStream(name, {
    metadata: { agreementId: agreement._id, contentType: AGREEMENT_DOCUMENT_TYPES[type] },
  });
  await new Promise<void>((resolve, reject) => {
    upload.once('finish', () => resolve());
    upload.once('error', reject);
    upload.end(bytes);
  });
  const document = {
    fileId: upload.id,
    filename: name,
    contentType: AGREEMENT_DOCUMENT_TYPES[type],
    size: bytes.length,
    uploadedAt: new Date(),
  };
  const updated = await AgreementModel.findByIdAndUpdate(
    agreement._id,
    { $set: { document } },
    { returnDocument: 'after' },
  ).lean();
  await deleteAgreementDocument(agreement);
  return updated ?? { ...agreement, document };
}

/** The stored file of an agreement, as a stream. */
export function openAgreementDocument(agreement: AgreementRecord): Readable | null {
  return agreement.document ? bucket().openDownloadStream(agreement.document.fileId) : null;
}

export async function deleteAgreementDocument(
  agreement: Pick<AgreementRecord, 'document'>,
): Promise<void> {
  if (!agreement.document) return;
  await bucket()
    .delete(agreement.document.fileId)
    .catch(() => undefined); // Already gone: nothing left to clean up.
}
