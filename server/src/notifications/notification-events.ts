import { EventEmitter } from 'node:events';
import type { NotificationCreated, NotificationsRead } from '@pnetz/shared';

/** Tells the realtime layer about a person's notifications (their user room, every tab). */
export class NotificationEvents {
  private readonly emitter = new EventEmitter();

  created(userId: string, payload: NotificationCreated): void {
    this.emitter.emit('created', userId, payload);
  }

  read(userId: string, payload: NotificationsRead): void {
    this.emitter.emit('read', userId, payload);
  }

  onCreated(listener: (userId: string, payload: NotificationCreated) => void): void {
    this.emitter.on('created', listener);
  }

  onRead(listener: (userId: string, payload: NotificationsRead) => void): void {
    this.emitter.on('read', listener);
  }
}
