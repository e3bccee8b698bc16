import { lastEdited, storedDocument } from '../search/reindex';
import type { SearchSource } from '../search/search-source';
import { findPlan, indexPlan } from '../search/sources/plans';
import { documentText } from '../search/sources/ydoc-text';
import { readMeasures } from './measures.mirror';
import { PlanModel } from './plan.model';

/** Plans (title and text) and their measures, read from the stored collaborative documents. */
export const planSearch: SearchSource = {
  name: 'plans',
  async reindex() {
    let count = 0;
    for (const plan of await PlanModel.find().lean()) {
      const doc = await storedDocument(plan._id.toHexString());
      const measures = readMeasures(doc);
      await indexPlan(
        plan,
        documentText(doc),
        measures,
        await lastEdited(plan._id.toHexString(), plan.updatedAt),
      );
      doc.destroy();
      count += 1 + measures.length;
    }
    return count;
  },
  async indexDocument(name, content) {
    const plan = await findPlan(name);
    if (!plan) return false;
    await indexPlan(plan, content.text, content.measures);
    return true;
  },
};
