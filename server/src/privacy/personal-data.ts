import type mongoose from 'mongoose';

/** Items of one export section: plain JSON, one object per record. */
export type ExportItems = Array<Record<string, unknown>>;

/**
 * How one model's personal data is handled, declared by the feature that owns the model (in its
 * `feature.ts`, field `personalData`). Every mongoose model that holds a user reference must be
 * declared: `undeclaredPersonalData` finds those that are not, and a test fails on them.
 *
 * Content normally stays when an account is deleted, with its user id then resolving to
 * "ehemaliges Mitglied" (attribution.ts); `erase` is for what a feature keeps beyond that
 * (drafts, presence, being a follower or a mentioned person).
 */
export interface PersonalData {
  /** The mongoose model name, e.g. `Project`. */
  model: string;
  /** The paths that hold user ids (as in the schema, e.g. `partners.userIds`). */
  userPaths: readonly string[];
  /**
   * Where the records appear in the person's export: a section `key` of `content` with the
   * records collected here, or `in` naming the export's part that already holds them (e.g.
   * `profile`, or another declaration's key when one section covers several models).
   */
  export:
    | { key: string; collect(userId: string): Promise<ExportItems> }
    | { in: string; reason?: string };
  /** Removes or anonymises personal data beyond the attribution when the account is deleted. */
  erase?(userId: string): Promise<void>;
  /** How long the data is kept, and what happens to it when the account goes. */
  retention: string;
}

/** Whether a schema path (by its name) holds a user id: refs to User, or names like `createdBy`. */
const USER_PATH = /(^|\.)((user|author|actor|manager|mention|follower)(Id|Ids|s)?|[a-z]+By)$/;

/** What the check needs of a mongoose schema and model (any model, whatever its types). */
interface SchemaShape {
  eachPath(fn: (path: string, type: mongoose.SchemaType) => void): unknown;
}
export interface ModelShape {
  modelName: string;
  schema: SchemaShape;
}

/** The paths of a model's schema that hold user ids, nested documents and arrays included. */
export function userPathsOf(model: ModelShape): string[] {
  const found: string[] = [];
  const walk = (schema: SchemaShape, prefix: string) => {
    schema.eachPath((name, type) => {
      const path = `${prefix}${name}`;
      const nested = (type as { schema?: SchemaShape }).schema;
      if (nested) return walk(nested, `${path}.`);
      const options = type.options as { ref?: unknown; type?: unknown };
      const caster = (type as { caster?: { options?: { ref?: unknown } } }).caster;
      const ref = options.ref ?? caster?.options?.ref;
      // A name like `confirmBy` only counts when the path can hold ids (a date cannot).
      const holdsIds = !['Date', 'Number', 'Boolean', 'Buffer'].includes(type.instance);
      if (ref === 'User' || (path !== '_id' && holdsIds && USER_PATH.test(path))) found.push(path);
    });
  };
  walk(model.schema, '');
  return found;
}

/**
 * Models that hold user references but are not declared, or whose declaration misses one of
 * their user paths: each is a hole in the DSGVO export and deletion.
 */
export function undeclaredPersonalData(
  models: readonly ModelShape[],
  declared: readonly PersonalData[],
): Array<{ model: string; paths: string[] }> {
  const byModel = new Map<string, Set<string>>();
  for (const declaration of declared) {
    const paths = byModel.get(declaration.model) ?? new Set<string>();
    for (const path of declaration.userPaths) paths.add(path);
    byModel.set(declaration.model, paths);
  }
  const holes: Array<{ model: string; paths: string[] }> = [];
  for (const model of models) {
    const declaredPaths = byModel.get(model.modelName);
    const missing = userPathsOf(model).filter((path) => !declaredPaths?.has(path));
    if (missing.length > 0) holes.push({ model: model.modelName, paths: missing });
  }
  return holes;
}
