import type { FieldOfAction } from '../vocab';
import type { Day } from './day';
import type { RuleIssue } from './funding';
import { GRANTED_FUNDING_STATUSES, type FundingStatus } from './vocab';

/**
 * The state funding guideline for municipal crime prevention, as the platform checks it. Both the
 * form (while typing) and the API (on saving) run these checks, so they always agree.
 *
 * | rule                    | while applied / rejected | when marked granted or settled |
 * | ----------------------- | ------------------------ | ------------------------------ |
 * | own_share_min           | warning                  | error (refused)                |
 * | no_capital_spending     | warning                  | error (refused)                |
 * | prior_advice            | warning                  | error (refused)                |
 * | grant_exceeds_request   | –                        | error (refused)                |
 * | application_window      | warning                  | warning (late applications may be accepted by exception) |
 * | budget_exceeded         | –                        | warning (the budget may be raised during the year) |
 */
export const FUNDING_GUIDELINE = {
  /** Own share (money or in kind) of the total cost: at least 10 %. */
  minOwnShareRatio: 0.1,
  /** Applications are filed from 31 August to 15 October of the year before the funding year. */
  windowStart: { month: 8, day: 31 },
  windowEnd: { month: 10, day: 15 },
} as const;

export interface FundingRuleInput {
  year: number;
  fieldOfAction?: FieldOfAction;
  amountRequested: number;
  ownShare: number;
  costItems: ReadonlyArray<{ amount: number; capital: boolean }>;
  submittedOn: Day;
  status: FundingStatus;
  amountGranted: number | null;
}

export interface FundingRuleContext {
  /** Day of the municipality's first advice by the LPR, or null if it was never advised. */
  advisedOn: Day | null;
  /** What is left of the year's budget without this application's own grant; null = no budget set. */
  budgetRemaining: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The application window for a funding year, as days. */
export function applicationWindow(year: number): { from: Day; to: Day } {
  const { windowStart: s, windowEnd: e } = FUNDING_GUIDELINE;
  return {
    from: `${year - 1}-${pad(s.month)}-${pad(s.day)}`,
    to: `${year - 1}-${pad(e.month)}-${pad(e.day)}`,
  };
}

/** Own share as a fraction of the total cost (requested + own share); 1 when nothing is requested. */
export function ownShareRatio(amountRequested: number, ownShare: number): number {
  const total = amountRequested + ownShare;
  return total === 0 ? 1 : ownShare / total;
}

const euro = (value: number) => `${Math.round(value * 100) / 100} EUR`;

/** Every rule the application breaks, with its severity for the application's status. */
export function checkFundingRules(
  input: FundingRuleInput,
  context: FundingRuleContext,
): RuleIssue[] {
  const granting = GRANTED_FUNDING_STATUSES.includes(input.status);
  const hard = granting ? 'error' : 'warning';
  const issues: RuleIssue[] = [];

  const ratio = ownShareRatio(input.amountRequested, input.ownShare);
  if (ratio < FUNDING_GUIDELINE.minOwnShareRatio - 1e-9) {
    issues.push({
      rule: 'own_share_min',
      severity: hard,
      field: 'ownShare',
      message: `Own share is ${(ratio * 100).toFixed(1)} % of the total cost; the funding guideline requires at least 10 %`,
    });
  }

  const window = applicationWindow(input.year);
  if (input.submittedOn < window.from || input.submittedOn > window.to) {
    issues.push({
      rule: 'application_window',
      severity: 'warning',
      field: 'submittedOn',
      message: `Applications for ${input.year} are filed between ${window.from} and ${window.to}`,
    });
  }

  const capital = input.costItems
    .filter((item) => item.capital)
    .reduce((sum, item) => sum + item.amount, 0);
  if (capital > 0) {
    issues.push({
      rule: 'no_capital_spending',
      severity: hard,
      field: 'costItems',
      message: `Capital (investive) spending of ${euro(capital)} cannot be funded`,
    });
  }

  if (context.advisedOn === null || context.advisedOn > input.submittedOn) {
    issues.push({
      rule: 'prior_advice',
      severity: hard,
      field: 'submittedOn',
      message:
        'The municipality must have been advised by the Landespräventionsrat before applying',
    });
  }

  if (granting && input.amountGranted !== null && input.amountGranted > input.amountRequested) {
    issues.push({
      rule: 'grant_exceeds_request',
      severity: 'error',
      field: 'amountGranted',
      message: `The grant of ${euro(input.amountGranted)} exceeds the ${euro(input.amountRequested)} requested`,
    });
  }

  if (
    granting &&
    context.budgetRemaining !== null &&
    (input.amountGranted ?? 0) > context.budgetRemaining
  ) {
    issues.push({
      rule: 'budget_exceeded',
      severity: 'warning',
      field: 'amountGranted',
      message: `The grant exceeds the ${euro(context.budgetRemaining)} left of the ${input.year} budget`,
    });
  }
  return issues;
}
