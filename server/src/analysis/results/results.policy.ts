import { decideAnalysis, type AnalysisStanding } from '../analysis.policy';

/**
 * Who may do what with the results, on top of the analysis's standing:
 *
 * | action | owner (the analysis team) | council member, guest | coordinator, platform admin | anyone else |
 * | ------ | ------------------------- | --------------------- | --------------------------- | ----------- |
 * | read   | allow                     | allow                 | allow                       | 403         |
 * | weigh  | allow                     | 403                   | 403                         | 403         |
 * | raw    | allow                     | 403                   | 403                         | 403         |
 *
 * `read` is the suppressed figures (page, API, table CSV); `weigh` starts a weighting run and
 * reviews free text; `raw` is the responses CSV with weights, the codebook and the margins.
 */
export type ResultsAction = 'read' | 'weigh' | 'raw';

export function decideResults(standing: AnalysisStanding, action: ResultsAction): boolean {
  return decideAnalysis(standing, action === 'read' ? 'read' : 'manage');
}
