import {
  AgreementSchema,
  ApiErrorSchema,
  buildPath,
  endpoints,
  type Agreement,
} from '@pnetz/shared';
import { ApiRequestError, api } from '../../lib/api';

/**
 * Uploads an agreement document as the raw request body. The typed API client speaks JSON only,
 * so this one request is made here, with the session's CSRF token like every other change.
 */
export async function uploadAgreementDocument(agreementId: string, file: File): Promise<Agreement> {
  const { csrfToken } = await api(endpoints.auth.session);
  const path = buildPath(endpoints.programme.uploadAgreementDocument.path, { id: agreementId });
  let response: Response;
  try {
    response = await fetch(`${path}?${new URLSearchParams({ filename: file.name }).toString()}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {
        'x-csrf-token': csrfToken,
        'Content-Type': file.type || 'application/octet-stream',
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
  return AgreementSchema.parse(body);
}

/** Where the browser downloads a document, export or report (plain links, the session cookie goes along). */
export function downloadUrl(path: string, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
