import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { configurePdfmake } from '../files/pdf-setup';

/** Millimetres to PDF points. */
const mm = (value: number) => (value * 72) / 25.4;

export interface LetterSender {
  municipality: string;
  council: string;
  /** PNG or JPEG data URI, or null. */
  logo: string | null;
  signature: string | null;
  signatory: string;
  /** `YYYY-MM-DD` */
  date: string;
  publicUrl: string;
  /** Day the addresses are deleted, if set. */
  addressDeletionOn: string | null;
  sampleSize: number;
}

export interface LetterRecipient {
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
}

const germanDay = (day: string) => day.split('-').reverse().join('.');
const imageOrNull = (uri: string | null) =>
  uri && /^data:image\/(png|jpe?g);base64,/.test(uri) ? uri : null;

/**
 * The privacy notice printed on every letter (Art. 13 DSGVO). Its second paragraph states the
 * anonymity promise exactly as the software keeps it.
 */
export function privacyNotice(sender: LetterSender): string[] {
  const deletion = sender.addressDeletionOn
    ? `am ${germanDay(sender.addressDeletionOn)}`
    : 'nach dem Ende der Befragung';
  return [
    `Verantwortlich ist die Gemeinde ${sender.municipality}; Ansprechpartner ist ihr Präventionsrat (${sender.council}). Zweck ist die Sicherheitsanalyse: wie sicher sich die Einwohnerinnen und Einwohner fühlen, wo und warum. Ihre Anschrift stammt aus dem Melderegister; sie dient nur dem Versand dieses Briefes und der Erinnerung und wird ${deletion} gelöscht. Die Teilnahme ist freiwillig.`,
    'Die Zugangscodes werden den Briefen in zufälliger Reihenfolge zugeteilt; welcher Code an welche Anschrift ging, wird nirgends gespeichert. Gespeichert wird nur, ob ein Code schon benutzt wurde. Ihre Antworten enthalten keine IP-Adresse, keine Gerätedaten und als Zeitangabe nur den Tag.',
    'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Anschrift und auf Beschwerde bei der Sächsischen Datenschutz- und Transparenzbeauftragten. Weil Ihre Antworten keiner Person zugeordnet werden können, lassen sie sich nach dem Absenden nicht mehr einzeln herausgeben oder löschen.',
  ];
}

/** Return address, recipient and date placed for a window envelope (DIN 5008, form B). */
function letterHead(sender: LetterSender, recipient: LetterRecipient, first: boolean): Content[] {
  const logo = imageOrNull(sender.logo) ? 'logo' : null;
  return [
    // The flow starts below the address field; everything above is placed absolutely.
    { text: '', margin: [0, mm(83), 0, 0], ...(first ? {} : { pageBreak: 'before' as const }) },
    ...(logo
      ? [
          {
            image: logo,
            fit: [mm(50), mm(25)] as [number, number],
            absolutePosition: { x: mm(140), y: mm(12) },
          },
        ]
      : []),
    {
      text: `${sender.council} · ${sender.municipality}`,
      fontSize: 7,
      decoration: 'underline',
      absolutePosition: { x: mm(25), y: mm(58) },
    },
    {
      stack: [
        recipient.name,
        `${recipient.street} ${recipient.houseNumber}`,
        `${recipient.postcode} ${recipient.place}`,
      ],
      fontSize: 10,
      absolutePosition: { x: mm(25), y: mm(63) },
    },
    {
      text: `${sender.municipality}, ${germanDay(sender.date)}`,
      fontSize: 9,
      absolutePosition: { x: mm(125), y: mm(63) },
    },
    // Fold marks (105 and 210 mm) and the punch mark (148.5 mm).
    {
      canvas: [105, 148.5, 210].map((y) => ({
        type: 'line' as const,
        x1: 0,
        y1: mm(y),
        x2: mm(y === 148.5 ? 7 : 5),
        y2: mm(y),
        lineWidth: 0.4,
      })),
      absolutePosition: { x: mm(3), y: 0 },
    },
  ];
}

function closing(sender: LetterSender): Content[] {
  const signature = imageOrNull(sender.signature) ? 'signature' : null;
  return [
    { text: 'Mit freundlichen Grüßen', margin: [0, mm(3), 0, 0] },
    signature
      ? { image: signature, fit: [mm(50), mm(14)] as [number, number] }
      : { text: ' ', margin: [0, mm(8), 0, 0] },
    { text: sender.signatory || `Gemeinde ${sender.municipality}` },
  ];
}

function privacy(sender: LetterSender): Content {
  return {
    stack: [
      { text: 'Datenschutzhinweis (Art. 13 DSGVO)', bold: true },
      ...privacyNotice(sender).map((text) => ({
        text,
        margin: [0, 1, 0, 0] as [number, number, number, number],
      })),
    ],
    fontSize: 6.5,
    margin: [0, mm(4), 0, 0],
    color: '#333333',
  };
}

/** The link a code's QR opens: the public page with the code filled in. */
export function codeLink(publicUrl: string, code: string): string {
  const url = new URL(publicUrl);
  url.searchParams.set('code', code);
  return url.toString();
}

function invitation(
  sender: LetterSender,
  recipient: LetterRecipient,
  code: string,
  first: boolean,
): Content[] {
  return [
    ...letterHead(sender, recipient, first),
    { text: 'Wie sicher fühlen Sie sich? Ihre Meinung zählt', bold: true, fontSize: 11 },
    {
      text: [
        'Sehr geehrte Einwohnerin, sehr geehrter Einwohner,\n\n',
        `der Präventionsrat von ${sender.municipality} möchte wissen, wie sicher Sie sich in Ihrer Nachbarschaft fühlen, wo und warum. Dafür wurden etwa ${sender.sampleSize.toLocaleString('de-DE')} Einwohnerinnen und Einwohner zufällig aus dem Melderegister ausgewählt – Sie sind eine oder einer davon. Die Teilnahme ist freiwillig und dauert etwa 20 Minuten; Ihre Antworten sind anonym.\n\n`,
        'Antworten Sie online: Öffnen Sie die Adresse unten oder scannen Sie den QR-Code und geben Sie Ihren persönlichen Zugangscode ein. Jeder Code gilt für genau einen Fragebogen. Oder füllen Sie den beiliegenden Papierfragebogen aus und senden Sie ihn im Rückumschlag zurück.',
      ],
      fontSize: 10,
      margin: [0, mm(4), 0, 0],
    },
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: 'Internetadresse', fontSize: 8, color: '#444444' },
            { text: sender.publicUrl, fontSize: 10, bold: true },
            { text: 'Ihr Zugangscode', fontSize: 8, color: '#444444', margin: [0, mm(3), 0, 0] },
            { text: code, fontSize: 16, bold: true, characterSpacing: 1 },
          ],
        },
        // Drawn as vectors by pdfmake: a thousand letters embed no thousand images.
        { width: mm(32), qr: codeLink(sender.publicUrl, code), fit: mm(30), eccLevel: 'M' },
      ],
      margin: [0, mm(5), 0, 0],
    },
    ...closing(sender),
    privacy(sender),
  ];
}

function reminder(sender: LetterSender, recipient: LetterRecipient, first: boolean): Content[] {
  return [
    ...letterHead(sender, recipient, first),
    { text: 'Erinnerung: Wie sicher fühlen Sie sich?', bold: true, fontSize: 11 },
    {
      text: [
        'Sehr geehrte Einwohnerin, sehr geehrter Einwohner,\n\n',
        'vor einigen Wochen haben wir Sie um Ihre Meinung zur Sicherheit in Ihrer Nachbarschaft gebeten. Falls Sie bereits geantwortet haben, danke! Dann ist dieser Brief für Sie erledigt – weil die Befragung anonym ist, wissen wir nicht, wer schon geantwortet hat, und schreiben deshalb allen.\n\n',
        `Falls noch nicht: Es ist nicht zu spät. Öffnen Sie ${sender.publicUrl} und geben Sie den Zugangscode aus unserem ersten Brief ein, oder senden Sie den Papierfragebogen im Rückumschlag zurück.`,
      ],
      fontSize: 10,
      margin: [0, mm(4), 0, 0],
    },
    ...closing(sender),
    privacy(sender),
  ];
}

/**
 * The sender's logo and signature, embedded once and referred to by name on every page (inline
 * data URIs would be embedded again for each of a thousand letters).
 */
function senderImages(sender: LetterSender): Record<string, string> {
  const images: Record<string, string> = {};
  const logo = imageOrNull(sender.logo);
  const signature = imageOrNull(sender.signature);
  if (logo) images.logo = logo;
  if (signature) images.signature = signature;
  return images;
}

const document = (
  content: Content[],
  title: string,
  sender: LetterSender,
): TDocumentDefinitions => ({
  pageSize: 'A4',
  pageMargins: [mm(25), mm(20), mm(20), mm(15)],
  info: { title },
  images: senderImages(sender),
  defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
  content,
});

/** One invitation letter per recipient, each with the code of the same index. */
export async function invitationLetters(
  sender: LetterSender,
  recipients: readonly LetterRecipient[],
  codes: readonly string[],
): Promise<Buffer> {
  const pdfmake = configurePdfmake();
  const content: Content[] = [];
  for (let i = 0; i < recipients.length; i += 1)
    content.push(...invitation(sender, recipients[i]!, codes[i]!, i === 0));
  return pdfmake
    .createPdf(document(content, 'Sicherheitsanalyse – Anschreiben', sender))
    .getBuffer();
}

export async function reminderLetters(
  sender: LetterSender,
  recipients: readonly LetterRecipient[],
): Promise<Buffer> {
  const pdfmake = configurePdfmake();
  const content = recipients.flatMap((recipient, i) => reminder(sender, recipient, i === 0));
  return pdfmake
    .createPdf(document(content, 'Sicherheitsanalyse – Erinnerung', sender))
    .getBuffer();
}
