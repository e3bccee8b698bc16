import { authEndpoints } from './auth';
import { healthEndpoints } from './health';
import { workspaceEndpoints } from './workspaces';

export * from './auth';
export * from './endpoint';
export * from './health';
export * from './workspaces';

/** Every REST endpoint, grouped by feature. The OpenAPI document lists exactly these. */
export const endpoints = {
  auth: authEndpoints,
  health: healthEndpoints,
  workspaces: workspaceEndpoints,
};
