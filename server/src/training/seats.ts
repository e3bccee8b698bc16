import { Types } from 'mongoose';
import { isDuplicateKey } from './errors';
import { TrainingNoticeModel, TrainingPlaceModel } from './seat.model';

const oid = (id: Types.ObjectId | string) => new Types.ObjectId(String(id));

/** How many places of a session are taken. */
export function placesTaken(sessionId: Types.ObjectId | string): Promise<number> {
  return TrainingPlaceModel.countDocuments({ sessionId: oid(sessionId) });
}

/**
 * Gives the registration a place if one of 1 … capacity is free: each attempt inserts the place's
 * document, and the unique indexes let exactly one request have a place and a registration hold
 * only one. True when the registration holds a place afterwards (also when it held one already).
 */
export async function takePlace(
  sessionId: Types.ObjectId | string,
  holder: Types.ObjectId,
  capacity: number,
): Promise<boolean> {
  const session = oid(sessionId);
  for (let round = 0; round < capacity + 5; round += 1) {
    const taken = await TrainingPlaceModel.find({ sessionId: session }, { n: 1, holder: 1 }).lean();
    if (taken.some((p) => p.holder.equals(holder))) return true;
    // Places kept above a lowered capacity count too (the organiser chose to keep them).
    if (taken.length >= capacity) return false;
    const used = new Set(taken.map((p) => p.n));
    let n = 1;
    while (used.has(n)) n += 1;
    if (n > capacity) return false;
    try {
      await TrainingPlaceModel.create({
        _id: `${session.toHexString()}:${n}`,
        sessionId: session,
        n,
        holder,
      });
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Someone took place n, or this registration got a place meanwhile: look again.
    }
  }
  return false;
}

/** Gives back the place a registration holds, if any; true when there was one. */
export async function releasePlace(holder: Types.ObjectId): Promise<boolean> {
  const result = await TrainingPlaceModel.deleteOne({ holder });
  return result.deletedCount === 1;
}

export async function holdsPlace(holder: Types.ObjectId): Promise<boolean> {
  return (await TrainingPlaceModel.exists({ holder })) !== null;
}

/** Places above a capacity (after the organiser lowered it), highest first. */
export async function placesAbove(sessionId: Types.ObjectId, capacity: number) {
  return TrainingPlaceModel.find({ sessionId, n: { $gt: capacity } })
    .sort({ n: -1 })
    .lean();
}

/** Claims the right to send one mail about a registration; false when it was claimed before. */
export async function claimNotice(registrationId: Types.ObjectId, kind: string): Promise<boolean> {
  try {
    await TrainingNoticeModel.create({ _id: `${registrationId.toHexString()}:${kind}` });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

export async function hasNotice(registrationId: Types.ObjectId, kind: string): Promise<boolean> {
  return (
    (await TrainingNoticeModel.exists({ _id: `${registrationId.toHexString()}:${kind}` })) !== null
  );
}

export async function clearNotices(registrationId: Types.ObjectId, kinds: string[]): Promise<void> {
  await TrainingNoticeModel.deleteMany({
    _id: { $in: kinds.map((kind) => `${registrationId.toHexString()}:${kind}`) },
  });
}
