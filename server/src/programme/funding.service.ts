import {
  GRANTED_FUNDING_STATUSES,
  checkFundingRules,
  todayInSaxony,
  type Budget,
  type Day,
  type FundingApplication,
  type FundingInputSchema,
  type FundingPatchSchema,
  type RuleIssue,
} from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { z } from 'zod';
import { validationFailed } from '../errors';
import { MunicipalityModel, type MunicipalityRecord } from './municipality.model';
import { presentFunding } from './programme.presenter';
import { BudgetModel, FundingModel, type FundingRecord } from './records.model';

type FundingInput = z.output<typeof FundingInputSchema>;
type FundingPatch = z.output<typeof FundingPatchSchema>;

const isGranted = (status: FundingRecord['status']) => GRANTED_FUNDING_STATUSES.includes(status);

/** The first advice of a municipality by the LPR, which the funding rules ask for. */
export function firstAdvice(municipality: Pick<MunicipalityRecord, 'milestones'>): Day | null {
  return (
    municipality.milestones
      .filter((m) => m.kind === 'advised')
      .map((m) => m.date)
      .sort()[0] ?? null
  );
}

/** The rules an application breaks, as it stands (shown as warnings on every listing). */
export function fundingWarnings(
  f: Omit<FundingRecord, '_id' | 'createdAt' | 'updatedAt' | 'municipalityId'>,
  advisedOn: Day | null,
  budgetRemaining: number | null,
): RuleIssue[] {
  return checkFundingRules(
    { ...f, amountGranted: f.amountGranted ?? null },
    { advisedOn, budgetRemaining },
  );
}

/** What is left of a year's budget without one application's own grant; null when no budget is set. */
async function budgetRemaining(year: number, except?: Types.ObjectId): Promise<number | null> {
  const budget = await BudgetModel.findOne({ year }).lean();
  if (!budget) return null;
  const granted = await FundingModel.find(
    {
      year,
      status: { $in: GRANTED_FUNDING_STATUSES },
      ...(except ? { _id: { $ne: except } } : {}),
    },
    { amountGranted: 1 },
  ).lean();
  return budget.amount - granted.reduce((sum, f) => sum + (f.amountGranted ?? 0), 0);
}

type FundingFields = Omit<FundingRecord, '_id' | 'createdAt' | 'updatedAt'>;

/**
 * Checks the funding rules: errors (see FUNDING_GUIDELINE's table) refuse the change with 400,
 * naming each rule and field; warnings travel with the stored application.
 */
async function enforceRules(
  fields: FundingFields,
  municipality: MunicipalityRecord,
  except?: Types.ObjectId,
): Promise<RuleIssue[]> {
  const remaining = isGranted(fields.status) ? await budgetRemaining(fields.year, except) : null;
  const issues = fundingWarnings(fields, firstAdvice(municipality), remaining);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    throw validationFailed(
      errors.map((issue) => ({
        path: `body.${issue.field}`,
        message: `${issue.rule}: ${issue.message}`,
      })),
      `The application breaks the funding rules: ${errors.map((issue) => issue.rule).join(', ')}`,
    );
  }
  return issues;
}

/** A grant without an amount is a grant of what was requested; other statuses carry no grant. */
function grantedAmount(
  status: FundingRecord['status'],
  granted: number | null,
  requested: number,
): number | null {
  if (!isGranted(status)) return status === 'rejected' ? null : granted;
  return granted ?? requested;
}

export async function createFunding(
  municipality: MunicipalityRecord,
  input: FundingInput,
): Promise<{ record: FundingRecord; warnings: RuleIssue[] }> {
  const { statusDate, ...rest } = input;
  const statusHistory: FundingRecord['statusHistory'] = [
    { status: 'applied', date: input.submittedOn },
  ];
  if (input.status !== 'applied')
    statusHistory.push({ status: input.status, date: statusDate ?? todayInSaxony() });
  const fields: FundingFields = {
    ...rest,
    municipalityId: municipality._id,
    statusHistory,
    amountGranted: grantedAmount(input.status, input.amountGranted, input.amountRequested),
  };
  const warnings = await enforceRules(fields, municipality);
  const record = (await FundingModel.create(fields)).toObject();
  return { record, warnings };
}

export async function updateFunding(
  existing: FundingRecord,
  municipality: MunicipalityRecord,
  patch: FundingPatch,
): Promise<{ record: FundingRecord; warnings: RuleIssue[] }> {
  const { statusDate, ...changes } = patch;
  const merged: FundingFields = {
    ...existing,
    ...changes,
    statusHistory: [...existing.statusHistory],
  };
  if (changes.status && changes.status !== existing.status) {
    merged.statusHistory.push({ status: changes.status, date: statusDate ?? todayInSaxony() });
  }
  if (changes.submittedOn && merged.statusHistory[0]?.status === 'applied') {
    merged.statusHistory[0] = { status: 'applied', date: changes.submittedOn };
  }
  merged.amountGranted = grantedAmount(
    merged.status,
    changes.amountGranted !== undefined ? changes.amountGranted : existing.amountGranted,
    merged.amountRequested,
  );
  const warnings = await enforceRules(merged, municipality, existing._id);
  const { _id, createdAt: _c, updatedAt: _u, ...update } = merged as FundingRecord;
  const record = await FundingModel.findByIdAndUpdate(
    _id,
    { $set: update },
    { returnDocument: 'after' },
  ).lean();
  return { record: record ?? existing, warnings };
}

/** Applications (of one year or all), with their municipality's name and the rules they break. */
export async function listFunding(year: number | undefined): Promise<FundingApplication[]> {
  const records = await FundingModel.find(year ? { year } : {})
    .sort({ year: 1, submittedOn: 1 })
    .lean();
  const municipalities = await MunicipalityModel.find(
    { _id: { $in: [...new Set(records.map((r) => r.municipalityId.toHexString()))] } },
    { name: 1, milestones: 1 },
  ).lean();
  const byId = new Map(municipalities.map((m) => [m._id.toHexString(), m]));
  return records.map((r) => {
    const m = byId.get(r.municipalityId.toHexString());
    return presentFunding(r, m?.name ?? '', fundingWarnings(r, m ? firstAdvice(m) : null, null));
  });
}

/** Every year's budget with the money requested and granted so far and what remains. */
export async function listBudgets(): Promise<Budget[]> {
  const budgets = await BudgetModel.find({}).sort({ year: 1 }).lean();
  const funding = await FundingModel.find(
    {},
    { year: 1, status: 1, amountRequested: 1, amountGranted: 1 },
  ).lean();
  return budgets.map((b) => {
    const ofYear = funding.filter((f) => f.year === b.year);
    const granted = ofYear
      .filter((f) => isGranted(f.status))
      .reduce((sum, f) => sum + (f.amountGranted ?? 0), 0);
    const requested = ofYear.reduce((sum, f) => sum + f.amountRequested, 0);
    return { year: b.year, amount: b.amount, requested, granted, remaining: b.amount - granted };
  });
}

export async function setBudget(year: number, amount: number): Promise<Budget> {
  await BudgetModel.updateOne({ year }, { $set: { year, amount } }, { upsert: true });
  return (await listBudgets()).find((b) => b.year === year)!;
}
