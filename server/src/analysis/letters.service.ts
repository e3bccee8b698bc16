import { todayInSaxony } from '@pnetz/shared';
import { randomInt } from 'node:crypto';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { conflict } from '../errors';
import { AnalysisModel as ProgrammeAnalysisModel } from '../programme/records.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { AccessCodeModel } from './access-code.model';
import { generateCode, hashCode } from './access-codes';
import { AddressModel } from './address.model';
import { sampledIds } from './sample.service';
import { SecurityAnalysisModel, type SecurityAnalysis } from './analysis.model';
import { invitationLetters, reminderLetters, type LetterSender } from './letters-pdf';

/** Fisher–Yates with the system's cryptographic generator. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** The public answering page's address; the analysis's own link when the council set one. */
export function publicLink(analysis: SecurityAnalysis, appUrl: string): string {
  return analysis.publicUrl || `${appUrl}/umfrage`;
}

async function sender(analysis: SecurityAnalysis, appUrl: string): Promise<LetterSender> {
  const workspace = await WorkspaceModel.findById(analysis.workspaceId).lean();
  return {
    municipality: workspace?.municipality ?? '',
    council: workspace?.name ?? '',
    logo: workspace?.logo ?? null,
    signature: analysis.signature,
    signatory: analysis.signatory,
    date: todayInSaxony(),
    publicUrl: publicLink(analysis, appUrl),
    addressDeletionOn: analysis.addressDeletionOn,
    sampleSize: analysis.sample?.size ?? 0,
  };
}

async function sampledRecipients(analysis: SecurityAnalysis) {
  if (analysis.addressesDeletedAt) throw conflict('The addresses of this analysis were deleted');
  if (!analysis.sample) throw conflict('Draw the sample before making the letters');
  return AddressModel.find(
    { analysisId: analysis._id, _id: { $in: await sampledIds(analysis._id) } },
    { name: 1, street: 1, houseNumber: 1, postcode: 1, place: 1 },
  )
    .sort({ postcode: 1, street: 1, houseNumber: 1, line: 1 })
    .lean();
}

/**
 * Issues one code per sampled person and prints the letters. Anonymity by design: the codes are
 * generated apart from the addresses and shuffled before they meet them on paper; the letter
 * order exists only inside this function. Only hashes are stored, and in hash order (not letter
 * order), so not even the insertion order of the code records hints at an address. Letters may be
 * made again (new codes replace the old ones) only while no code has been used.
 */
export async function makeLetters(
  actor: Actor,
  analysis: SecurityAnalysis,
  appUrl: string,
): Promise<Buffer> {
  const recipients = await sampledRecipients(analysis);
  if (await AccessCodeModel.exists({ analysisId: analysis._id, usedOn: { $ne: null } }))
    throw conflict('Codes of these letters were already used; the letters cannot be made again');
  const codes = shuffle(Array.from({ length: recipients.length }, () => generateCode()));
  const pdf = await invitationLetters(await sender(analysis, appUrl), recipients, codes);
  const hashes = codes.map(hashCode).sort();
  await AccessCodeModel.deleteMany({ analysisId: analysis._id });
  await AccessCodeModel.insertMany(
    hashes.map((codeHash) => ({ _id: codeHash, analysisId: analysis._id, codeHash, usedOn: null })),
    { lean: true },
  );
  await SecurityAnalysisModel.updateOne(
    { _id: analysis._id },
    { $set: { letters: { issued: codes.length, madeAt: new Date() } } },
  );
  await advanceRecord(analysis, codes.length);
  await recordAudit({
    workspaceId: analysis.workspaceId,
    action: 'analysis.letters_made',
    actorId: actor.id,
    target: { type: 'analysis', id: analysis._id },
    details: { letters: codes.length },
  });
  return pdf;
}

/** The programme record moves to "survey" (Befragung) when the letters go out. */
async function advanceRecord(analysis: SecurityAnalysis, letters: number): Promise<void> {
  const record = await ProgrammeAnalysisModel.findById(analysis.recordId).lean();
  if (!record) return;
  const reached = record.statusHistory.some((entry) =>
    ['survey', 'evaluation', 'report_delivered'].includes(entry.status),
  );
  await ProgrammeAnalysisModel.updateOne(
    { _id: record._id },
    {
      $set: { surveySize: letters },
      ...(reached ? {} : { $push: { statusHistory: { status: 'survey', date: todayInSaxony() } } }),
    },
  );
}

/** The reminder goes to everyone in the sample: who answered is not known, by design. */
export async function makeReminder(analysis: SecurityAnalysis, appUrl: string): Promise<Buffer> {
  if (!analysis.letters) throw conflict('Make the letters before the reminder');
  const recipients = await sampledRecipients(analysis);
  return reminderLetters(await sender(analysis, appUrl), recipients);
}
