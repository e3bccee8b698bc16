import { isId } from '@pnetz/shared';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type * as Y from 'yjs';
import type { Logger } from '../logger';
import { readMeasures } from '../plans/measures.mirror';
import type { DocumentContent, SearchSource } from './search-source';
import { documentText } from './sources/ydoc-text';

/**
 * Keeps collaborative documents (plans with their measures, meeting minutes) current in the
 * search index after they were stored: the registered source that owns the document indexes it.
 * The content is read at once (the document may be unloaded later); the index is written at most
 * once per `intervalMs` per document, with the latest content.
 */
export function searchPersistedHook(deps: {
  logger: Logger;
  sources: readonly SearchSource[];
  intervalMs?: number;
}) {
  const interval = deps.intervalMs ?? 1000;
  const owners = deps.sources.filter((source) => source.indexDocument);
  const pending = new Map<string, DocumentContent>();
  const timers = new Map<string, NodeJS.Timeout>();
  // What was indexed last per document, as a hash, for the documents written most recently.
  const written = new LRUCache<string, string>({ max: 10_000 });

  const write = async (name: string): Promise<void> => {
    timers.delete(name);
    const content = pending.get(name);
    pending.delete(name);
    if (!content) return;
    const fingerprint = createHash('sha256').update(JSON.stringify(content)).digest('base64');
    if (written.get(name) === fingerprint) return;
    for (const source of owners) {
      if (await source.indexDocument!(name, content)) {
        written.set(name, fingerprint);
        return;
      }
    }
  };

  return (name: string, doc: Y.Doc): void => {
    if (!isId(name)) return;
    pending.set(name, { text: documentText(doc), measures: readMeasures(doc) });
    if (timers.has(name)) return;
    const timer = setTimeout(() => {
      write(name).catch((error: unknown) =>
        deps.logger.warn({ err: error, doc: name }, 'indexing a document failed'),
      );
    }, interval);
    timer.unref();
    timers.set(name, timer);
  };
}
