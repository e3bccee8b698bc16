import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { measuresOf, readMeasures, type MeasureEntry } from './measure-model';

const NONE: MeasureEntry[] = [];

/** An external store over the measures array: re-read whenever anyone changes a measure. */
function measuresStore(doc: Y.Doc | null) {
  let snapshot = doc ? readMeasures(doc) : NONE;
  return {
    subscribe(notify: () => void) {
      if (!doc) return () => undefined;
      const array = measuresOf(doc);
      const onChange = () => {
        snapshot = readMeasures(doc);
        notify();
      };
      array.observeDeep(onChange);
      // Changes between render and subscription are not missed.
      onChange();
      return () => array.unobserveDeep(onChange);
    },
    getSnapshot: () => snapshot,
  };
}

/** The plan's measures, live. */
export function useMeasures(doc: Y.Doc | null): MeasureEntry[] {
  const store = useMemo(() => measuresStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
