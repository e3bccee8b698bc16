import { EventEmitter } from 'node:events';
import type { ProgrammeChanged } from '@pnetz/shared';

/**
 * Tells the realtime layer that a coordinator changed a programme record, so everyone viewing
 * the dashboard refreshes (see programme.realtime.ts). The REST routes emit, never the services.
 */
export class ProgrammeEvents {
  private readonly emitter = new EventEmitter();

  changed(change: ProgrammeChanged): void {
    this.emitter.emit('changed', change);
  }

  onChanged(listener: (change: ProgrammeChanged) => void): void {
    this.emitter.on('changed', listener);
  }
}
