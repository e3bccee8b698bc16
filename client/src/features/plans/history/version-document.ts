import { PLAN_DOCUMENT } from '@pnetz/shared';
import type { JSONContent } from '@tiptap/core';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { readMeasures, type MeasureEntry } from '../measures/measure-model';

export interface VersionContent {
  text: JSONContent;
  measures: MeasureEntry[];
}

function fromBase64(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * What an old version holds, read from a temporary Y.Doc that is never connected anywhere: the
 * text as ProseMirror JSON and the measures.
 */
export function readVersion(state: string): VersionContent {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fromBase64(state));
  const text = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(PLAN_DOCUMENT.text)) as JSONContent;
  return { text, measures: readMeasures(doc) };
}
