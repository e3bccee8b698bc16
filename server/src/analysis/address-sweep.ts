import { todayInSaxony } from '@pnetz/shared';
import { SecurityAnalysisModel } from './analysis.model';
import { deleteAddresses } from './sample.service';

/**
 * Deletes the addresses of every analysis whose deletion day has come, with an audit entry each.
 * Runs with the other background sweeps; `now` lets tests choose the day.
 */
export async function sweepAnalysisAddresses(now: Date): Promise<number> {
  const due = await SecurityAnalysisModel.find(
    { addressDeletionOn: { $ne: null, $lte: todayInSaxony(now) }, addressesDeletedAt: null },
    { workspaceId: 1 },
  ).lean();
  for (const analysis of due) await deleteAddresses(analysis, null, 'scheduled');
  return due.length;
}
