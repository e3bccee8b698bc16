import { DaySchema } from './day';
import {
  applicationWindow,
  checkFundingRules,
  ownShareRatio,
  type FundingRuleContext,
  type FundingRuleInput,
} from './funding-rules';

const valid: FundingRuleInput = {
  year: 2023,
  amountRequested: 9_000,
  ownShare: 1_000,
  costItems: [{ amount: 10_000, capital: false }],
  submittedOn: '2022-09-01',
  status: 'applied',
  amountGranted: null,
};
const context: FundingRuleContext = { advisedOn: '2021-01-01', budgetRemaining: null };
const rules = (
  input: Partial<FundingRuleInput>,
  ctx: Partial<typeof context & { budgetRemaining: number | null }> = {},
) =>
  checkFundingRules({ ...valid, ...input }, { ...context, ...ctx }).map(
    (i) => `${i.rule}:${i.severity}`,
  );

describe('funding rules', () => {
  it('accepts exactly 10 % own share inside the window (31 August to 15 October of the year before)', () => {
    expect(applicationWindow(2023)).toEqual({ from: '2022-08-31', to: '2022-10-15' });
    expect(ownShareRatio(9_000, 1_000)).toBeCloseTo(0.1);
    expect(rules({ submittedOn: '2022-08-31' })).toEqual([]);
    expect(rules({ submittedOn: '2022-10-15' })).toEqual([]);
  });

  it('warns while applied and refuses when granted: own share, capital spending, prior advice', () => {
    const broken = { ownShare: 900, costItems: [{ amount: 9_900, capital: true }] };
    expect(rules(broken, { advisedOn: null })).toEqual([
      'own_share_min:warning',
      'no_capital_spending:warning',
      'prior_advice:warning',
    ]);
    expect(
      rules({ ...broken, status: 'granted', amountGranted: 9_000 }, { advisedOn: '2022-09-02' }),
    ).toEqual(['own_share_min:error', 'no_capital_spending:error', 'prior_advice:error']);
  });

  it('keeps the application window and the budget as warnings, and a grant above the request as an error', () => {
    expect(
      rules(
        { submittedOn: '2022-10-16', status: 'settled', amountGranted: 9_500 },
        { budgetRemaining: 5_000 },
      ),
    ).toEqual([
      'application_window:warning',
      'grant_exceeds_request:error',
      'budget_exceeded:warning',
    ]);
  });

  it('dates are real calendar days', () => {
    expect(DaySchema.safeParse('2024-02-29').success).toBe(true);
    expect(DaySchema.safeParse('2023-02-29').success).toBe(false);
    expect(DaySchema.safeParse('18.05.2021').success).toBe(false);
  });
});
