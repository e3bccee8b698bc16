import type { Router } from 'express';
import type { AnalysisEvents } from './analysis/analysis-events';
import type { SurveyLimiter } from './analysis/survey-limiter';
import type { TrainingContext } from './training/context';
import type { Env } from './env';
import type { ExchangeEvents } from './exchange/exchange-events';
import type { RouteBinder } from './http/route';
import type { Logger } from './logger';
import type { LoginLimiter } from './auth/login-limiter';
import type { SessionEvents } from './auth/session-events';
import type { Mailer } from './mail/mailer';
import type { PersonalData } from './privacy/personal-data';
import type { ProgrammeEvents } from './programme/programme-events';
import type { ProjectWiring } from './projects/wiring';
import type { AccessChanges, LiveChannel } from './realtime/access-changes';
import type { AuthorizeDocument } from './realtime/collab/authorize';
import type { CollabDocuments } from './realtime/collab/documents';
import type { RealtimeServer } from './realtime/io';
import type { SearchSource } from './search/search-source';
import type { WorkspaceEvents } from './workspaces/workspace-events';

/**
 * What the features share, built once per server (server.ts): the event buses between REST,
 * realtime and jobs, the collaborative documents, the mailer, and the one access-change
 * publisher. Tests build the server with their own copy through `createServer`.
 */
export interface Wiring {
  env: Env;
  logger: Logger;
  mailer: Mailer;
  sessions: SessionEvents;
  limiter: LoginLimiter;
  /** The login limits, counted apart, for asking for and using password reset links. */
  resetLimiter: LoginLimiter;
  documents: CollabDocuments;
  /** Who may open a collaborative document: the registered features' `documents`, in order. */
  authorizeDocument: AuthorizeDocument;
  /** Publish every change of membership, role, visibility, account or password here, once. */
  access: AccessChanges;
  workspaceEvents: WorkspaceEvents;
  programmeEvents: ProgrammeEvents;
  exchangeEvents: ExchangeEvents;
  /** Security analysis returns, shared with the realtime layer (live fieldwork dashboard). */
  analysisEvents: AnalysisEvents;
  /** Rate limits of the public answering page (per code and per network address). */
  surveyLimiter: SurveyLimiter;
  /** Training mails and link secret, shared by the training routes and jobs. */
  training: TrainingContext;
  projects: ProjectWiring;
  /** The registered features (privacy and search read their declarations from it). */
  features: readonly Feature[];
}

/** What a feature's realtime part gets: the Socket.IO server and the shared wiring. */
export interface RealtimeContext {
  io: RealtimeServer;
  wiring: Wiring;
}

/** What the demo seed gives every feature's seed step. */
export interface SeedContext {
  logger: Logger;
  /** The address links in seeded mails point at. */
  appUrl: string;
}

/**
 * One feature of the server, declared in `<feature>/feature.ts` and listed once in
 * `features.ts`. The app, the realtime layer, the search index, the DSGVO export and deletion and
 * the demo seed are all assembled from that list: nothing is wired by a side-effect import.
 */
export interface Feature {
  /** The folder name, e.g. `exchange`. */
  name: string;
  /** REST routes (full paths from the contract, so routers mount at the root). */
  routes?(bind: RouteBinder, wiring: Wiring): Router;
  /** Socket.IO handlers (joining rooms, forwarding events) and background jobs. */
  realtime?(context: RealtimeContext): { stop(): void } | void;
  /** Live channels: each is re-evaluated on every access change and guards recovery. */
  live?(wiring: Wiring): LiveChannel[];
  /** Collaborative documents the feature owns (a plan, a meeting's minutes): who may open one. */
  documents?: AuthorizeDocument;
  /** How the feature's records get into the search index again (reindexAll). */
  search?: SearchSource[];
  /** Every model holding personal data, with its export, erasure and retention. */
  personalData?: PersonalData[];
  /** Demo data, run in list order into an empty database (SEED_DEMO). */
  seed?(context: SeedContext): Promise<void>;
}

/** Helpers that collect one kind of declaration from a feature list. */
export const collect = {
  personalData: (features: readonly Feature[]): PersonalData[] =>
    features.flatMap((feature) => feature.personalData ?? []),
  search: (features: readonly Feature[]): SearchSource[] =>
    features.flatMap((feature) => feature.search ?? []),
  live: (features: readonly Feature[], wiring: Wiring): LiveChannel[] =>
    features.flatMap((feature) => feature.live?.(wiring) ?? []),
  documents: (features: readonly Feature[]): AuthorizeDocument[] =>
    features.flatMap((feature) => (feature.documents ? [feature.documents] : [])),
};
