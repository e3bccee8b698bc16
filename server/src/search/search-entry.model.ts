import { SEARCH_TYPES, type FieldOfAction, type SearchType, type Visibility } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * One searchable item, kept current by the features on every write (see indexer.ts). The
 * database decides who may find it (`audience`, and the filters); the matching and ranking run in
 * each instance's engine (entry-index.ts), which reloads an entry when its `revision` changes.
 * `tokens` stay stored for inspection and repair.
 */
export interface SearchEntryRecord {
  _id: Types.ObjectId;
  type: SearchType;
  /** The item's id (a measure: `<planId>:<measureId>`). */
  itemId: string;
  /** The containing item for links (a measure's plan, a post's exchange), or null. */
  parentId: Types.ObjectId | null;
  workspaceId: Types.ObjectId | null;
  exchangeId: Types.ObjectId | null;
  visibility: Visibility | 'invited' | 'draft';
  /**
   * Who may find the entry: `public`, `network` (everyone signed in), `workspace:<id>`
   * (a council's members and guests) or `exchange:<id>` (an exchange's participants).
   */
  audience: string[];
  /** The council's municipality, folded for filtering (`koenigswartha`), or null. */
  municipality: string | null;
  fieldsOfAction: FieldOfAction[];
  title: string;
  /** Plain text the snippet is cut from (capped). */
  text: string;
  tokens: string[];
  titleTokens: string[];
  /** Changes with every write of title or text, so each instance's engine knows what to reload. */
  revision?: string | null;
  updatedAt: Date;
}

const searchEntrySchema = new Schema<SearchEntryRecord>(
  {
    type: { type: String, enum: SEARCH_TYPES, required: true },
    itemId: { type: String, required: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    workspaceId: { type: Schema.Types.ObjectId, default: null },
    exchangeId: { type: Schema.Types.ObjectId, default: null },
    visibility: { type: String, required: true },
    audience: { type: [String], default: [] },
    municipality: { type: String, default: null },
    fieldsOfAction: { type: [String], default: [] },
    title: { type: String, default: '' },
    text: { type: String, default: '' },
    tokens: { type: [String], default: [] },
    titleTokens: { type: [String], default: [] },
    revision: { type: String, default: null },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'search_entries' },
);
searchEntrySchema.index({ type: 1, itemId: 1 }, { unique: true });
searchEntrySchema.index({ tokens: 1 });
searchEntrySchema.index({ audience: 1 });
searchEntrySchema.index({ parentId: 1 });

export const SearchEntryModel = model<SearchEntryRecord>('SearchEntry', searchEntrySchema);
