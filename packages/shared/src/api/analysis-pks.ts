import { z } from 'zod';
import { IdParamsSchema, TimestampSchema } from '../common';
import { endpoint } from './endpoint';

/**
 * Offence groups of the police crime statistics (Polizeiliche Kriminalstatistik, PKS) that a
 * security analysis reads beside the survey, keyed by the PKS key (Straftatenschlüssel).
 *
 * Source: Bundeskriminalamt, PKS Straftatenkatalog and Summenschlüssel (the keys as printed in
 * the PKS Grundtabelle, BKA-T01, and in the Landeskriminalamt Sachsen's PKS tables). `------` is
 * "Straftaten insgesamt" in those tables; some exports write it as `000000`, which is accepted as
 * the same group. `*` is part of a key (a summary over a digit), not a wildcard of ours.
 */
export const PKS_OFFENCE_GROUPS = [
  { key: '------', label: 'Straftaten insgesamt', en: 'All offences' },
  { key: '892000', label: 'Gewaltkriminalität', en: 'Violent crime' },
  { key: '899000', label: 'Straßenkriminalität', en: 'Street crime' },
  {
    key: '100000',
    label: 'Straftaten gegen die sexuelle Selbstbestimmung',
    en: 'Offences against sexual self-determination',
  },
  {
    key: '200000',
    label: 'Rohheitsdelikte und Straftaten gegen die persönliche Freiheit',
    en: 'Offences of brutality and against personal liberty',
  },
  {
    key: '210000',
    label: 'Raub, räuberische Erpressung und räuberischer Angriff auf Kraftfahrer',
    en: 'Robbery',
  },
  { key: '220000', label: 'Körperverletzung', en: 'Bodily injury' },
  { key: '****00', label: 'Diebstahl insgesamt', en: 'Theft, total' },
  { key: '435*00', label: 'Wohnungseinbruchdiebstahl', en: 'Domestic burglary' },
  { key: '500000', label: 'Vermögens- und Fälschungsdelikte', en: 'Fraud and forgery' },
  { key: '510000', label: 'Betrug', en: 'Fraud' },
  { key: '674000', label: 'Sachbeschädigung', en: 'Criminal damage' },
  { key: '730000', label: 'Rauschgiftdelikte (BtMG)', en: 'Drug offences (BtMG)' },
] as const;
export type PksOffenceKey = (typeof PKS_OFFENCE_GROUPS)[number]['key'];
export const PKS_KEYS = PKS_OFFENCE_GROUPS.map((group) => group.key) as [
  PksOffenceKey,
  ...PksOffenceKey[],
];
export const PksKeySchema = z.enum(PKS_KEYS);

/** Other spellings of a key that PKS exports use, mapped to the key above. */
export const PKS_KEY_ALIASES: Readonly<Record<string, PksOffenceKey>> = { '000000': '------' };

export const PKS_LIMITS = {
  fileMaxBytes: 2 * 1024 * 1024,
  rowsMax: 5_000,
  yearMin: 1990,
  yearMax: 2100,
  populationMax: 10_000_000,
} as const;

/**
 * Optional facts an import may name in the query: the year when the file has no year column,
 * and the population when the file has no population column (otherwise the municipality's
 * registry figure is used; Saxony's reference always needs one).
 */
export const PksImportQuerySchema = z.object({
  filename: z.string().trim().min(1).max(200),
  year: z.coerce.number().int().min(PKS_LIMITS.yearMin).max(PKS_LIMITS.yearMax).optional(),
  population: z.coerce.number().int().min(1).max(PKS_LIMITS.populationMax).optional(),
});
export type PksImportQuery = z.input<typeof PksImportQuerySchema>;

export const PksImportedSchema = z.object({
  years: z.array(z.number().int()),
  rows: z.number().int(),
});
export type PksImported = z.infer<typeof PksImportedSchema>;

/** Recorded cases of one offence group and year, and the Häufigkeitszahl computed from them. */
export const PksFigureSchema = z.object({
  cases: z.number().int(),
  population: z.number().int(),
  /** Cases per 100,000 inhabitants, rounded to one decimal. */
  hz: z.number(),
  /** Share of cases cleared up in percent, as the police delivered it; null when absent. */
  clearanceRate: z.number().nullable(),
});
export type PksFigure = z.infer<typeof PksFigureSchema>;

export const PksRowSchema = z.object({
  year: z.number().int(),
  key: PksKeySchema,
  label: z.string(),
  municipality: PksFigureSchema,
  /** Saxony's figure for the same year and group, or null until the reference is imported. */
  saxony: PksFigureSchema.nullable(),
});
export type PksRow = z.infer<typeof PksRowSchema>;

export const PksYearSourceSchema = z.object({
  year: z.number().int(),
  filename: z.string(),
  population: z.number().int(),
  importedAt: TimestampSchema,
});

export const AnalysisPksSchema = z.object({
  municipality: z.object({ name: z.string(), population: z.number().int().nullable() }),
  rows: z.array(PksRowSchema),
  sources: z.array(PksYearSourceSchema),
  saxonySources: z.array(PksYearSourceSchema),
  /** The caller may import the police statistics of this analysis. */
  canImport: z.boolean(),
});
export type AnalysisPks = z.infer<typeof AnalysisPksSchema>;

export const SaxonyPksSchema = z.object({
  rows: z.array(z.object({ year: z.number().int(), key: PksKeySchema, figure: PksFigureSchema })),
  sources: z.array(PksYearSourceSchema),
  canImport: z.boolean(),
});
export type SaxonyPks = z.infer<typeof SaxonyPksSchema>;

/** Häufigkeitszahl: recorded cases per 100,000 inhabitants, rounded to one decimal. */
export function haeufigkeitszahl(cases: number, population: number): number {
  return Math.round(((cases * 100_000) / population) * 10) / 10;
}

const TAG = 'Sicherheitsanalyse';

export const pksEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/analyses/:id/pks',
    summary: "The municipality's police statistics by year and offence group, beside Saxony's",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: AnalysisPksSchema,
  }),
  import: endpoint({
    method: 'post',
    path: '/api/analyses/:id/pks',
    summary:
      'Import police statistics (CSV body, German numbers); a bad line refuses the file (owners)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: PksImportQuerySchema,
    response: PksImportedSchema,
    status: 201,
  }),
  saxony: endpoint({
    method: 'get',
    path: '/api/pks/saxony',
    summary: "Saxony's police statistics, the reference every analysis compares with",
    tag: TAG,
    auth: 'user',
    response: SaxonyPksSchema,
  }),
  importSaxony: endpoint({
    method: 'post',
    path: '/api/pks/saxony',
    summary: "Import Saxony's police statistics in the same CSV format (programme coordinator)",
    tag: TAG,
    auth: 'user',
    query: PksImportQuerySchema,
    response: PksImportedSchema,
    status: 201,
  }),
};
