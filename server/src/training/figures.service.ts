import { FIELDS_OF_ACTION, type TrainingFigures } from '@pnetz/shared';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { TrainingOfferModel } from './offer.model';
import { TrainingRegistrationModel } from './registration.model';

type Row = TrainingFigures['byOffer'][number];

/**
 * Participants per offer, per council and per field of action: registered (holding a place) and
 * attended (checked in). Guests without a council count under "no council".
 */
export async function trainingFigures(): Promise<TrainingFigures> {
  const [offers, registrations] = await Promise.all([
    TrainingOfferModel.find({}, { title: 1, fieldsOfAction: 1 }).lean(),
    TrainingRegistrationModel.find(
      { status: 'registered' },
      { offerId: 1, workspaceId: 1, checkedInAt: 1 },
    ).lean(),
  ]);
  const workspaceIds = [
    ...new Set(registrations.flatMap((r) => (r.workspaceId ? [r.workspaceId.toHexString()] : []))),
  ];
  const workspaces = await WorkspaceModel.find({ _id: { $in: workspaceIds } }, { name: 1 }).lean();
  const councilName = new Map(workspaces.map((w) => [w._id.toHexString(), w.name]));
  const offerById = new Map(offers.map((o) => [o._id.toHexString(), o]));

  const byOffer = new Map<string, Row>();
  const byCouncil = new Map<string, Row>();
  const byField = new Map<string, Row>();
  const count = (map: Map<string, Row>, key: string, label: string, attended: boolean) => {
    const row = map.get(key) ?? { key, label, registered: 0, attended: 0 };
    row.registered += 1;
    if (attended) row.attended += 1;
    map.set(key, row);
  };
  for (const registration of registrations) {
    const offer = offerById.get(registration.offerId.toHexString());
    if (!offer) continue;
    const attended = registration.checkedInAt !== null;
    count(byOffer, offer._id.toHexString(), offer.title, attended);
    const council = registration.workspaceId?.toHexString() ?? '';
    count(byCouncil, council || 'none', councilName.get(council) ?? '', attended);
    for (const field of offer.fieldsOfAction) count(byField, field, field, attended);
  }
  const sorted = (map: Map<string, Row>) =>
    [...map.values()].sort(
      (a, b) => b.registered - a.registered || a.label.localeCompare(b.label, 'de'),
    );
  return {
    byOffer: sorted(byOffer),
    byCouncil: sorted(byCouncil),
    byField: [...byField.values()].sort(
      (a, b) => FIELDS_OF_ACTION.indexOf(a.key as never) - FIELDS_OF_ACTION.indexOf(b.key as never),
    ),
  };
}
