import type { readMeasures } from '../measures.mirror';
import type { Block } from './blocks';

/** What every export format renders: the plan's text and its measures at one moment. */
export interface ExportInput {
  title: string;
  workspaceName: string;
  exportedOn: string;
  blocks: Block[];
  measures: ReturnType<typeof readMeasures>;
}
