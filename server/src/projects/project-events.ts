import { EventEmitter } from 'node:events';
import type { FeedItem, Visibility } from '@pnetz/shared';

/** A feed event and who may receive it: the council's room, and the project's when it is shared. */
export interface FeedBroadcast {
  item: FeedItem;
  /** The project's effective visibility when it happened (drafts count as `workspace`). */
  visibility: Visibility;
}

/**
 * Tells the realtime layer what happened in projects (see projects.realtime.ts), which sends it
 * only to rooms whose members may see the project.
 */
export class ProjectEvents {
  private readonly emitter = new EventEmitter();

  feed(broadcast: FeedBroadcast): void {
    this.emitter.emit('feed', broadcast);
  }

  onFeed(listener: (broadcast: FeedBroadcast) => void): void {
    this.emitter.on('feed', listener);
  }
}
