import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { configurePdfmake } from '../files/pdf-setup';
import type { TrainingCertificateRecord } from './certificate.model';
import type { TrainingOfferRecord, TrainingSessionRecord } from './offer.model';
import type { TrainingRegistrationRecord } from './registration.model';
import { sessionWhen, sessionWhere } from './session-text';

const TYPE_LABEL: Record<string, string> = {
  seminar: 'Seminar',
  workshop: 'Workshop',
  conference: 'Fachtag',
  online_seminar: 'Online-Seminar',
  degree: 'Studiengang',
};

const day = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** The attendance list to sign: one row per registered person, by name. */
export async function attendancePdf(
  offer: TrainingOfferRecord,
  session: TrainingSessionRecord,
  people: Array<
    Pick<TrainingRegistrationRecord, 'name' | 'organisation'> & { council: string | null }
  >,
): Promise<Buffer> {
  const pdfmake = configurePdfmake();
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const definition: TDocumentDefinitions = {
    info: { title: `Teilnahmeliste – ${offer.title}` },
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      { text: 'Teilnahmeliste', fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      { text: offer.title, fontSize: 13, margin: [0, 0, 0, 4] },
      { text: `${sessionWhen(session)} · ${sessionWhere(session)}`, margin: [0, 0, 0, 14] },
      {
        table: {
          headerRows: 1,
          widths: [18, '*', '*', 130],
          heights: (row: number) => (row === 0 ? 16 : 28),
          body: [
            ['Nr.', 'Name', 'Organisation / Präventionsrat', 'Unterschrift'].map((text) => ({
              text,
              bold: true,
            })),
            ...sorted.map((person, index) => [
              String(index + 1),
              person.name,
              [person.organisation, person.council].filter(Boolean).join(' · '),
              '',
            ]),
          ],
        },
      },
    ],
    footer: (current: number, count: number) => ({
      text: `Seite ${current} von ${count}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/** The certificate of participation, with the code and where to check it. */
export async function certificatePdf(
  certificate: TrainingCertificateRecord,
  verifyUrl: string,
): Promise<Buffer> {
  const pdfmake = configurePdfmake();
  const definition: TDocumentDefinitions = {
    info: { title: `Teilnahmebescheinigung – ${certificate.offerTitle}` },
    pageMargins: [60, 80, 60, 60],
    defaultStyle: { font: 'Roboto', fontSize: 12 },
    content: [
      { text: 'Landespräventionsrat Sachsen', alignment: 'center', margin: [0, 0, 0, 40] },
      {
        text: 'Teilnahmebescheinigung',
        fontSize: 26,
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 30],
      },
      { text: certificate.name, fontSize: 20, alignment: 'center', margin: [0, 0, 0, 20] },
      {
        text: `hat am ${day.format(certificate.sessionStartsAt)} an der Veranstaltung`,
        alignment: 'center',
      },
      {
        text: `„${certificate.offerTitle}“`,
        fontSize: 16,
        bold: true,
        alignment: 'center',
        margin: [0, 10, 0, 10],
      },
      {
        text: `(${TYPE_LABEL[certificate.offerType] ?? certificate.offerType}${certificate.place ? `, ${certificate.place}` : ''}) teilgenommen.`,
        alignment: 'center',
        margin: [0, 0, 0, 60],
      },
      { text: `Prüfcode: ${certificate.code}`, alignment: 'center', bold: true },
      {
        text: `Echtheit prüfen: ${verifyUrl}`,
        alignment: 'center',
        fontSize: 10,
        margin: [0, 6, 0, 0],
      },
      {
        text: `Ausgestellt am ${day.format(certificate.issuedAt)}`,
        alignment: 'center',
        fontSize: 10,
        margin: [0, 30, 0, 0],
      },
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
