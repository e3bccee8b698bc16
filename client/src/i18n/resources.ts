import type {
  FieldOfAction,
  OrganisationType,
  PlatformRole,
  Visibility,
  WorkspaceRole,
} from '@pnetz/shared';
import type { ClientErrorId } from '../lib/api-error';
import de from './de.json';

export type Translation = typeof de;

/** What the contract requires: a label for every vocabulary code and every error id. */
export interface ContractCoverage {
  errors: Record<ClientErrorId, string>;
  vocab: {
    org: Record<OrganisationType, string>;
    field: Record<FieldOfAction, string>;
    role: Record<WorkspaceRole, string>;
    platformRole: Record<PlatformRole, string>;
    visibility: Record<Visibility, string>;
  };
}

// German covers every code of the shared contract: a missing key is a type error, not a runtime
// gap. The other languages are held to the same keys where they are loaded (`language.ts`).
const german: Translation & ContractCoverage = de;

/** The texts bundled with the app: German, the language almost everyone sees. */
export const resources = { de: { translation: german } } as const;
