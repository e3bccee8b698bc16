import type { CreateTrainingOfferBody } from '@pnetz/shared';
import { CreateTrainingOfferBodySchema } from '@pnetz/shared';
import { UserModel } from '../../auth/user.model';
import type { Logger } from '../../logger';
import { createOffer } from '../offers.service';

/** A day `days` from today at a local hour (Saxony is UTC+1 in winter, +2 in summer: close enough). */
const at = (days: number, hour: number, minute = 0) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour - 1, minute, 0, 0);
  return date.toISOString();
};

const LPR = {
  name: 'Fortbildungsteam LPR',
  email: 'fortbildung@lpr.example',
  phone: '0351 000000',
};

/** A handful of realistic offers, always in the coming weeks, for the demo. */
const OFFERS: CreateTrainingOfferBody[] = [
  {
    type: 'seminar',
    format: 'in_person',
    title: 'Graffitiprävention in der Kommune',
    summary:
      'Legale Flächen, schnelle Entfernung und Zusammenarbeit mit der Polizei – mit Beispielen aus Glauchau.',
    description:
      'Das Seminar zeigt, wie Kommunen illegale Graffiti zurückdrängen: Sofortentfernung, legale Flächen, Wandgestaltung mit Jugendlichen und Fördermöglichkeiten nach der Förderrichtlinie.',
    fieldsOfAction: ['graffiti', 'urban_design'],
    targetGroups: ['council_coordination', 'municipal_staff', 'police'],
    contact: LPR,
    sessions: [
      {
        startsAt: at(12, 9),
        endsAt: at(12, 16),
        place: 'Dresden, Landespräventionsrat Sachsen',
        capacity: 20,
      },
      { startsAt: at(40, 9), endsAt: at(40, 16), place: 'Zwickau, Rathaus', capacity: 20 },
    ],
  },
  {
    type: 'workshop',
    format: 'in_person',
    title: 'Gewaltprävention an Schulen: Zusammenarbeit von Schule, Polizei und Jugendhilfe',
    summary: 'Ein Workshop für Lehrkräfte, Schulsozialarbeit und Bürgerpolizisten.',
    fieldsOfAction: ['violence', 'youth_protection'],
    targetGroups: ['school', 'police', 'youth_work'],
    contact: LPR,
    sessions: [
      {
        startsAt: at(19, 13),
        endsAt: at(19, 17),
        place: 'Chemnitz, Polizeidirektion',
        capacity: 25,
      },
    ],
  },
  {
    type: 'conference',
    format: 'hybrid',
    title: 'Fachtag Kommunale Kriminalprävention Sachsen',
    summary:
      'Das jährliche Netzwerktreffen der Präventionsräte mit Vorträgen, Foren und Markt der Möglichkeiten.',
    fieldsOfAction: ['public_order', 'public_space', 'urban_design'],
    targetGroups: ['council_coordination', 'municipal_staff', 'associations', 'police'],
    contact: LPR,
    sessions: [
      {
        startsAt: at(55, 9, 30),
        endsAt: at(55, 16, 30),
        place: 'Leipzig, Neues Rathaus',
        link: 'https://konferenz.lpr.example/fachtag',
        capacity: 150,
      },
    ],
  },
  {
    type: 'online_seminar',
    format: 'online',
    title: 'Sicherheitsanalyse verstehen: Von der Befragung zu Maßnahmen',
    summary:
      'Wie eine Sicherheitsanalyse abläuft und wie der Präventionsrat die Empfehlungen umsetzt.',
    fieldsOfAction: ['public_order'],
    targetGroups: ['council_coordination', 'municipal_staff'],
    contact: LPR,
    sessions: [
      {
        startsAt: at(7, 14),
        endsAt: at(7, 15, 30),
        link: 'https://konferenz.lpr.example/sicherheitsanalyse',
        capacity: 60,
      },
    ],
  },
  {
    type: 'seminar',
    format: 'in_person',
    title: 'Einbruchschutz und Seniorensicherheit beraten',
    summary: 'Beratungsansätze für Kommunen, Vereine und Ehrenamtliche.',
    fieldsOfAction: ['burglary', 'senior_safety'],
    targetGroups: ['volunteers', 'associations', 'police'],
    contact: LPR,
    waitlist: true,
    sessions: [
      { startsAt: at(26, 10), endsAt: at(26, 15), place: 'Bautzen, Landratsamt', capacity: 12 },
    ],
  },
  {
    type: 'degree',
    format: 'hybrid',
    title: 'Infoabend Studiengang Präventionsmanagement (B.A./M.A.)',
    summary: 'Studieninhalte, Zulassung und Finanzierung des berufsbegleitenden Studiums.',
    fieldsOfAction: [],
    targetGroups: ['council_coordination', 'police', 'municipal_staff', 'youth_work'],
    contact: { name: 'Studienberatung', email: 'studium@lpr.example', phone: '' },
    sessions: [
      {
        startsAt: at(21, 18),
        endsAt: at(21, 19, 30),
        place: 'Dresden, Landespräventionsrat Sachsen',
        link: 'https://konferenz.lpr.example/studium',
        capacity: 40,
      },
    ],
  },
];

/** Seeds the training catalogue (created by the programme coordinator). */
export async function seedTraining(logger: Logger): Promise<void> {
  const coordinator = await UserModel.findOne({ platformRoles: 'coordinator' }).lean();
  if (!coordinator) return;
  const actor = {
    id: coordinator._id.toHexString(),
    email: coordinator.email,
    name: coordinator.name,
    platformRoles: coordinator.platformRoles,
    language: coordinator.language,
  };
  for (const offer of OFFERS) await createOffer(actor, CreateTrainingOfferBodySchema.parse(offer));
  logger.info({ offers: OFFERS.length }, 'training catalogue seeded');
}
