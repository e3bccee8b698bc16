/**
 * Features that store content people create (projects, plans, meetings …) register here, so the
 * data export includes that content and account deletion knows what to do with it. Content
 * normally stays, with `createdBy` pointing at an id that no longer resolves (see
 * attribution.ts); `forget` is for personal data a feature keeps beyond that (drafts, presence,
 * private notes).
 */
export interface PersonalDataSource {
  /** Key in the export's `content` object, e.g. `projects`. */
  key: string;
  /** Items the person created or that are about them, as plain JSON. */
  collect(userId: string): Promise<Array<Record<string, unknown>>>;
  /** Removes personal data beyond the attribution when the account is deleted. */
  forget?(userId: string): Promise<void>;
}

const sources = new Map<string, PersonalDataSource>();

/** Registers a source once, at module load of the feature that owns it. */
export function registerPersonalDataSource(source: PersonalDataSource): void {
  sources.set(source.key, source);
}

export function personalDataSources(): PersonalDataSource[] {
  return [...sources.values()];
}
