import type { FieldOfAction, SearchType, Visibility } from '@pnetz/shared';
import { Types } from 'mongoose';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { foldGerman, tokenize } from './normalize';
import { SearchEntryModel, type SearchEntryRecord } from './search-entry.model';

/** Snippets are cut from at most this much text; tokens come from up to ten times as much. */
const TEXT_MAX = 20_000;
const TOKENIZE_MAX = 200_000;

type IdLike = Types.ObjectId | string;

export interface IndexInput {
  type: SearchType;
  itemId: string;
  parentId?: IdLike | null;
  workspaceId?: IdLike | null;
  exchangeId?: IdLike | null;
  visibility: SearchEntryRecord['visibility'];
  /** Who may find it; build it with `audienceOf` / `exchangeAudience`. */
  audience: string[];
  fieldsOfAction?: readonly FieldOfAction[];
  title: string;
  /** False when the title only names the container (a post shows its exchange's theme). */
  titleSearchable?: boolean;
  /** Plain text: the body, description, minutes … (title not repeated). */
  text: string;
  updatedAt?: Date;
}

/** The audience of a council's item with the usual visibilities (see workspaces/access.ts). */
export function audienceOf(workspaceId: IdLike, visibility: Visibility | 'draft'): string[] {
  if (visibility === 'public') return ['public'];
  if (visibility === 'network') return ['network'];
  return [`workspace:${String(workspaceId)}`];
}

/** The audience of an exchange's items: everyone signed in, or only its participants. */
export function exchangeAudience(exchange: {
  _id: IdLike;
  visibility: 'invited' | 'network';
}): string[] {
  return exchange.visibility === 'network' ? ['network'] : [`exchange:${String(exchange._id)}`];
}

const objectId = (id: IdLike | null | undefined) => (id ? new Types.ObjectId(String(id)) : null);

async function municipalityOf(workspaceId: Types.ObjectId | null): Promise<string | null> {
  if (!workspaceId) return null;
  const workspace = await WorkspaceModel.findById(workspaceId, { municipality: 1 }).lean();
  return workspace ? foldGerman(workspace.municipality) : null;
}

/** Adds or replaces one item in the search index. Features call this on every write. */
export async function indexEntry(input: IndexInput): Promise<void> {
  const workspaceId = objectId(input.workspaceId);
  const text = input.text.slice(0, TOKENIZE_MAX);
  const titleTokens = input.titleSearchable === false ? [] : tokenize(input.title);
  const tokens = [...new Set([...titleTokens, ...tokenize(text)])];
  await SearchEntryModel.updateOne(
    { type: input.type, itemId: input.itemId },
    {
      $set: {
        parentId: objectId(input.parentId),
        workspaceId,
        exchangeId: objectId(input.exchangeId),
        visibility: input.visibility,
        audience: input.audience,
        municipality: await municipalityOf(workspaceId),
        fieldsOfAction: [...(input.fieldsOfAction ?? [])],
        title: input.title,
        text: text.slice(0, TEXT_MAX),
        tokens,
        titleTokens,
        revision: new Types.ObjectId().toHexString(),
        updatedAt: input.updatedAt ?? new Date(),
      },
    },
    { upsert: true },
  );
}

/** Removes one item from the index (deleted, or no longer searchable). */
export async function removeEntry(type: SearchType, itemId: string): Promise<void> {
  await SearchEntryModel.deleteOne({ type, itemId });
}

/** Removes the items contained in another (a plan's measures, an exchange's posts). */
export async function removeChildren(
  type: SearchType,
  parentId: IdLike,
  keepItemIds: string[] = [],
): Promise<void> {
  await SearchEntryModel.deleteMany({
    type,
    parentId: objectId(parentId),
    itemId: { $nin: keepItemIds },
  });
}

/** Changes who may find every entry of an exchange (its visibility changed). */
export async function setExchangeAudience(
  exchangeId: IdLike,
  audience: string[],
  visibility: 'invited' | 'network',
): Promise<void> {
  await SearchEntryModel.updateMany(
    { exchangeId: objectId(exchangeId) },
    { $set: { audience, visibility } },
  );
}
