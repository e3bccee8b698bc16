import { endpoints } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const surveyKeys = {
  questionnaire: (analysisId: string) => ['survey', 'questionnaire', analysisId] as const,
  sheets: (analysisId: string) => ['survey', 'paper-sheets', analysisId] as const,
};

export const questionnaireQuery = (analysisId: string) =>
  queryOptions({
    queryKey: surveyKeys.questionnaire(analysisId),
    queryFn: ({ signal }) =>
      api(endpoints.survey.getQuestionnaire, { params: { id: analysisId }, signal }),
    retry: false,
  });

export const paperSheetsQuery = (analysisId: string) =>
  queryOptions({
    queryKey: surveyKeys.sheets(analysisId),
    queryFn: ({ signal }) =>
      api(endpoints.survey.paperSheets, { params: { id: analysisId }, signal }),
  });
