import type { FeedItem, FeedKind } from '@pnetz/shared';

/** Kinds that are lines of the feed; the others change or remove lines shown already. */
const LINES: readonly FeedKind[] = [
  'project.created',
  'project.published',
  'project.changed',
  'update.posted',
  'comment.posted',
  'attachment.added',
];
const REMOVALS: Partial<Record<FeedKind, FeedKind>> = {
  'update.deleted': 'update.posted',
  'comment.deleted': 'comment.posted',
  'attachment.deleted': 'attachment.added',
};

/**
 * Applies feed events to the lines shown, newest first. Lines are keyed by event id, so an event
 * that arrives twice (live and again from the `since` catch-up) is shown once; edits replace the
 * item in place, deletions take its line away.
 */
export function applyFeed(lines: readonly FeedItem[], events: readonly FeedItem[]): FeedItem[] {
  let next = [...lines];
  for (const event of events) {
    const removed = REMOVALS[event.kind];
    if (removed) {
      next = next.filter((line) => !(line.kind === removed && line.itemId === event.itemId));
    } else if (event.kind === 'project.deleted') {
      next = next.filter((line) => line.project.id !== event.project.id);
    } else if (event.kind === 'update.edited' || event.kind === 'comment.edited') {
      next = next.map((line) =>
        line.itemId === event.itemId
          ? { ...line, update: event.update ?? line.update, comment: event.comment ?? line.comment }
          : line,
      );
    } else if (LINES.includes(event.kind)) {
      // The same event again (live and from the catch-up, or a refreshed "changed" line): replace.
      next = [...next.filter((line) => line.id !== event.id), event];
    }
  }
  // Ids of the server grow with time: sorting by id is newest first across both sources.
  return next.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The newest event id seen, where a catch-up after an outage starts. */
export const newestId = (lines: readonly FeedItem[], current: string | null): string | null =>
  lines.reduce<string | null>(
    (max, line) => (max === null || line.id > max ? line.id : max),
    current,
  );
