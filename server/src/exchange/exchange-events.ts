import { EventEmitter } from 'node:events';
import type { ExchangeChanged, ExchangeMention, Post } from '@pnetz/shared';

/**
 * Tells the realtime layer what happened in an exchange, so viewers see it live (see
 * exchange.realtime.ts). The REST routes emit after a write succeeded, never the services.
 */
export class ExchangeEvents {
  private readonly emitter = new EventEmitter();

  posted(post: Post): void {
    this.emitter.emit('post', post);
  }

  changed(change: ExchangeChanged): void {
    this.emitter.emit('changed', change);
  }

  mentioned(userId: string, mention: ExchangeMention): void {
    this.emitter.emit('mention', userId, mention);
  }

  onPosted(listener: (post: Post) => void): void {
    this.emitter.on('post', listener);
  }

  onChanged(listener: (change: ExchangeChanged) => void): void {
    this.emitter.on('changed', listener);
  }

  onMentioned(listener: (userId: string, mention: ExchangeMention) => void): void {
    this.emitter.on('mention', listener);
  }
}
