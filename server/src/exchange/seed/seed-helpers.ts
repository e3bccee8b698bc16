import { PLAN_DOCUMENT } from '@pnetz/shared';
import type { Types } from 'mongoose';
import * as Y from 'yjs';
import { UserModel } from '../../auth/user.model';
import { mongoPersistence } from '../../realtime/collab/persistence';
import { WorkspaceModel } from '../../workspaces/workspace.model';

/** A moment `days` from now at `hour` o'clock (Central European time, near enough for demo data). */
export const at = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour - 1, 0, 0, 0); // Central European time, near enough for demo data
  return date;
};
export const day = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function userId(email: string): Promise<Types.ObjectId> {
  const user = await UserModel.findOne({ email }, { _id: 1 }).lean();
  if (!user) throw new Error(`Demo user ${email} is missing`);
  return user._id;
}

export async function workspaceId(municipality: string): Promise<Types.ObjectId> {
  const workspace = await WorkspaceModel.findOne({ municipality }, { _id: 1 }).lean();
  if (!workspace) throw new Error(`Demo council ${municipality} is missing`);
  return workspace._id;
}

/** Stores rich text as a collaborative document, as if typed in the editor. */
export async function storeText(
  docName: string,
  paragraphs: string[],
  measures: Array<Record<string, unknown>> = [],
): Promise<Y.Doc> {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getXmlFragment(PLAN_DOCUMENT.text).insert(
      0,
      paragraphs.map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
    doc.getArray(PLAN_DOCUMENT.measures).insert(
      0,
      measures.map((fields) => {
        const map = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) map.set(key, value);
        return map;
      }),
    );
  });
  await mongoPersistence.append(docName, Y.encodeStateAsUpdate(doc));
  return doc;
}
