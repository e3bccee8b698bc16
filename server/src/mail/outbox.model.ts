import { MAIL_KINDS, type MailKind } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * Mail kept instead of sent while no SMTP server is configured (development, tests, small
 * installations): council admins read their council's mails in the app.
 */
export interface OutboxMailRecord {
  _id: Types.ObjectId;
  to: string;
  subject: string;
  text: string;
  kind: MailKind;
  workspaceId: Types.ObjectId | null;
  attachments?: Array<{
    filename: string;
    contentType: string;
    content: string;
    encoding?: 'base64';
  }>;
  createdAt: Date;
}

const outboxMailSchema = new Schema<OutboxMailRecord>(
  {
    to: { type: String, required: true, lowercase: true, trim: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    kind: { type: String, enum: MAIL_KINDS, required: true },
    workspaceId: { type: Schema.Types.ObjectId, ref: 'Workspace', default: null },
    attachments: {
      type: [
        new Schema(
          { filename: String, contentType: String, content: String, encoding: String },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
outboxMailSchema.index({ workspaceId: 1, createdAt: -1 });
outboxMailSchema.index({ to: 1 });

export const OutboxMailModel = model<OutboxMailRecord>('OutboxMail', outboxMailSchema, 'outbox');
