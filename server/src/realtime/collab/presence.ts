import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeAwareness } from './messages';

/**
 * Presence changes are sent at most once per window, all changes of the window in one message:
 * fifty people moving their cursors ten times a second then cost each participant twenty
 * messages a second instead of five hundred. The first change of a quiet moment goes out at once.
 */
const AWARENESS_WINDOW_MS = 50;

/**
 * Batches a document's presence (awareness) changes into windows, for its participants on this
 * instance and, where other instances have the document open, for them.
 */
export class PresenceWindow {
  /** Changes of the current window: for the participants, and for other instances. */
  private readonly changed = new Set<number>();
  private readonly toRelay = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Sends to the other instances; null until the document is connected to them. */
  private relay: ((update: Uint8Array) => void) | null = null;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    /** Sends to every participant on this instance. */
    private readonly toParticipants: (message: Uint8Array) => void,
  ) {}

  /** Records changed awareness clients; `relay` is false for changes other instances sent. */
  add(ids: readonly number[], relay: boolean): void {
    for (const id of ids) {
      this.changed.add(id);
      if (relay && this.relay) this.toRelay.add(id);
    }
    if (this.timer || this.stopped) return;
    this.sendWindow();
    this.timer = setTimeout(() => this.endWindow(), AWARENESS_WINDOW_MS);
  }

  /** Relays from now on (the document was connected to the other instances). */
  relayTo(relay: (update: Uint8Array) => void): void {
    this.relay = relay;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private endWindow(): void {
    this.timer = undefined;
    if (this.stopped || (this.changed.size === 0 && this.toRelay.size === 0)) return;
    this.sendWindow();
    this.timer = setTimeout(() => this.endWindow(), AWARENESS_WINDOW_MS);
  }

  /** Sends the window's changes: each client's latest state, or its removal. */
  private sendWindow(): void {
    if (this.changed.size > 0) {
      this.toParticipants(encodeAwareness(this.awareness, [...this.changed]));
      this.changed.clear();
    }
    if (this.toRelay.size > 0) {
      this.relay?.(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.toRelay]));
      this.toRelay.clear();
    }
  }
}
