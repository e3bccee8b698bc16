import mongoose from 'mongoose';
import * as Y from 'yjs';
import { findSessionUser } from '../../../server/src/auth/auth.service';
import { authorizePlanDocument } from '../../../server/src/plans/plans.service';
import { mongoPersistence } from '../../../server/src/realtime/collab/persistence';
import { connectTestDatabase, textOf } from '../../support/collab-core';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';

/**
 * What opening plans reads from the database when many are opened at the same moment (a browser
 * whose plans all reconnect, a council that starts its meeting): the reads that are not by `_id`
 * are shared, and every plan still gets its own answer.
 */
let disconnect: () => Promise<void>;

beforeAll(async () => {
  disconnect = await connectTestDatabase('open_reads');
});
afterAll(async () => {
  await disconnect();
});

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function loaded(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }): string {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return textOf(doc);
}

/** The queries (`collection.method`) made while `act` runs. */
async function queriesDuring<T>(
  act: () => Promise<T>,
): Promise<{ result: T; count(query: string): number }> {
  const queries: string[] = [];
  mongoose.set('debug', (collection: string, method: string) =>
    queries.push(`${collection}.${method}`),
  );
  try {
    const result = await act();
    return { result, count: (query) => queries.filter((made) => made === query).length };
  } finally {
    mongoose.set('debug', false);
  }
}

describe('plans opened at the same moment', () => {
  it('share the read of the memberships and of the stored updates, each with its own answer', async () => {
    const council = await createWorkspace();
    const elsewhere = await createWorkspace();
    const member = await createUser();
    await addMember(council._id, member.id, 'member');
    const mine = await Promise.all(
      Array.from({ length: 6 }, () => createPlan(council._id, member.id)),
    );
    const foreign = await createPlan(elsewhere._id, (await createUser()).id);
    for (const [i, plan] of mine.entries()) {
      await mongoPersistence.append(plan.id as string, textUpdate(`Plan ${i}`));
    }
    const actor = (await findSessionUser(member.id))!;

    const { result, count } = await queriesDuring(() =>
      Promise.all([
        Promise.all([...mine, foreign].map((plan) => authorizePlanDocument(actor, plan.id))),
        Promise.all([...mine, foreign].map((plan) => mongoPersistence.fetch(plan.id as string))),
      ]),
    );

    const [access, stored] = result;
    expect(access).toEqual([...mine.map(() => 'write'), null]);
    expect(stored.map(loaded)).toEqual([...mine.map((_, i) => `Plan ${i}`), '']);
    expect(count('memberships.find')).toBe(1);
    expect(count('collab_updates.find')).toBe(1);
    // By `_id`, one each: the embedded database uses its index for these and for no `$in`.
    expect(count('plans.findOne')).toBe(7);
    expect(count('collab_states.findOne')).toBe(7);
  });

  it('reads again for a later open, so a change in between is seen', async () => {
    const council = await createWorkspace();
    const member = await createUser();
    await addMember(council._id, member.id, 'member');
    const plan = await createPlan(council._id, member.id);
    const actor = (await findSessionUser(member.id))!;
    expect(await authorizePlanDocument(actor, plan.id)).toBe('write');

    await mongoose.connection
      .collection('memberships')
      .updateOne({ userId: new mongoose.Types.ObjectId(member.id) }, { $set: { role: 'guest' } });
    expect(await authorizePlanDocument(actor, plan.id)).toBe('read');
    await mongoPersistence.append(plan.id as string, textUpdate('neu'));
    expect(loaded(await mongoPersistence.fetch(plan.id as string))).toBe('neu');
  });
});
