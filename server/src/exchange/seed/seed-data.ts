import type { CreateReportBody, FieldOfAction } from '@pnetz/shared';

/** Small councils the demo adds for matching (places from the programme; people invented). */
export const SMALL_COUNCILS = [
  {
    municipality: 'Johanngeorgenstadt',
    district: 'Erzgebirgskreis',
    population: 4000,
    domain: 'johanngeorgenstadt.example',
    police: 'Polizeidirektion Chemnitz',
  },
  {
    municipality: 'Belgershain',
    district: 'Landkreis Leipzig',
    population: 3200,
    domain: 'belgershain.example',
    police: 'Polizeidirektion Leipzig',
  },
  {
    municipality: 'Parthenstein',
    district: 'Landkreis Leipzig',
    population: 3500,
    domain: 'parthenstein.example',
    police: 'Polizeidirektion Leipzig',
  },
] as const;

export interface DemoReport {
  municipality: string;
  /** Title of the council's project the report is drawn from, if the projects demo has it. */
  fromProject?: string;
  body: CreateReportBody & { fieldsOfAction: FieldOfAction[] };
}

const contact = (name: string, organisation: string, email: string) => ({
  name,
  organisation,
  email,
  phone: '',
});

export const REPORTS: DemoReport[] = [
  {
    municipality: 'Glauchau',
    fromProject: 'Wandbilder statt illegaler Graffiti',
    body: {
      title: 'Wandbilder statt illegaler Graffiti: Erfahrungen aus Glauchau',
      summary:
        'Glauchau ersetzt seit 2021 illegale Graffiti an Bahnhof und Unterführungen durch professionell gestaltete Wandbilder, die Jugendliche mitentwerfen.',
      fieldsOfAction: ['graffiti', 'urban_design'],
      whatWasDone:
        'Mit Fördermitteln des Landes (29.250 €, Dezember 2020) gestalteten Künstlerinnen und Jugendliche des Streetwork-Vereins bisher fünf Wände; eine legale Graffitifläche am Jugendhaus kam hinzu.',
      whatWorked:
        'An den gestalteten Wänden gab es seither kaum neue Schmierereien. Die gemeinsame Planung mit den Jugendlichen schuf Verantwortung für „ihre“ Wände.',
      whatDidNotWork:
        'Die Abstimmung mit privaten Eigentümern dauerte länger als geplant; eine Unterführung wurde zweimal übermalt.',
      costAndEffort:
        'Etwa 6.000 € je Wandbild; 10 % Eigenanteil der Stadt; rund 15 Stunden Koordination im Monat.',
      partners:
        'Stadtverwaltung Glauchau, Streetwork Glauchau e. V., Polizeirevier Glauchau, Wohnungsbaugesellschaft',
      replicationNotes:
        'Früh mit Eigentümern sprechen, Jugendliche von Anfang an beteiligen, eine legale Fläche als Ventil anbieten. Förderantrag bis 15. Oktober stellen.',
      contact: contact(
        'Geschäftsstelle KPR Glauchau',
        'Stadtverwaltung Glauchau',
        'geschaeftsstelle@glauchau.example',
      ),
      quality: { clearProblem: true, interventionLogic: true, evaluated: false, replicable: true },
      evidenceLevel: 'theoretical',
      visibility: 'network',
    },
  },
  {
    municipality: 'Belgershain',
    body: {
      title: 'Dorfputz mit Grundschule und Feuerwehr',
      summary:
        'Zweimal im Jahr räumen Grundschule, Feuerwehr und Vereine gemeinsam die öffentlichen Plätze auf.',
      fieldsOfAction: ['littering'],
      whatWasDone:
        'Aktionstage im Frühjahr und Herbst, Müllsammelzangen aus dem Gemeindehaushalt, Abschlussfest am Dorfplatz.',
      whatWorked: 'Hohe Beteiligung; die Kinder achten seither selbst auf saubere Plätze.',
      whatDidNotWork: 'An der Bushaltestelle liegt nach wenigen Wochen wieder Müll.',
      costAndEffort: 'Etwa 800 € im Jahr, zwei Vorbereitungstreffen.',
      partners: 'Grundschule, Freiwillige Feuerwehr, Heimatverein',
      replicationNotes: 'Für kleine Gemeinden gut geeignet; Termin mit dem Schuljahr abstimmen.',
      contact: contact(
        'Geschäftsstelle Belgershain',
        'Gemeindeverwaltung Belgershain',
        'geschaeftsstelle@belgershain.example',
      ),
      quality: { clearProblem: true, interventionLogic: false, evaluated: false, replicable: true },
      evidenceLevel: null,
      visibility: 'public',
    },
  },
  {
    municipality: 'Zwickau',
    body: {
      title: 'Patenschaften für Papierkörbe in der Innenstadt',
      summary:
        'Geschäfte übernehmen Patenschaften für Papierkörbe und melden volle Behälter über die App der Stadt.',
      fieldsOfAction: ['littering', 'public_order'],
      whatWasDone:
        '45 Patenschaften, zusätzliche Leerungen am Wochenende, Hinweisschilder in drei Sprachen.',
      whatWorked:
        'Beschwerden über Vermüllung am Markt gingen innerhalb eines Jahres um ein Drittel zurück.',
      whatDidNotWork:
        'Die App wurde von älteren Geschäftsleuten kaum genutzt; Telefonmeldungen blieben nötig.',
      costAndEffort:
        'Rund 12.000 € im ersten Jahr, danach vor allem Personalaufwand im Ordnungsamt.',
      partners: 'Ordnungsamt, Stadtmarketing, Einzelhandelsverband',
      replicationNotes: 'Eine feste Ansprechperson im Ordnungsamt ist entscheidend.',
      contact: contact(
        'Geschäftsstelle Zwickau',
        'Stadtverwaltung Zwickau',
        'geschaeftsstelle@zwickau.example',
      ),
      quality: { clearProblem: true, interventionLogic: true, evaluated: true, replicable: true },
      evidenceLevel: 'probable',
      visibility: 'public',
    },
  },
  {
    municipality: 'Johanngeorgenstadt',
    body: {
      title: 'Müllsammelaktion mit den Vereinen',
      summary:
        'Vereine sammeln jeden Monat an einem anderen Ort im Stadtgebiet; die Stadt stellt Container.',
      fieldsOfAction: ['littering'],
      whatWasDone: 'Monatliche Sammelaktionen, Bericht im Amtsblatt, Dank beim Neujahrsempfang.',
      whatWorked:
        'Die Vereine werben gegenseitig um Mitwirkende; wilde Müllablagerungen am Waldrand wurden seltener.',
      whatDidNotWork: 'Im Winter fallen die Aktionen aus.',
      costAndEffort: 'Containergebühren rund 1.500 € im Jahr.',
      partners: 'Sportverein, Heimatverein, Bauhof',
      replicationNotes: 'Einfach zu übernehmen; wichtig ist die Würdigung der Ehrenamtlichen.',
      contact: contact(
        'Geschäftsstelle Johanngeorgenstadt',
        'Stadtverwaltung Johanngeorgenstadt',
        'geschaeftsstelle@johanngeorgenstadt.example',
      ),
      quality: { clearProblem: true, interventionLogic: false, evaluated: false, replicable: true },
      evidenceLevel: null,
      visibility: 'network',
    },
  },
  {
    municipality: 'Leipzig',
    body: {
      title: 'Parkläufer gegen Vermüllung in Grünanlagen',
      summary: 'Parkläuferinnen sprechen Besucher an, verteilen Müllbeutel und melden Schäden.',
      fieldsOfAction: ['littering', 'public_space'],
      whatWasDone: 'Sechs Parkläufer in drei Parks von April bis Oktober.',
      whatWorked: 'Freundliche Ansprache wirkt besser als Bußgelder.',
      whatDidNotWork: 'Nachts und bei großen Veranstaltungen reicht das Personal nicht.',
      costAndEffort: 'Rund 180.000 € im Jahr.',
      partners: 'Amt für Stadtgrün, Ordnungsamt, Stadtreinigung',
      replicationNotes: 'Für Großstädte; kleinere Orte können ehrenamtliche Paten einsetzen.',
      contact: contact(
        'Geschäftsstelle Leipzig',
        'Stadt Leipzig',
        'geschaeftsstelle@leipzig.example',
      ),
      quality: { clearProblem: true, interventionLogic: true, evaluated: true, replicable: false },
      evidenceLevel: 'probable',
      visibility: 'public',
    },
  },
];

export const GRAFFITI_POSTS = [
  {
    from: 'geschaeftsstelle@glauchau.example',
    body: 'Wir haben mit legalen Flächen und Wandbildern am Bahnhof gute Erfahrungen gemacht. Den Erfahrungsbericht finden Sie im Netz.',
  },
  {
    from: 'polizei@koenigswartha.example',
    body: 'Bei uns sind es vor allem Schmierereien an der Bushaltestelle. Lohnt sich eine legale Fläche auch in einem kleinen Ort?',
    reply: 0,
  },
  {
    from: 'polizei@glauchau.example',
    body: 'Ja, wenn Jugendliche sie mitgestalten. Wichtig ist eine feste Ansprechperson.',
    reply: 0,
  },
] as const;
