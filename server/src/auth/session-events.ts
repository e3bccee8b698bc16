import { EventEmitter } from 'node:events';

/**
 * Tells the realtime layer that a session ended (logout, password change), so sockets opened with
 * that session are disconnected at once.
 */
export class SessionEvents {
  private readonly emitter = new EventEmitter();

  ended(sessionId: string): void {
    this.emitter.emit('ended', sessionId);
  }

  onEnded(listener: (sessionId: string) => void): void {
    this.emitter.on('ended', listener);
  }
}
