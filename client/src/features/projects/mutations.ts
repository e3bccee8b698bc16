import {
  endpoints,
  type CommentBody,
  type CreateProjectBody,
  type CreateUpdateBody,
  type EditUpdateBody,
  type UpdateProjectBody,
  type UploadAttachmentQuery,
} from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiUpload } from '../../lib/api';
import { projectKeys } from './queries';

/** After a change, everything about the project is read again (the live feed does the rest). */
function useRefresh(projectId: string | undefined) {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      queryKey: projectId ? projectKeys.one(projectId) : projectKeys.all,
    });
}

export function useCreateProject(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProjectBody) =>
      api(endpoints.projects.create, { params: { workspaceId }, body }),
    onSuccess: (project) => {
      queryClient.setQueryData([...projectKeys.one(project.id), 'record'], project);
      void queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
}

export function useSaveProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProjectBody) =>
      api(endpoints.projects.update, { params: { id: projectId }, body }),
    onSuccess: (project) => {
      queryClient.setQueryData([...projectKeys.one(projectId), 'record'], project);
      void queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
}

export function useDeleteProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(endpoints.projects.remove, { params: { id: projectId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

export function useFollow(projectId: string) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: (following: boolean) =>
      api(endpoints.projects.follow, { params: { id: projectId }, body: { following } }),
    onSuccess: refresh,
  });
}

export function useUpload(projectId: string) {
  return useMutation({
    mutationFn: ({ file, ...query }: UploadAttachmentQuery & { file: File }) =>
      apiUpload(endpoints.projects.upload, { params: { id: projectId }, query, file }),
  });
}

export function usePostUpdate(projectId: string) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: (body: CreateUpdateBody) =>
      api(endpoints.projects.postUpdate, { params: { id: projectId }, body }),
    onSuccess: refresh,
  });
}

export function useEditUpdate(projectId: string) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: ({ id, ...body }: EditUpdateBody & { id: string }) =>
      api(endpoints.projects.editUpdate, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteUpdate(projectId: string) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: (id: string) => api(endpoints.projects.deleteUpdate, { params: { id } }),
    onSuccess: refresh,
  });
}

/** Comments on the project itself (`target.type: 'project'`) or on one of its updates. */
export function usePostComment(projectId: string) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: ({
      target,
      ...body
    }: CommentBody & { target: { type: 'project' | 'update'; id: string } }) =>
      target.type === 'project'
        ? api(endpoints.projects.commentProject, { params: { id: target.id }, body })
        : api(endpoints.projects.commentUpdate, { params: { id: target.id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteComment(projectId: string) {
  const refresh = useRefresh(projectId);
  return useMutation({
    mutationFn: (id: string) => api(endpoints.projects.deleteComment, { params: { id } }),
    onSuccess: refresh,
  });
}
