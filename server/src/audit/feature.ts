import type { Feature } from '../feature';
import { auditRoutes } from './audit.routes';

/** The audit log of each council and of the platform. */
export const auditFeature: Feature = {
  name: 'audit',
  routes: (bind) => auditRoutes(bind),
  personalData: [
    {
      model: 'AuditEvent',
      userPaths: ['actorId'],
      retention:
        'kept as the council\'s and platform\'s record; after account deletion attributed to "ehemaliges Mitglied"',
      export: { in: 'auditEvents' },
    },
  ],
};
