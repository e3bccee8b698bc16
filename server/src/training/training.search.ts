import { indexEntry } from '../search/indexer';
import type { TrainingOfferRecord } from './offer.model';

/**
 * The catalogue in the platform's search: offers are public, so everyone finds them (the audience
 * `public`), with their places and contact, by their fields of action.
 */
export async function indexTrainingOffer(offer: TrainingOfferRecord): Promise<void> {
  await indexEntry({
    type: 'training',
    itemId: offer._id.toHexString(),
    visibility: 'public',
    audience: ['public'],
    fieldsOfAction: offer.fieldsOfAction,
    title: offer.title,
    text: [
      offer.summary,
      offer.description,
      ...offer.sessions.map((s) => s.place),
      offer.contact.name,
    ]
      .filter(Boolean)
      .join('\n'),
    updatedAt: offer.updatedAt,
  });
}
