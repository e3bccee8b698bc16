import { endpoints, type Agreement } from '@pnetz/shared';
import { apiUpload } from '../../lib/api';

/** Uploads the signed agreement (the raw bytes; the server decides the type from them). */
export function uploadAgreementDocument(agreementId: string, file: File): Promise<Agreement> {
  return apiUpload(endpoints.programme.uploadAgreementDocument, {
    params: { id: agreementId },
    query: { filename: file.name },
    file,
  });
}

/** Where the browser downloads a document, export or report (plain links, the session cookie goes along). */
export function downloadUrl(path: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
