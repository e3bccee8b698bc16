import type { Questionnaire } from '@pnetz/shared';
import { Types } from 'mongoose';
import { AccessCodeModel } from '../../../server/src/analysis/access-code.model';
import { generateCode, hashCode } from '../../../server/src/analysis/access-codes';
import { SecurityAnalysisModel } from '../../../server/src/analysis/analysis.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';

export interface SurveyActors {
  analysisId: string;
  /** Admin of the council: an owner. */
  owner: ApiClient;
  /** Named in the analysis's owners. */
  secondOwner: ApiClient;
  /** Member of the council but no owner. */
  member: ApiClient;
  coordinator: ApiClient;
  outsider: ApiClient;
  /** A respondent's browser: no account. */
  anonymous: ApiClient;
}

async function signedIn(url: string, user: { email: string; password: string }) {
  const client = new ApiClient(url);
  await client.login(user.email, user.password);
  return client;
}

/** A council with an analysis and the people around it. */
export async function surveyActors(url: string): Promise<SurveyActors> {
  const workspace = await createWorkspace({ municipality: 'Bannewitz' });
  const [admin, second, member, coordinator, outsider] = await Promise.all([
    createUser({ name: 'Anna Admin' }),
    createUser({ name: 'Otto Owner' }),
    createUser({ name: 'Mia Member' }),
    createUser({ name: 'Clara Coordinator', platformRoles: ['coordinator'] }),
    createUser({ name: 'Olaf Outsider' }),
  ]);
  await addMember(workspace._id, admin.id, 'admin');
  await addMember(workspace._id, second.id, 'member');
  await addMember(workspace._id, member.id, 'member');
  const analysis = await SecurityAnalysisModel.create({
    workspaceId: workspace._id,
    recordId: new Types.ObjectId(),
    title: 'Sicherheitsanalyse Bannewitz 2026',
    ownerIds: [new Types.ObjectId(second.id)],
    createdBy: new Types.ObjectId(admin.id),
  });
  const anonymous = new ApiClient(url);
  await anonymous.refreshSession();
  return {
    analysisId: analysis._id.toHexString(),
    owner: await signedIn(url, admin),
    secondOwner: await signedIn(url, second),
    member: await signedIn(url, member),
    coordinator: await signedIn(url, coordinator),
    outsider: await signedIn(url, outsider),
    anonymous,
  };
}

/** Issues access codes for the analysis, as the letters would; returns them in print form. */
export async function issueCodes(analysisId: string, count: number): Promise<string[]> {
  const codes = Array.from({ length: count }, () => generateCode());
  await AccessCodeModel.insertMany(
    codes.map((code) => ({ analysisId, codeHash: hashCode(code), usedOn: null })),
  );
  return codes;
}

/** Copies the standard questionnaire and starts fieldwork in German and English. */
export async function questionnaireInField(actors: SurveyActors): Promise<Questionnaire> {
  const base = `/api/analyses/${actors.analysisId}/questionnaire`;
  const created = await actors.owner.send('post', base);
  if (created.status !== 201)
    throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const started = await actors.owner.send('post', `${base}/fieldwork`);
  if (started.status !== 200)
    throw new Error(`fieldwork: ${started.status} ${JSON.stringify(started.body)}`);
  return started.body as Questionnaire;
}

/** A complete, valid set of answers to the standard questionnaire. */
export const SAMPLE_ANSWERS = {
  safe_day_area: 1,
  safe_night_area: 3,
  worry_burglary: 2,
  likely_theft: 2,
  avoid_dark: 3,
  victim_offences: ['bicycle'],
  victim_reported: 'none',
  victim_not_reported_why: ['pointless'],
  avoid_places: 'yes',
  avoid_places_why: ['dark', 'deserted'],
  disorder_litter: 4,
  police_indifferent: 2,
  neighbours_help: 3,
  area_satisfaction: 7,
  wish_measures: ['lighting', 'youth'],
  ageGroup: '35-44',
  sex: 'w',
  district: 'Nord',
} as const;
