import { z } from 'zod';
import { endpoint } from './endpoint';

export const HealthSchema = z.object({ status: z.literal('ok') });
export const ReadinessSchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['up', 'down']),
});
export type Readiness = z.infer<typeof ReadinessSchema>;

export const healthEndpoints = {
  health: endpoint({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the process is up',
    tag: 'operations',
    auth: 'public',
    response: HealthSchema,
  }),
  ready: endpoint({
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: 200 while the database answers, 503 while it does not',
    tag: 'operations',
    auth: 'public',
    response: ReadinessSchema,
  }),
};
