import type { Types } from 'mongoose';
import { MembershipModel } from '../../workspaces/membership.model';
import { WorkspaceModel } from '../../workspaces/workspace.model';
import { ExchangeModel, PostModel } from '../exchange.model';
import { MeetingModel } from '../meeting.model';
import { GRAFFITI_POSTS } from './seed-data';
import { at, day, storeText, userId, workspaceId } from './seed-helpers';

/** Glauchau, Königswartha and Zwickau on graffiti: a discussion, a past and a coming meeting. */
export async function seedGraffitiExchange(coordinator: Types.ObjectId): Promise<void> {
  const exchange = await ExchangeModel.create({
    title: 'Graffiti und Sachbeschädigung',
    description:
      'Überregionaler Erfahrungsaustausch zu legalen Flächen, Wandbildern und schneller Beseitigung illegaler Graffiti.',
    fieldsOfAction: ['graffiti', 'urban_design'],
    visibility: 'invited',
    workspaceIds: [
      await workspaceId('Glauchau'),
      await workspaceId('Königswartha'),
      await workspaceId('Zwickau'),
    ],
    userIds: [],
    managerIds: [coordinator],
    createdBy: coordinator,
  });
  const ids: Types.ObjectId[] = [];
  for (const [index, post] of GRAFFITI_POSTS.entries()) {
    const author = await userId(post.from);
    const membership = await MembershipModel.findOne({ userId: author }).lean();
    const council = membership
      ? await WorkspaceModel.findById(membership.workspaceId, { name: 1 }).lean()
      : null;
    const created = await PostModel.create({
      exchangeId: exchange._id,
      parentId: 'reply' in post ? ids[post.reply] : null,
      body: post.body,
      authorId: author,
      organisation: membership?.organisation.name ?? null,
      council: council?.name ?? null,
      createdAt: at(-3 + index, 9 + index),
    });
    ids.push(created._id);
  }
  const past = await MeetingModel.create({
    exchangeId: exchange._id,
    title: 'Auftakt Austausch Graffiti',
    startsAt: at(-30, 14),
    endsAt: at(-30, 16),
    location: 'Landespräventionsrat Sachsen, Dresden',
    videoUrl: null,
    agenda: ['Vorstellungsrunde', 'Lagebilder der Kommunen', 'Themen für das Jahr'],
    attendees: [
      { name: 'Katrin Hoffmann', organisation: 'Landespräventionsrat Sachsen' },
      { name: 'Thomas Wagner', organisation: 'Stadtverwaltung Glauchau' },
      { name: 'Stefan Krüger', organisation: 'Polizeirevier Hoyerswerda' },
    ],
    decisions: ['Glauchau stellt seine Erfahrungen mit Wandbildern vor'],
    tasks: [
      {
        taskId: 'demo-task-1',
        title: 'Legale Graffitifläche an der Bushaltestelle prüfen',
        responsible: 'Stefan Krüger',
        due: day(45),
        measure: null,
      },
    ],
    createdBy: coordinator,
  });
  (
    await storeText(past._id.toHexString(), [
      'TOP 1: Die Kommunen stellen ihre Lage vor. Königswartha berichtet über Schmierereien an der Bushaltestelle.',
      'TOP 2: Glauchau schildert die Wandbilder am Bahnhof und die legale Fläche am Jugendhaus.',
    ])
  ).destroy();
  await MeetingModel.create({
    exchangeId: exchange._id,
    title: 'Zweites Austauschtreffen Graffiti',
    startsAt: at(14, 14),
    endsAt: at(14, 16),
    location: 'Rathaus Glauchau, Sitzungssaal',
    videoUrl: 'https://video.praeventionsnetz.example/austausch-graffiti',
    agenda: [
      'Begrüßung',
      'Rundgang zu den Wandbildern',
      'Erfahrungen mit legalen Flächen',
      'Nächste Schritte',
    ],
    attendees: [],
    decisions: [],
    tasks: [],
    createdBy: coordinator,
  });
}

/** A network exchange of small councils on littering, with a coming online meeting. */
export async function seedLitteringExchange(coordinator: Types.ObjectId): Promise<void> {
  const exchange = await ExchangeModel.create({
    title: 'Vermüllung öffentlicher Plätze in kleinen Gemeinden',
    description:
      'Was hilft gegen Müll an Bushaltestellen, Spielplätzen und Dorfplätzen? Offen für alle im Präventionsnetz.',
    fieldsOfAction: ['littering'],
    visibility: 'network',
    workspaceIds: await Promise.all(
      ['Königswartha', 'Belgershain', 'Parthenstein', 'Johanngeorgenstadt'].map(workspaceId),
    ),
    userIds: [],
    managerIds: [coordinator],
    createdBy: coordinator,
  });
  await MeetingModel.create({
    exchangeId: exchange._id,
    title: 'Online-Austausch Vermüllung',
    startsAt: at(21, 10),
    endsAt: at(21, 11),
    location: '',
    videoUrl: 'https://video.praeventionsnetz.example/austausch-muell',
    agenda: ['Dorfputz in Belgershain', 'Müllsammelaktion in Johanngeorgenstadt'],
    attendees: [],
    decisions: [],
    tasks: [],
    createdBy: coordinator,
  });
}
