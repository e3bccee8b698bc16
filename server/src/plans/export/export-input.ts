import type { readMeasures } from '../measures.mirror';
import type { Block } from './blocks';

/** What heads every exported document: its title, the workspace and the day it was exported. */
export interface ExportHead {
  title: string;
  workspaceName: string;
  exportedOn: string;
}

/** What every export format renders: the plan's text and its measures at one moment. */
export interface ExportInput extends ExportHead {
  blocks: Block[];
  measures: ReturnType<typeof readMeasures>;
}
