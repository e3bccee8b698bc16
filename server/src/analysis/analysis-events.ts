import { EventEmitter } from 'node:events';

/**
 * Tells the realtime layer that an analysis's returns changed, so the fieldwork dashboard updates
 * live (see analysis.realtime.ts). Emitted after a write succeeded, never by the services.
 */
export class AnalysisEvents {
  private readonly emitter = new EventEmitter();

  /** A response of the analysis was stored (online or paper). */
  responseStored(analysisId: string): void {
    this.emitter.emit('responseStored', analysisId);
  }

  onResponseStored(listener: (analysisId: string) => void): void {
    this.emitter.on('responseStored', listener);
  }
}
