import mongoose, { Types } from 'mongoose';
import { validationFailed } from '../../errors';

/**
 * The seam between experience reports and prevention projects: a report names the project it
 * is drawn from, which must be one of the same council. Read from the `projects` collection by
 * id and council only, so reports do not depend on how projects are modelled otherwise.
 */
export async function checkProjectOfCouncil(
  projectId: string | null,
  workspaceId: string,
): Promise<Types.ObjectId | null> {
  if (!projectId) return null;
  const found = await mongoose.connection
    .collection('projects')
    .countDocuments(
      { _id: new Types.ObjectId(projectId), workspaceId: new Types.ObjectId(workspaceId) },
      { limit: 1 },
    );
  if (found === 0)
    throw validationFailed([{ path: 'body.projectId', message: 'no project of this council' }]);
  return new Types.ObjectId(projectId);
}
