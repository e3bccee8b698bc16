/** The feedback questionnaire's question names: the fields of the contract's FeedbackBodySchema. */
export const FEEDBACK_QUESTIONS = [
  'overall',
  'relevance',
  'organisation',
  'recommend',
  'comment',
] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];
