import type { Feature } from '../../feature';
import { documentsChannel } from './revalidation';

/**
 * The collaborative documents' live channel, over Socket.IO and y-websocket alike. Features own
 * their documents (`documents` in their feature module: plans, meeting minutes); this channel
 * asks them again on every access change.
 */
export const collabFeature: Feature = {
  name: 'collab',
  live: (w) => [documentsChannel({ documents: w.documents, authorize: w.authorizeDocument })],
};
