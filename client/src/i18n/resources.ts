import type {
  FieldOfAction,
  OrganisationType,
  PlatformRole,
  Visibility,
  WorkspaceRole,
} from '@pnetz/shared';
import type { ClientErrorId } from '../lib/api-error';
import de from './de.json';
import en from './en.json';

export type Translation = typeof de;

/** What the contract requires: a label for every vocabulary code and every error id. */
interface ContractCoverage {
  errors: Record<ClientErrorId, string>;
  vocab: {
    org: Record<OrganisationType, string>;
    field: Record<FieldOfAction, string>;
    role: Record<WorkspaceRole, string>;
    platformRole: Record<PlatformRole, string>;
    visibility: Record<Visibility, string>;
  };
}

// Both assignments must compile: German and English have the same keys, and both cover every
// code of the shared contract. A missing key in either file is a type error, not a runtime gap.
const german: typeof en & ContractCoverage = de;
const english: Translation & ContractCoverage = en;

export const resources = {
  de: { translation: german },
  en: { translation: english },
} as const;
