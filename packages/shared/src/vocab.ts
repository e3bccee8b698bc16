import { z } from 'zod';

/**
 * Handlungsfelder (fields of action) of municipal crime prevention. Codes are stable; the UI shows
 * the German (or English) label from its i18n keys `vocab.field.<code>`.
 */
export const FIELDS_OF_ACTION = [
  'graffiti',
  'littering',
  'violence',
  'extremism',
  'drugs',
  'public_order',
  'traffic',
  'public_space',
  'youth_protection',
  'domestic_violence',
  'burglary',
  'senior_safety',
  'urban_design',
] as const;
export const FieldOfActionSchema = z.enum(FIELDS_OF_ACTION);
export type FieldOfAction = z.infer<typeof FieldOfActionSchema>;

/** Organisation types of council members (i18n keys `vocab.org.<code>`). */
export const ORGANISATION_TYPES = [
  'police',
  'school',
  'association',
  'municipal',
  'lpr',
  'other',
] as const;
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

/**
 * Platform-wide roles. Everyone else gets rights only through council memberships:
 * `admin` operates the platform, `coordinator` works for the Landespräventionsrat.
 */
export const PLATFORM_ROLES = ['admin', 'coordinator'] as const;
export const PlatformRoleSchema = z.enum(PLATFORM_ROLES);
export type PlatformRole = z.infer<typeof PlatformRoleSchema>;

/** Roles inside one council workspace. `admin` is the Geschäftsstelle; `guest` reads only. */
export const WORKSPACE_ROLES = ['admin', 'member', 'guest'] as const;
export const WorkspaceRoleSchema = z.enum(WORKSPACE_ROLES);
export type WorkspaceRole = z.infer<typeof WorkspaceRoleSchema>;

/** Who may see a content item. */
export const VISIBILITIES = ['workspace', 'network', 'public'] as const;
export const VisibilitySchema = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof VisibilitySchema>;

export const LANGUAGES = ['de', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;
