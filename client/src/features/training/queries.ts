import { endpoints, type TrainingListQuery } from '@pnetz/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const trainingKeys = {
  all: ['training'] as const,
  list: (query: TrainingListQuery) => ['training', 'list', query] as const,
  offer: (id: string) => ['training', 'offer', id] as const,
  registration: (token: string) => ['training', 'registration', token] as const,
  mine: ['training', 'mine'] as const,
  participants: (sessionId: string) => ['training', 'participants', sessionId] as const,
  feedback: (offerId: string) => ['training', 'feedback', offerId] as const,
  feedbackQuestionnaire: (offerId: string) =>
    ['training', 'feedback-questionnaire', offerId] as const,
  feedbackForm: (token: string) => ['training', 'feedback-form', token] as const,
  figures: ['training', 'figures'] as const,
  certificate: (code: string) => ['training', 'certificate', code] as const,
};

export const offersQuery = (query: TrainingListQuery) =>
  queryOptions({
    queryKey: trainingKeys.list(query),
    queryFn: ({ signal }) => api(endpoints.training.list, { query, signal }),
  });

export const offerQuery = (id: string) =>
  queryOptions({
    queryKey: trainingKeys.offer(id),
    queryFn: ({ signal }) => api(endpoints.training.get, { params: { id }, signal }),
  });

export const registrationQuery = (token: string) =>
  queryOptions({
    queryKey: trainingKeys.registration(token),
    queryFn: ({ signal }) => api(endpoints.training.byToken, { params: { token }, signal }),
    retry: false,
  });

export const mineQuery = queryOptions({
  queryKey: trainingKeys.mine,
  queryFn: ({ signal }) => api(endpoints.training.mine, { signal }),
});

export const participantsQuery = (sessionId: string) =>
  queryOptions({
    queryKey: trainingKeys.participants(sessionId),
    queryFn: ({ signal }) =>
      api(endpoints.training.participants, { params: { sessionId }, signal }),
  });

export const feedbackResultsQuery = (id: string) =>
  queryOptions({
    queryKey: trainingKeys.feedback(id),
    queryFn: ({ signal }) => api(endpoints.training.feedbackResults, { params: { id }, signal }),
  });

export const feedbackQuestionnaireQuery = (id: string) =>
  queryOptions({
    queryKey: trainingKeys.feedbackQuestionnaire(id),
    queryFn: ({ signal }) =>
      api(endpoints.training.feedbackQuestionnaire, { params: { id }, signal }),
  });

export const feedbackFormQuery = (token: string) =>
  queryOptions({
    queryKey: trainingKeys.feedbackForm(token),
    queryFn: ({ signal }) => api(endpoints.training.feedbackForm, { params: { token }, signal }),
  });

export const trainingFiguresQuery = queryOptions({
  queryKey: trainingKeys.figures,
  queryFn: ({ signal }) => api(endpoints.training.figures, { signal }),
});

export const certificateQuery = (code: string) =>
  queryOptions({
    queryKey: trainingKeys.certificate(code),
    queryFn: ({ signal }) => api(endpoints.training.verify, { params: { code }, signal }),
    retry: false,
  });
