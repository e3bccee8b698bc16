import { UserModel } from '../auth/user.model';
import { collect, type Feature } from '../feature';
import { FEATURES } from '../features';
import type { Logger } from '../logger';
import { reindexAll } from '../search/reindex';

export { DEMO_PASSWORD } from './demo-councils';

/**
 * Seeds the demo (councils, logins, plans, programme, projects, exchanges …) into an empty
 * database: every registered feature's `seed` in list order, then the search index is built from
 * every registered search source. Returns false when the database already had accounts.
 */
export async function seedDemoData(
  logger: Logger,
  options: { appUrl?: string } = {},
  features: readonly Feature[] = FEATURES,
): Promise<boolean> {
  if ((await UserModel.estimatedDocumentCount()) > 0) return false;
  const context = { logger, appUrl: options.appUrl ?? 'http://localhost:3000' };
  for (const feature of features) await feature.seed?.(context);
  const indexed = await reindexAll(collect.search(features));
  logger.info({ indexed }, 'demo data seeded');
  return true;
}
