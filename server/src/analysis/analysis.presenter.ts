import type {
  SecurityAnalysis as SecurityAnalysisDto,
  SecurityAnalysisSummary,
} from '@pnetz/shared';
import { resolvePeople, type People } from '../privacy/attribution';
import type { SecurityAnalysis } from './analysis.model';
import { decideAnalysis, type AnalysisStanding } from './analysis.policy';

function summary(analysis: SecurityAnalysis, people: People): SecurityAnalysisSummary {
  return {
    id: analysis._id.toHexString(),
    workspaceId: analysis.workspaceId.toHexString(),
    recordId: analysis.recordId.toHexString(),
    title: analysis.title,
    phases: analysis.phases.map((phase) => ({
      name: phase.name,
      start: phase.start,
      end: phase.end,
      owner: phase.ownerId ? people.ref(phase.ownerId) : null,
    })),
    createdAt: analysis.createdAt.toISOString(),
  };
}

const peopleOf = (analyses: SecurityAnalysis[]) =>
  resolvePeople(analyses.flatMap((a) => [...a.ownerIds, ...a.phases.map((p) => p.ownerId)]));

export async function presentAnalysisSummaries(
  analyses: SecurityAnalysis[],
): Promise<SecurityAnalysisSummary[]> {
  const people = await peopleOf(analyses);
  return analyses.map((analysis) => summary(analysis, people));
}

/** The analysis as its readers see it; the register's margins only for those who manage it. */
export async function presentAnalysis(
  analysis: SecurityAnalysis,
  standing: AnalysisStanding,
): Promise<SecurityAnalysisDto> {
  const people = await peopleOf([analysis]);
  const manage = decideAnalysis(standing, 'manage');
  return {
    ...summary(analysis, people),
    owners: analysis.ownerIds.map((id) => people.ref(id)),
    publicUrl: analysis.publicUrl,
    targetResponses: analysis.targetResponses,
    register: analysis.register
      ? {
          filename: manage ? analysis.register.filename : '',
          rows: analysis.register.rows,
          importedAt: analysis.register.importedAt.toISOString(),
          margins: analysis.register.margins.map(({ district, ageGroup, sex, count }) => ({
            district,
            ageGroup,
            sex,
            count,
          })),
        }
      : null,
    sample: analysis.sample
      ? {
          seed: analysis.sample.seed,
          size: analysis.sample.size,
          allocation: analysis.sample.allocation,
          minimumPerStratum: analysis.sample.minimumPerStratum,
          drawnOn: analysis.sample.drawnOn,
          strata: analysis.sample.strata.map(({ district, ageGroup, sex, count, population }) => ({
            district,
            ageGroup,
            sex,
            count,
            population,
          })),
        }
      : null,
    letters: analysis.letters
      ? { issued: analysis.letters.issued, madeAt: analysis.letters.madeAt.toISOString() }
      : null,
    hasSignature: analysis.signature !== null,
    signatory: analysis.signatory,
    addressDeletionOn: analysis.addressDeletionOn,
    addressesDeletedAt: analysis.addressesDeletedAt?.toISOString() ?? null,
    permissions: { manage, fieldwork: decideAnalysis(standing, 'fieldwork') },
  };
}
