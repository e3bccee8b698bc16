import {
  ApiErrorSchema,
  ExchangeFileSchema,
  buildPath,
  endpoints,
  type ExchangeFile,
} from '@pnetz/shared';
import { ApiRequestError, api } from '../../../lib/api';

/**
 * Shares a file in an exchange as the raw request body. The typed API client speaks JSON only,
 * so this one request is made here, with the session's CSRF token like every other change.
 */
export async function uploadExchangeFile(exchangeId: string, file: File): Promise<ExchangeFile> {
  const { csrfToken } = await api(endpoints.auth.session);
  const path = buildPath(endpoints.exchange.uploadFile.path, { id: exchangeId });
  let response: Response;
  try {
    response = await fetch(`${path}?${new URLSearchParams({ filename: file.name }).toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'x-csrf-token': csrfToken,
        'Content-Type': 'application/octet-stream',
        Accept: 'application/json',
      },
      body: file,
    });
  } catch (error) {
    throw new ApiRequestError('network', 0, { cause: error });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(body);
    throw new ApiRequestError(parsed.success ? parsed.data.error.id : 'internal', response.status, {
      fields: parsed.success ? (parsed.data.error.fields ?? []) : [],
    });
  }
  return ExchangeFileSchema.parse(body);
}

export const fileUrl = (exchangeId: string, fileId: string) =>
  buildPath(endpoints.exchange.downloadFile.path, { id: exchangeId, fileId });
