import { PLAN_DOCUMENT, type FieldOfAction, type MeasureStatus } from '@pnetz/shared';
import type { Types } from 'mongoose';
import * as Y from 'yjs';
import { mirrorMeasures } from '../plans/measures.mirror';
import { PlanModel } from '../plans/plan.model';
import { mongoPersistence } from '../realtime/collab/persistence';

type Block = { heading: string } | { paragraph: string } | { bullets: string[] };

const TEXT: Block[] = [
  { heading: 'Ausgangslage' },
  {
    paragraph:
      'Glauchau arbeitet seit Juni 2020 mit dem Landespräventionsrat zusammen; die Kooperationsvereinbarung wurde am 18.05.2021 unterzeichnet. Schwerpunkte sind illegale Graffiti in der Innenstadt, Vermüllung öffentlicher Plätze und Konflikte um die Nutzung öffentlicher Räume.',
  },
  { heading: 'Ziele bis 2027' },
  {
    bullets: [
      'Illegale Graffiti durch legale Flächen und professionell gestaltete Wandbilder ersetzen.',
      'Treffpunkte von Jugendlichen gemeinsam mit der Straßensozialarbeit begleiten.',
      'Das Sicherheitsgefühl in der Innenstadt mit einer Bürgerbefragung messen.',
    ],
  },
  { heading: 'Nächste Schritte' },
  {
    paragraph:
      'ASSKomm-Coaching beginnen und eine Sicherheitsanalyse mit dem Landespräventionsrat vorbereiten.',
  },
];

interface DemoMeasure {
  title: string;
  goal: string;
  fieldOfAction: FieldOfAction;
  responsibleOrganisation: string;
  responsiblePerson: string;
  /** Days from the seeding day, so the deadline overview always has something overdue and due. */
  startIn: number;
  deadlineIn: number;
  status: MeasureStatus;
  progress: number;
  indicator: string;
  budget: number | null;
  notes: string;
}

const MEASURES: DemoMeasure[] = [
  {
    title: 'Wandbilder statt illegaler Graffiti am Bahnhof',
    goal: 'Weniger Sachbeschädigung durch Graffiti in der Innenstadt',
    fieldOfAction: 'graffiti',
    responsibleOrganisation: 'Stadtverwaltung Glauchau',
    responsiblePerson: 'Thomas Wagner',
    startIn: -120,
    deadlineIn: -5,
    status: 'in_progress',
    progress: 60,
    indicator: 'Gemeldete Graffiti-Schäden je Quartal',
    budget: 29250,
    notes: 'Gefördert aus der Förderrichtlinie des Landes (Dezember 2020).',
  },
  {
    title: 'Müllsammelaktion mit Schulen am Gründelpark',
    goal: 'Saubere öffentliche Plätze und Verantwortung bei Jugendlichen',
    fieldOfAction: 'littering',
    responsibleOrganisation: 'Oberschule Glauchau',
    responsiblePerson: 'Anja Lehmann',
    startIn: -14,
    deadlineIn: 7,
    status: 'planned',
    progress: 10,
    indicator: 'Gesammelte Säcke, Beschwerden beim Ordnungsamt',
    budget: 500,
    notes: '',
  },
  {
    title: 'Aufsuchende Straßensozialarbeit an Treffpunkten',
    goal: 'Konflikte um öffentliche Räume früh entschärfen',
    fieldOfAction: 'public_space',
    responsibleOrganisation: 'Streetwork Glauchau e. V.',
    responsiblePerson: 'Marco Schulz',
    startIn: -60,
    deadlineIn: 180,
    status: 'in_progress',
    progress: 35,
    indicator: 'Kontakte je Monat, Einsätze des Polizeireviers an Treffpunkten',
    budget: 12000,
    notes: 'Abstimmung mit dem Sozialbüro „First Step“.',
  },
  {
    title: 'Sicherheitsbegehung Innenstadt mit dem Polizeirevier',
    goal: 'Angsträume erkennen und Beleuchtung verbessern',
    fieldOfAction: 'urban_design',
    responsibleOrganisation: 'Polizeirevier Glauchau',
    responsiblePerson: 'Jens Richter',
    startIn: -90,
    deadlineIn: -30,
    status: 'done',
    progress: 100,
    indicator: 'Anzahl beseitigter Angsträume',
    budget: null,
    notes: '',
  },
];

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A Tiptap block as y-prosemirror stores it: node names and attributes of Tiptap's schema. */
function element(
  name: string,
  text: string,
  attributes: Record<string, number> = {},
): Y.XmlElement {
  const node = new Y.XmlElement(name);
  // Yjs types attributes as strings by default but stores any value; Tiptap's heading level is a
  // number, and y-prosemirror hands the stored value to the schema unchanged.
  const typed = node as unknown as Y.XmlElement<Record<string, number>>;
  for (const [key, value] of Object.entries(attributes)) typed.setAttribute(key, value);
  node.insert(0, [new Y.XmlText(text)]);
  return node;
}

function textBlocks(): Y.XmlElement[] {
  return TEXT.map((block) => {
    if ('heading' in block) return element('heading', block.heading, { level: 2 });
    if ('paragraph' in block) return element('paragraph', block.paragraph);
    const list = new Y.XmlElement('bulletList');
    list.insert(
      0,
      block.bullets.map((bullet) => {
        const item = new Y.XmlElement('listItem');
        item.insert(0, [element('paragraph', bullet)]);
        return item;
      }),
    );
    return list;
  });
}

function measureMaps(): Y.Map<unknown>[] {
  return MEASURES.map(({ startIn, deadlineIn, ...fields }, index) => {
    const measure = new Y.Map<unknown>();
    const values: Record<string, unknown> = {
      ...fields,
      id: `demo-measure-${index + 1}`,
      start: isoDay(startIn),
      deadline: isoDay(deadlineIn),
      linkedProjectId: null,
    };
    for (const [key, value] of Object.entries(values)) measure.set(key, value);
    return measure;
  });
}

/**
 * Glauchau's action plan: the document is stored through the sync core's persistence, exactly as
 * if it had been typed in the editor, and its measures are mirrored for the deadline overview.
 */
export async function seedDemoPlan(
  workspaceId: Types.ObjectId,
  createdBy: Types.ObjectId,
): Promise<void> {
  const plan = await PlanModel.create({
    workspaceId,
    title: 'Handlungskonzept 2025–2027',
    kind: 'action_plan',
    visibility: 'workspace',
    createdBy,
  });
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getXmlFragment(PLAN_DOCUMENT.text).insert(0, textBlocks());
    doc.getArray(PLAN_DOCUMENT.measures).insert(0, measureMaps());
  });
  const planId = plan._id.toHexString();
  await mongoPersistence.append(planId, Y.encodeStateAsUpdate(doc));
  await mirrorMeasures(planId, workspaceId.toHexString(), doc);
  doc.destroy();
}
