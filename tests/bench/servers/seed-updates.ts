import * as Y from 'yjs';

/**
 * Produces `count` realistic stored updates (one small text edit each, as typing produces) and
 * hands them over in batches, so both servers are seeded with identical content.
 */
export async function seedRows(
  count: number,
  write: (rows: Uint8Array[]) => Promise<void>,
): Promise<void> {
  const doc = new Y.Doc();
  const text = doc.getText('seed');
  let batch: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => batch.push(update));
  for (let i = 0; i < count; i++) {
    text.insert(text.length === 0 ? 0 : (i * 7919) % text.length, i % 10 === 9 ? ' ' : 'x');
    if (batch.length >= 2000) {
      await write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await write(batch);
  doc.destroy();
}
