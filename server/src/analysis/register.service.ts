import {
  todayInSaxony,
  type RegisterField,
  type RegisterPreview,
  type StratumCount,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { conflict } from '../errors';
import { AddressModel, SampleSelectionModel } from './address.model';
import { SecurityAnalysisModel, type SecurityAnalysis } from './analysis.model';
import { readRegisterFile } from './register-file';
import { detectMapping, marginsOf, validateRegister } from './register-import';

const INSERT_CHUNK = 1000;

export async function previewRegister(bytes: Buffer, filename: string): Promise<RegisterPreview> {
  const table = await readRegisterFile(bytes, filename);
  return {
    format: table.format,
    encoding: table.encoding,
    separator: table.separator,
    columns: table.columns,
    rows: table.rows.length,
    mapping: detectMapping(table.columns),
    examples: table.rows.slice(0, 3).map((row) => row.cells),
  };
}

/** Refuses a change of the register or the sample once the letters are made or addresses gone. */
export const refuseAfterLetters = (analysis: SecurityAnalysis, what: string) => {
  if (analysis.letters) throw conflict(`The letters are made; the ${what} cannot change any more`);
  if (analysis.addressesDeletedAt) throw conflict('The addresses of this analysis were deleted');
};

/**
 * Imports the register extract: every row is checked first, then all are inserted under one
 * import id; if an insert fails, what was inserted is deleted again. A new import replaces the
 * previous one (and its sample) until the letters are made.
 */
export async function importRegister(
  actor: Actor,
  analysis: SecurityAnalysis,
  bytes: Buffer,
  filename: string,
  mapping: Partial<Record<RegisterField, string>>,
): Promise<{ rows: number; margins: StratumCount[] }> {
  refuseAfterLetters(analysis, 'register');
  const table = await readRegisterFile(bytes, filename);
  const year = Number(todayInSaxony().slice(0, 4));
  const persons = validateRegister(table, mapping, year);
  const importId = new Types.ObjectId();
  try {
    for (let i = 0; i < persons.length; i += INSERT_CHUNK) {
      await AddressModel.insertMany(
        persons.slice(i, i + INSERT_CHUNK).map((person) => ({
          ...person,
          analysisId: analysis._id,
          importId,
        })),
        { ordered: true, lean: true },
      );
    }
  } catch (error) {
    await AddressModel.deleteMany({ importId });
    throw error;
  }
  await AddressModel.deleteMany({ analysisId: analysis._id, importId: { $ne: importId } });
  await SampleSelectionModel.deleteOne({ analysisId: analysis._id });
  const margins = marginsOf(persons);
  await SecurityAnalysisModel.updateOne(
    { _id: analysis._id },
    {
      $set: {
        register: { filename, rows: persons.length, importedAt: new Date(), margins },
        sample: null,
      },
    },
  );
  await recordAudit({
    workspaceId: analysis.workspaceId,
    action: 'analysis.register_imported',
    actorId: actor.id,
    target: { type: 'analysis', id: analysis._id },
    details: { rows: persons.length, format: table.format },
  });
  return { rows: persons.length, margins };
}
