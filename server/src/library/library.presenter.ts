import type { LibraryFile } from '@pnetz/shared';
import type { People } from '../privacy/attribution';
import { categoryOf, type LibraryEntry } from './library.service';

export function presentLibraryFile(entry: LibraryEntry, people: People): LibraryFile {
  return {
    id: entry.id,
    source: entry.source,
    sourceId: entry.sourceId,
    sourceTitle: entry.sourceTitle,
    filename: entry.filename,
    contentType: entry.contentType,
    category: categoryOf(entry.contentType),
    size: entry.size,
    uploadedBy: people.ref(entry.uploadedBy),
    uploadedAt: entry.uploadedAt.toISOString(),
    downloadPath: entry.downloadPath,
  };
}
