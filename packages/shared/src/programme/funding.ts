import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { FieldOfActionSchema } from '../vocab';
import { DaySchema } from './day';
import { FundingStatusSchema } from './vocab';
import { plain, plainTitle } from '../text';

const Text = (max: number) => plain(z.string().trim().max(max));
const Required = plainTitle;
const Euro = z.number().finite().min(0, 'must not be negative').max(100_000_000);

export const CostItemSchema = z.object({
  label: Required(200),
  amount: Euro,
  /** Investive (capital) spending: the funding guideline excludes it. */
  capital: z.boolean().default(false),
});
export type CostItem = z.infer<typeof CostItemSchema>;

const fundingFields = {
  /** The year the money is for (applications are filed in the autumn before). */
  year: z.number().int().min(2019).max(2100),
  project: Required(200),
  fieldOfAction: FieldOfActionSchema,
  purpose: Text(4000),
  amountRequested: Euro,
  /** The municipality's own share (money or in kind), at least 10 % of the total cost. */
  ownShare: Euro,
  costItems: z.array(CostItemSchema).max(50),
  submittedOn: DaySchema,
  status: FundingStatusSchema,
  /** Day of the latest decision (grant, rejection, settlement) when the status changes; default today. */
  statusDate: DaySchema.optional(),
  amountGranted: Euro.nullable(),
};

export const FundingInputSchema = z.object({
  ...fundingFields,
  purpose: fundingFields.purpose.default(''),
  costItems: fundingFields.costItems.default([]),
  status: fundingFields.status.default('applied'),
  amountGranted: fundingFields.amountGranted.default(null),
});
export type FundingInput = z.input<typeof FundingInputSchema>;
export const FundingPatchSchema = z.object(fundingFields).partial().strict();

/** The funding rules the platform checks (see FUNDING_GUIDELINE in funding-rules.ts). */
export const FUNDING_RULES = [
  'own_share_min',
  'application_window',
  'no_capital_spending',
  'prior_advice',
  'grant_exceeds_request',
  'budget_exceeded',
] as const;
export const FundingRuleSchema = z.enum(FUNDING_RULES);
export type FundingRule = z.infer<typeof FundingRuleSchema>;

export const RuleIssueSchema = z.object({
  rule: FundingRuleSchema,
  severity: z.enum(['error', 'warning']),
  /** Dotted field the rule concerns (`ownShare`, `submittedOn`, …). */
  field: z.string(),
  message: z.string(),
});
export type RuleIssue = z.infer<typeof RuleIssueSchema>;

export const FundingApplicationSchema = z.object({
  id: IdSchema,
  municipalityId: IdSchema,
  municipalityName: z.string(),
  year: z.number(),
  project: z.string(),
  fieldOfAction: FieldOfActionSchema,
  purpose: z.string(),
  amountRequested: z.number(),
  ownShare: z.number(),
  totalCost: z.number(),
  costItems: z.array(z.object({ label: z.string(), amount: z.number(), capital: z.boolean() })),
  submittedOn: DaySchema,
  status: FundingStatusSchema,
  statusHistory: z.array(z.object({ status: FundingStatusSchema, date: DaySchema })),
  amountGranted: z.number().nullable(),
  /** Funding rules this application breaks (as warnings; errors are refused on saving). */
  warnings: z.array(RuleIssueSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type FundingApplication = z.infer<typeof FundingApplicationSchema>;

export const BudgetSchema = z.object({
  year: z.number(),
  amount: z.number(),
  requested: z.number(),
  granted: z.number(),
  remaining: z.number(),
});
export type Budget = z.infer<typeof BudgetSchema>;
