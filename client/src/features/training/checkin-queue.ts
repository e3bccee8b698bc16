import { endpoints, type CheckInResult, type TrainingParticipant } from '@pnetz/shared';
import { api } from '../../lib/api';

/**
 * Check-ins on a phone at the door, working offline for a while: each check-in is queued in
 * localStorage first and sent when the connection allows. The server takes a repeated check-in
 * as the same one (idempotent), so sending twice after a lost answer does no harm.
 */
export interface QueuedCheckIn {
  code: string;
  at: string;
}

const queueKey = (sessionId: string) => `training-checkins:${sessionId}`;
const listKey = (sessionId: string) => `training-participants:${sessionId}`;

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

export function queuedCheckIns(sessionId: string): QueuedCheckIn[] {
  return read<QueuedCheckIn[]>(queueKey(sessionId), []);
}

export function queueCheckIn(sessionId: string, code: string): QueuedCheckIn[] {
  const queue = queuedCheckIns(sessionId);
  if (!queue.some((item) => item.code === code)) queue.push({ code, at: new Date().toISOString() });
  localStorage.setItem(queueKey(sessionId), JSON.stringify(queue));
  return queue;
}

/** Sends the queue; what the server answered leaves it. Throws when offline (queue stays). */
export async function syncCheckIns(sessionId: string): Promise<CheckInResult[]> {
  const queue = queuedCheckIns(sessionId);
  if (queue.length === 0) return [];
  const { results } = await api(endpoints.training.checkIn, {
    params: { sessionId },
    body: { items: queue },
  });
  const sent = new Set(queue.map((item) => item.code));
  const rest = queuedCheckIns(sessionId).filter((item) => !sent.has(item.code));
  localStorage.setItem(queueKey(sessionId), JSON.stringify(rest));
  return results;
}

/** The last participant list seen online, for searching by name while offline. */
export function cachedParticipants(sessionId: string): TrainingParticipant[] | undefined {
  return read<TrainingParticipant[] | undefined>(listKey(sessionId), undefined);
}

export function cacheParticipants(sessionId: string, list: TrainingParticipant[]): void {
  localStorage.setItem(listKey(sessionId), JSON.stringify(list));
}
