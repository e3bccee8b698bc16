import type { AnalysisPlaces, Place, PlaceInput, PlacesRanking } from '@pnetz/shared';
import { Types } from 'mongoose';
import { conflict, notFound } from '../../errors';
import { MunicipalityModel } from '../../programme/municipality.model';
import type { SecurityAnalysis } from '../analysis.model';
import { QuestionnaireModel } from '../questionnaire.model';
import { questionnaireTemplate } from '../questionnaire/template';
import { questionsOf, type Json } from '../questionnaire/survey-json';
import { ResponseModel } from '../response.model';
import { PlaceModel, type PlaceRecord } from './place.model';
import { AVOID_QUESTIONS, rankPlaces } from './ranking';

/**
 * Where weights plug in: the weight of each response by its id, or null while the analysis has
 * no weighting run (every response then counts once). The results feature provides one.
 */
export type ResponseWeights = (
  analysisId: Types.ObjectId,
) => Promise<ReadonlyMap<string, number> | null>;
export const noWeights: ResponseWeights = async () => null;

/** The centre of Saxony, for a council whose municipality is not in the registry. */
const SAXONY_CENTRE = { lat: 50.93, lon: 13.46 };

export const presentPlace = (place: PlaceRecord): Place => ({
  id: place._id.toHexString(),
  name: place.name,
  terms: place.terms,
  lat: place.lat,
  lon: place.lon,
});

async function placesOf(analysis: SecurityAnalysis): Promise<PlaceRecord[]> {
  return PlaceModel.find({ analysisId: analysis._id }).sort({ name: 1 }).lean<PlaceRecord[]>();
}

/** The ranking of the analysis's places over its responses, with weights where there are any. */
export async function rankingOf(
  analysis: SecurityAnalysis,
  weights: ResponseWeights,
): Promise<PlacesRanking> {
  const [places, responses, weightById] = await Promise.all([
    placesOf(analysis),
    ResponseModel.find({ analysisId: analysis._id }, { answers: 1 }).lean(),
    weights(analysis._id),
  ]);
  return rankPlaces(
    responses.map((response) => ({
      answers: response.answers,
      ...(weightById ? { weight: weightById.get(response._id) ?? 0 } : {}),
    })),
    places.map((place) => ({ ...presentPlace(place) })),
  );
}

export async function analysisPlaces(
  analysis: SecurityAnalysis,
  canManage: boolean,
  weights: ResponseWeights,
): Promise<AnalysisPlaces> {
  const [municipality, places, ranking] = await Promise.all([
    MunicipalityModel.findOne({ workspaceId: analysis.workspaceId }, { lat: 1, lon: 1 }).lean(),
    canManage ? placesOf(analysis) : Promise.resolve([]),
    rankingOf(analysis, weights),
  ]);
  return {
    centre: municipality ? { lat: municipality.lat, lon: municipality.lon } : SAXONY_CENTRE,
    places: places.map(presentPlace),
    ranking,
    canManage,
  };
}

const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;
const duplicateName = (name: string) =>
  conflict(`A place named "${name}" already exists`, [
    { path: 'body.name', message: 'a place of this name already exists' },
  ]);

type Input = Required<Pick<PlaceInput, 'name'>> & {
  terms: string[];
  lat: number | null;
  lon: number | null;
};

export async function createPlace(analysis: SecurityAnalysis, input: Input): Promise<Place> {
  try {
    const created = await PlaceModel.create({ analysisId: analysis._id, ...input });
    return presentPlace(created.toObject());
  } catch (error) {
    if (isDuplicate(error)) throw duplicateName(input.name);
    throw error;
  }
}

export async function updatePlace(
  analysis: SecurityAnalysis,
  placeId: string,
  input: Input,
): Promise<Place> {
  try {
    const updated = await PlaceModel.findOneAndUpdate(
      { _id: new Types.ObjectId(placeId), analysisId: analysis._id },
      { $set: input },
      { returnDocument: 'after' },
    ).lean<PlaceRecord>();
    if (!updated) throw notFound('Place');
    return presentPlace(updated);
  } catch (error) {
    if (isDuplicate(error)) throw duplicateName(input.name);
    throw error;
  }
}

export async function removePlace(analysis: SecurityAnalysis, placeId: string): Promise<void> {
  const { deletedCount } = await PlaceModel.deleteOne({
    _id: new Types.ObjectId(placeId),
    analysisId: analysis._id,
  });
  if (deletedCount === 0) throw notFound('Place');
}

/** German labels of the reasons, as the analysis's questionnaire words them. */
export async function reasonLabels(analysis: SecurityAnalysis): Promise<Map<string, string>> {
  const questionnaire = await QuestionnaireModel.findOne({ analysisId: analysis._id }).lean();
  const json = (questionnaire?.json ?? questionnaireTemplate()) as Json;
  const question = questionsOf(json).find((q) => q.name === AVOID_QUESTIONS.why);
  const choices = Array.isArray(question?.json.choices) ? question.json.choices : [];
  const labels = new Map<string, string>();
  for (const choice of choices as Array<{ value?: unknown; text?: unknown }>) {
    const text = choice.text;
    const label =
      typeof text === 'string'
        ? text
        : typeof text === 'object' && text !== null
          ? String((text as Record<string, unknown>).default ?? '')
          : '';
    if (typeof choice.value === 'string') labels.set(choice.value, label || choice.value);
  }
  return labels;
}
