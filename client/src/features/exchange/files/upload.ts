import { buildPath, endpoints, type ExchangeFile } from '@pnetz/shared';
import { apiUpload } from '../../../lib/api';

/** Shares a file in an exchange (the raw bytes; the server decides the type from them). */
export function uploadExchangeFile(exchangeId: string, file: File): Promise<ExchangeFile> {
  return apiUpload(endpoints.exchange.uploadFile, {
    params: { id: exchangeId },
    query: { filename: file.name },
    file,
  });
}

export const fileUrl = (exchangeId: string, fileId: string) =>
  buildPath(endpoints.exchange.downloadFile.path, { id: exchangeId, fileId });
