import { ResponseModel } from '../../server/src/analysis/response.model';

/** Answers to the questionnaire's "places avoided" questions, as a respondent gives them. */
export interface AvoidAnswer {
  avoids: 'yes' | 'no';
  where?: string;
  why?: string[];
}

/** `count` respondents giving the same answer. */
export const times = (count: number, answer: AvoidAnswer): AvoidAnswer[] =>
  Array.from({ length: count }, () => answer);

/** Stores online responses with these answers, as the public page would. */
export async function storeAvoidResponses(
  analysisId: string,
  answers: readonly AvoidAnswer[],
): Promise<void> {
  await ResponseModel.insertMany(
    answers.map((answer) => ({
      analysisId,
      questionnaireVersion: 1,
      channel: 'online',
      submittedOn: '2026-05-04',
      language: 'de',
      answers: {
        avoid_places: answer.avoids,
        ...(answer.where === undefined ? {} : { avoid_places_where: answer.where }),
        ...(answer.why === undefined ? {} : { avoid_places_why: answer.why }),
      },
      stratum: {},
    })),
  );
}

/** Responses that skipped the question: they are not part of the share's base. */
export async function storeSkippedResponses(analysisId: string, count: number): Promise<void> {
  await ResponseModel.insertMany(
    Array.from({ length: count }, () => ({
      analysisId,
      questionnaireVersion: 1,
      channel: 'paper',
      submittedOn: '2026-05-05',
      language: 'de',
      answers: { safe_day_area: 1 },
      stratum: {},
    })),
  );
}
