import { randomBytes } from 'node:crypto';
import type { Logger } from '../../logger';
import type { RedisClient } from '../../scale/redis';

/** What instances tell each other about a document they both have open. */
export type RelayMessage =
  | { type: 'update'; data: Uint8Array }
  | { type: 'awareness'; data: Uint8Array }
  /** "Send me what I lack": the sender's state vector, answered by a `sync-reply`. */
  | { type: 'sync-request'; data: Uint8Array }
  | { type: 'sync-reply'; to: string; data: Uint8Array };

export interface DocumentChannel {
  publish(message: RelayMessage): void;
  leave(): Promise<void>;
}

/** Fans document traffic out between server instances. Absent when running as one instance. */
export interface CollabRelay {
  readonly instanceId: string;
  /**
   * Subscribes to a document's channel. `onResubscribed` runs after the connection to the other
   * instances was lost and is back: messages sent in between are gone, so the document asks its
   * peers again for what it lacks.
   */
  join(
    docName: string,
    onMessage: (message: RelayMessage, from: string) => void,
    onResubscribed: () => void,
  ): Promise<DocumentChannel>;
  close(): Promise<void>;
}

interface WireMessage {
  f: string;
  t: RelayMessage['type'];
  to?: string;
  d: string;
}

const channelOf = (docName: string) => `pnetz:collab:${docName}`;

/** Redis pub/sub, one channel per open document. */
export class RedisRelay implements CollabRelay {
  readonly instanceId = randomBytes(8).toString('hex');
  private readonly resubscribed = new Set<() => void>();

  private constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    private readonly logger: Logger,
  ) {
    // The client resubscribes on its own after a reconnect; give Redis a moment to process
    // that, then let every open document catch up (and once more, in case a peer was slower).
    subscriber.on('ready', () => {
      for (const delay of [100, 1500]) {
        setTimeout(() => {
          for (const callback of this.resubscribed) callback();
        }, delay).unref();
      }
    });
  }

  static async create(client: RedisClient, logger: Logger): Promise<RedisRelay> {
    const subscriber = client.duplicate();
    subscriber.on('error', () => undefined); // The main client reports Redis outages.
    await subscriber.connect();
    return new RedisRelay(client, subscriber, logger);
  }

  async join(
    docName: string,
    onMessage: (message: RelayMessage, from: string) => void,
    onResubscribed: () => void,
  ): Promise<DocumentChannel> {
    const channel = channelOf(docName);
    const listener = (raw: string) => {
      let wire: WireMessage;
      try {
        wire = JSON.parse(raw) as WireMessage;
      } catch {
        return;
      }
      if (wire.f === this.instanceId) return;
      if (wire.t === 'sync-reply' && wire.to !== this.instanceId) return;
      const data = new Uint8Array(Buffer.from(wire.d, 'base64'));
      onMessage(
        wire.t === 'sync-reply' ? { type: wire.t, to: wire.to!, data } : { type: wire.t, data },
        wire.f,
      );
    };
    await this.subscriber.subscribe(channel, listener);
    this.resubscribed.add(onResubscribed);
    return {
      publish: (message) => {
        const wire: WireMessage = {
          f: this.instanceId,
          t: message.type,
          ...(message.type === 'sync-reply' ? { to: message.to } : {}),
          d: Buffer.from(message.data).toString('base64'),
        };
        this.publisher.publish(channel, JSON.stringify(wire)).catch((error: unknown) => {
          // Peers catch up through their sync request or the lease holder's reconciliation.
          this.logger.debug({ err: error, docName }, 'relay publish failed');
        });
      },
      leave: async () => {
        this.resubscribed.delete(onResubscribed);
        await this.subscriber.unsubscribe(channel, listener).catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    await this.subscriber.quit().catch(() => undefined);
  }
}
