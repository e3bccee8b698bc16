import { auditEndpoints } from './audit';
import { adminEndpoints } from './admin';
import { authEndpoints } from './auth';
import { healthEndpoints } from './health';
import { invitationEndpoints } from './invitations';
import { mailEndpoints } from './mail';
import { memberEndpoints } from './members';
import { notificationEndpoints } from './notifications';
import { planEndpoints } from './plans';
import { privacyEndpoints } from './privacy';
import { programmeEndpoints } from './programme';
import { projectEndpoints } from './projects';
import { ssoEndpoints } from './sso';
import { workspaceEndpoints } from './workspaces';
import { exchangeEndpoints } from './exchange';
import { matchingEndpoints } from './matching';
import { meetingEndpoints } from './meetings';
import { reportEndpoints } from './reports';
import { searchEndpoints } from './search';
import { trainingEndpoints } from './training';
import { surveyEndpoints } from './survey';
import { analysisEndpoints } from './analysis';
import { pksEndpoints } from './analysis-pks';
import { placesEndpoints } from './analysis-places';
import { libraryEndpoints } from './library';
import { overviewEndpoints } from './overview';
import { directoryEndpoints } from './directory';
import { resultsEndpoints } from './results';
import { recommendationEndpoints } from './recommendations';
import { analysisTransferEndpoints } from './analysis-transfer';
import { analysisReportEndpoints } from './analysis-report';

export * from './audit';
export * from './admin';
export * from './auth';
export * from './endpoint';
export * from './health';
export * from './invitations';
export * from './mail';
export * from './members';
export * from './notifications';
export * from './plans';
export * from './privacy';
export * from './programme';
export * from './projects';
export * from './sso';
export * from './workspaces';
export * from './exchange';
export * from './matching';
export * from './meetings';
export * from './reports';
export * from './search';
export * from './training';
export * from './survey';
export * from './analysis';
export * from './analysis-pks';
export * from './analysis-places';
export * from './library';
export * from './overview';
export * from './directory';
export * from './results';
export * from './recommendations';
export * from './analysis-transfer';
export * from './analysis-report';

/** Every REST endpoint, grouped by feature. The OpenAPI document lists exactly these. */
export const endpoints = {
  admin: adminEndpoints,
  audit: auditEndpoints,
  auth: authEndpoints,
  health: healthEndpoints,
  invitations: invitationEndpoints,
  mail: mailEndpoints,
  members: memberEndpoints,
  notifications: notificationEndpoints,
  overview: overviewEndpoints,
  directory: directoryEndpoints,
  plans: planEndpoints,
  privacy: privacyEndpoints,
  programme: programmeEndpoints,
  projects: projectEndpoints,
  sso: ssoEndpoints,
  workspaces: workspaceEndpoints,
  exchange: exchangeEndpoints,
  meetings: meetingEndpoints,
  reports: reportEndpoints,
  matching: matchingEndpoints,
  search: searchEndpoints,
  training: trainingEndpoints,
  survey: surveyEndpoints,
  analysis: analysisEndpoints,
  pks: pksEndpoints,
  places: placesEndpoints,
  library: libraryEndpoints,
  results: resultsEndpoints,
  recommendations: recommendationEndpoints,
  analysisTransfer: analysisTransferEndpoints,
  analysisReport: analysisReportEndpoints,
};
