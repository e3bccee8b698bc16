import { buildPath, endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { ANALYSIS_KEY } from '../manage/queries';

export const reportQuery = (analysisId: string) =>
  queryOptions({
    queryKey: [ANALYSIS_KEY, analysisId, 'report'],
    queryFn: ({ signal }) =>
      api(endpoints.analysisReport.get, { params: { id: analysisId }, signal }),
    retry: false,
  });

export const reportPath = (workspaceId: string, analysisId: string) =>
  `/raete/${encodeURIComponent(workspaceId)}/sicherheitsanalyse/${encodeURIComponent(analysisId)}/bericht`;

/** The printed report in the page's language. */
export function reportExportUrl(
  analysisId: string,
  format: 'pdf' | 'docx',
  language: 'de' | 'en',
): string {
  return `${buildPath(endpoints.analysisReport.export.path, { id: analysisId })}?format=${format}&language=${language}`;
}
