import { MAIL_KINDS, type MailKind } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';
import type { Logger } from '../logger';
import type { MailAttachment, MailMessage } from './mail-message';

/**
 * Mail on its way to the SMTP server. Every mail is stored before the first attempt, so neither
 * an SMTP failure nor a restart loses it; failed attempts are retried with growing pauses.
 */
export interface QueuedMailRecord {
  _id: Types.ObjectId;
  to: string;
  subject: string;
  text: string;
  kind: MailKind;
  workspaceId: Types.ObjectId | null;
  attachments: MailAttachment[];
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

const queuedMailSchema = new Schema<QueuedMailRecord>(
  {
    to: { type: String, required: true, lowercase: true, trim: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    kind: { type: String, enum: MAIL_KINDS, required: true },
    workspaceId: { type: Schema.Types.ObjectId, default: null },
    attachments: {
      type: [
        new Schema(
          { filename: String, contentType: String, content: String, encoding: String },
          { _id: false },
        ),
      ],
      default: [],
    },
    status: { type: String, enum: ['pending', 'sent', 'failed'], default: 'pending' },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String, default: null },
    sentAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
queuedMailSchema.index({ status: 1, nextAttemptAt: 1 });
queuedMailSchema.index({ to: 1 });

export const QueuedMailModel = model<QueuedMailRecord>(
  'QueuedMail',
  queuedMailSchema,
  'mail_queue',
);

/**
 * One row per delivery attempt (`<mail id>:<attempt>`): inserting it is the atomic claim, so an
 * attempt runs on one instance only. Rows stay once done; an unfinished one whose lease ran out
 * (its instance died mid-send) may be taken over.
 */
interface DeliveryClaim {
  _id: string;
  done: boolean;
  expiresAt: Date;
}

const DeliveryClaimModel = model<DeliveryClaim>(
  'MailDeliveryClaim',
  new Schema<DeliveryClaim>(
    { _id: String, done: Boolean, expiresAt: Date },
    { versionKey: false, collection: 'mail_delivery_claims' },
  ),
);

export interface MailQueueOptions {
  /** How often due mails are looked for. */
  pollMs: number;
  /** Pause after the first failed attempt; it doubles with every further one (up to an hour). */
  retryBaseMs: number;
  /** Attempts before a mail is given up and logged as an error. */
  maxAttempts: number;
}

export const DEFAULT_MAIL_QUEUE: MailQueueOptions = {
  pollMs: 15_000,
  retryBaseMs: 30_000,
  maxAttempts: 10,
};

const CLAIM_LEASE_MS = 2 * 60 * 1000;
const MAX_PAUSE_MS = 60 * 60 * 1000;
/** Delivered mails and finished claims are kept this long, then removed (they hold addresses). */
const KEEP_SENT_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 25;

export type Deliver = (message: MailMessage) => Promise<void>;

export class MailQueue {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly deliver: Deliver,
    private readonly logger: Logger,
    private readonly options: MailQueueOptions = DEFAULT_MAIL_QUEUE,
  ) {}

  /** Stores the mail and makes the first attempt; `queued` means it will be retried. */
  async enqueue(message: MailMessage): Promise<'sent' | 'queued'> {
    const record = await QueuedMailModel.create({
      to: message.to,
      subject: message.subject,
      text: message.text,
      kind: message.kind,
      workspaceId: message.workspaceId ?? null,
      attachments: message.attachments ?? [],
      nextAttemptAt: new Date(),
    });
    return (await this.attempt(record.toObject())) ? 'sent' : 'queued';
  }

  /** Looks for due mails now and then every `pollMs`, on every instance. */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running ??= this.deliverDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'mail queue run failed'))
        .finally(() => (this.running = null));
    };
    tick();
    this.timer = setInterval(tick, this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Attempts every due mail once; returns how many were delivered. */
  async deliverDue(): Promise<number> {
    const now = new Date();
    const due = await QueuedMailModel.find({ status: 'pending', nextAttemptAt: { $lte: now } })
      .sort({ nextAttemptAt: 1 })
      .limit(BATCH)
      .lean();
    let delivered = 0;
    for (const record of due) if (await this.attempt(record)) delivered += 1;
    const old = new Date(now.getTime() - KEEP_SENT_MS);
    await QueuedMailModel.deleteMany({ status: 'sent', sentAt: { $lt: old } });
    await DeliveryClaimModel.deleteMany({ done: true, expiresAt: { $lt: old } });
    return delivered;
  }

  private async claim(id: string): Promise<boolean> {
    for (let tries = 0; tries < 2; tries++) {
      try {
        await DeliveryClaimModel.create({
          _id: id,
          done: false,
          expiresAt: new Date(Date.now() + CLAIM_LEASE_MS),
        });
        return true;
      } catch (error) {
        if ((error as { code?: number }).code !== 11000) throw error;
      }
      const stale = await DeliveryClaimModel.deleteOne({
        _id: id,
        done: false,
        expiresAt: { $lt: new Date() },
      });
      if (stale.deletedCount === 0) return false;
    }
    return false;
  }

  private async attempt(record: QueuedMailRecord): Promise<boolean> {
    const claimId = `${record._id.toHexString()}:${record.attempts}`;
    if (!(await this.claim(claimId))) return false;
    const attempts = record.attempts + 1;
    try {
      await this.deliver({
        to: record.to,
        subject: record.subject,
        text: record.text,
        kind: record.kind,
        workspaceId: record.workspaceId?.toHexString() ?? null,
        attachments: record.attachments,
      });
      await QueuedMailModel.updateOne(
        { _id: record._id },
        { $set: { status: 'sent', sentAt: new Date(), attempts, lastError: null } },
      );
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = attempts >= this.options.maxAttempts;
      const pause = Math.min(this.options.retryBaseMs * 2 ** (attempts - 1), MAX_PAUSE_MS);
      await QueuedMailModel.updateOne(
        { _id: record._id },
        {
          $set: {
            status: giveUp ? 'failed' : 'pending',
            attempts,
            lastError: message.slice(0, 500),
            nextAttemptAt: new Date(Date.now() + pause),
          },
        },
      );
      const context = { err: error, mail: record._id.toHexString(), kind: record.kind, attempts };
      if (giveUp) this.logger.error(context, 'mail given up after repeated failures');
      else this.logger.warn({ ...context, retryInMs: pause }, 'mail delivery failed; will retry');
      return false;
    } finally {
      await DeliveryClaimModel.updateOne({ _id: claimId }, { $set: { done: true } });
    }
  }
}

/** Removes queued mails to an address (account deletion). */
export async function forgetQueuedMailsTo(email: string): Promise<void> {
  await QueuedMailModel.deleteMany({ to: email });
}
