/** Local copies of plans in IndexedDB are named `pnetz-plan:<user id>:<plan id>`. */
export const LOCAL_COPY_PREFIX = 'pnetz-plan:';

export const localCopyName = (userId: string, planId: string) =>
  `${LOCAL_COPY_PREFIX}${userId}:${planId}`;

/**
 * Deletes every local plan copy in this browser (on sign-out and when the session ends), so plans
 * do not stay on a shared office PC. A copy still open is deleted as soon as its editor closes,
 * which the end of the session does at once.
 */
export async function clearLocalPlanCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const names = (await indexedDB.databases())
    .map((database) => database.name)
    .filter((name): name is string => Boolean(name?.startsWith(LOCAL_COPY_PREFIX)));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => resolve();
        }),
    ),
  );
}
