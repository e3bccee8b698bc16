import { endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const ANALYSIS_KEY = 'analyses';

export const analysesQuery = (workspaceId: string) =>
  queryOptions({
    queryKey: [ANALYSIS_KEY, 'council', workspaceId],
    queryFn: ({ signal }) => api(endpoints.analysis.list, { params: { workspaceId }, signal }),
  });

export const analysisQuery = (id: string) =>
  queryOptions({
    queryKey: [ANALYSIS_KEY, id],
    queryFn: ({ signal }) => api(endpoints.analysis.get, { params: { id }, signal }),
  });

export const fieldworkQuery = (id: string) =>
  queryOptions({
    queryKey: [ANALYSIS_KEY, id, 'fieldwork'],
    queryFn: ({ signal }) => api(endpoints.analysis.fieldwork, { params: { id }, signal }),
  });

/** Addresses of the analysis's pages under the council. */
export const analysisPaths = {
  list: (workspaceId: string) => `/raete/${encodeURIComponent(workspaceId)}/sicherheitsanalyse`,
  detail: (workspaceId: string, id: string) =>
    `/raete/${encodeURIComponent(workspaceId)}/sicherheitsanalyse/${encodeURIComponent(id)}`,
};

/** Saves a downloaded file under a name, as the browser's download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
