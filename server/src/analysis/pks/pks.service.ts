import {
  PKS_OFFENCE_GROUPS,
  haeufigkeitszahl,
  type AnalysisPks,
  type PksFigure,
  type PksImported,
  type SaxonyPks,
} from '@pnetz/shared';
import type { Types } from 'mongoose';
import { MunicipalityModel } from '../../programme/municipality.model';
import type { SecurityAnalysis } from '../analysis.model';
import { readRegisterFile } from '../register-file';
import { validatePks } from './pks-import';
import { PksYearModel, type PksYearRecord } from './pks.model';

const ORDER = new Map<string, number>(PKS_OFFENCE_GROUPS.map((group, i) => [group.key, i]));
const LABEL = new Map<string, string>(PKS_OFFENCE_GROUPS.map((group) => [group.key, group.label]));

/** The municipality of the analysis's council (name and registry population). */
async function municipalityOf(analysis: Pick<SecurityAnalysis, 'workspaceId'>) {
  return MunicipalityModel.findOne(
    { workspaceId: analysis.workspaceId },
    { name: 1, population: 1 },
  )
    .lean()
    .then((m) => ({ name: m?.name ?? '', population: m?.population ?? null }));
}

/**
 * Reads and checks a PKS file (the register import's encoding and CSV handling) and stores its
 * years; each year replaces that year's earlier import. Nothing is stored when a line is bad.
 */
async function importYears(
  analysisId: Types.ObjectId | null,
  bytes: Buffer,
  options: { filename: string; year?: number; population?: number | null },
): Promise<PksImported> {
  const table = await readRegisterFile(bytes, options.filename);
  const years = validatePks(table, options);
  const importedAt = new Date();
  for (const year of years) {
    const replace = () =>
      PksYearModel.findOneAndUpdate(
        { analysisId, year: year.year },
        {
          $set: {
            population: year.population,
            filename: options.filename,
            importedAt,
            figures: year.figures,
          },
        },
        { upsert: true },
      );
    // Two imports of the same new year at once: the unique index lets one insert, the other
    // then replaces (the embedded database does not run an upsert atomically).
    await replace().catch((error: unknown) => {
      if ((error as { code?: number }).code === 11000) return replace();
      throw error;
    });
  }
  return {
    years: years.map((y) => y.year),
    rows: years.reduce((sum, y) => sum + y.figures.length, 0),
  };
}

/** Imports the municipality's PKS; the population defaults to the municipality's registry figure. */
export async function importAnalysisPks(
  analysis: SecurityAnalysis,
  bytes: Buffer,
  options: { filename: string; year?: number; population?: number },
): Promise<PksImported> {
  const municipality = await municipalityOf(analysis);
  return importYears(analysis._id, bytes, {
    ...options,
    population: options.population ?? municipality.population,
  });
}

/** Imports Saxony's reference figures; the population comes from the file or the query. */
export function importSaxonyPks(
  bytes: Buffer,
  options: { filename: string; year?: number; population?: number },
): Promise<PksImported> {
  return importYears(null, bytes, options);
}

const figureOf = (year: PksYearRecord, figure: PksYearRecord['figures'][number]): PksFigure => ({
  cases: figure.cases,
  population: year.population,
  hz: haeufigkeitszahl(figure.cases, year.population),
  clearanceRate: figure.clearanceRate,
});

const sourceOf = (year: PksYearRecord) => ({
  year: year.year,
  filename: year.filename,
  population: year.population,
  importedAt: year.importedAt.toISOString(),
});

const byYear = { year: -1 } as const;

/** The municipality's figures by year (newest first) and group, each beside Saxony's. */
export async function analysisPks(
  analysis: SecurityAnalysis,
  canImport: boolean,
): Promise<AnalysisPks> {
  const [municipality, own, saxony] = await Promise.all([
    municipalityOf(analysis),
    PksYearModel.find({ analysisId: analysis._id }).sort(byYear).lean<PksYearRecord[]>(),
    PksYearModel.find({ analysisId: null }).sort(byYear).lean<PksYearRecord[]>(),
  ]);
  const reference = new Map<string, PksFigure>();
  for (const year of saxony)
    for (const figure of year.figures)
      reference.set(`${year.year}|${figure.key}`, figureOf(year, figure));
  const rows = own.flatMap((year) =>
    [...year.figures]
      .sort((a, b) => (ORDER.get(a.key) ?? 0) - (ORDER.get(b.key) ?? 0))
      .map((figure) => ({
        year: year.year,
        key: figure.key,
        label: LABEL.get(figure.key) ?? figure.key,
        municipality: figureOf(year, figure),
        saxony: reference.get(`${year.year}|${figure.key}`) ?? null,
      })),
  );
  return {
    municipality,
    rows,
    sources: own.map(sourceOf),
    saxonySources: saxony.map(sourceOf),
    canImport,
  };
}

export async function saxonyPks(canImport: boolean): Promise<SaxonyPks> {
  const years = await PksYearModel.find({ analysisId: null }).sort(byYear).lean<PksYearRecord[]>();
  return {
    rows: years.flatMap((year) =>
      year.figures.map((figure) => ({
        year: year.year,
        key: figure.key,
        figure: figureOf(year, figure),
      })),
    ),
    sources: years.map(sourceOf),
    canImport,
  };
}
