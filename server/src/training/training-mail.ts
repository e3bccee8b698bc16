import QRCode from 'qrcode';
import type { Logger } from '../logger';
import type { MailAttachment, Mailer } from '../mail/mailer';
import type { Notifier } from '../notifications/notifier';
import type { TrainingOfferRecord, TrainingSessionRecord } from './offer.model';
import type { TrainingRegistrationRecord } from './registration.model';
import { formatDateTime, sessionIcs, sessionWhen, sessionWhere } from './session-text';

type Registration = Pick<
  TrainingRegistrationRecord,
  '_id' | 'offerId' | 'userId' | 'name' | 'email' | 'checkInCode' | 'workspaceId'
>;

/**
 * The German mails of the training catalogue. Every mail names the offer, the date and the place
 * and carries the registration's private link (confirm, cancel, certificate, feedback).
 */
export class TrainingMails {
  constructor(
    private readonly deps: {
      mailer: Mailer;
      baseUrl: string;
      logger: Logger;
      /** Members also hear it in the app (their notification settings apply). */
      notifier?: Notifier;
    },
  ) {}

  link(token: string): string {
    return `${this.deps.baseUrl}/fortbildung/anmeldung/${token}`;
  }

  verifyLink(code: string): string {
    return `${this.deps.baseUrl}/nachweis/${code}`;
  }

  offerLink(offer: TrainingOfferRecord): string {
    return `${this.deps.baseUrl}/fortbildung/${offer._id.toHexString()}`;
  }

  private async send(
    registration: Registration,
    subject: string,
    lines: string[],
    attachments: MailAttachment[] = [],
  ): Promise<void> {
    try {
      await this.deps.mailer.send({
        to: registration.email,
        subject,
        text: [
          `Guten Tag ${registration.name},`,
          '',
          ...lines,
          '',
          'Ihr Landespräventionsrat Sachsen',
        ].join('\n'),
        kind: 'training',
        workspaceId: null,
        attachments,
      });
      await this.notify(registration, subject, lines[0] ?? '');
    } catch (error) {
      // A lost mail must not undo a registration that is stored already; it is logged instead.
      this.deps.logger.warn({ err: error, subject }, 'training mail could not be sent');
    }
  }

  /** The in-app notification for members (guests have only the mail). */
  private async notify(
    registration: Registration,
    subject: string,
    excerpt: string,
  ): Promise<void> {
    if (!registration.userId || !this.deps.notifier) return;
    const id = registration._id.toHexString();
    await this.deps.notifier.notify([
      {
        userId: registration.userId.toHexString(),
        trigger: 'training',
        key: `training:${id}:${Date.now()}:${subject}`,
        groupKey: `training:${registration.offerId.toHexString()}`,
        workspaceId: null,
        visibility: null,
        subject: { type: 'training', id },
        actorId: null,
        title: subject,
        excerpt,
        link: '/fortbildung/meine',
      },
    ]);
  }

  private describe(offer: TrainingOfferRecord, session: TrainingSessionRecord): string[] {
    return [`„${offer.title}“`, `Termin: ${sessionWhen(session)}`, `Ort: ${sessionWhere(session)}`];
  }

  async confirmRequest(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
    token: string,
    confirmBy: Date,
  ): Promise<void> {
    await this.send(registration, `Bitte bestätigen Sie Ihre Anmeldung: ${offer.title}`, [
      'Sie haben sich zu dieser Veranstaltung angemeldet:',
      ...this.describe(offer, session),
      '',
      `Bitte bestätigen Sie Ihre E-Mail-Adresse bis ${formatDateTime(confirmBy)} Uhr über diesen Link:`,
      this.link(token),
      '',
      'Ohne Bestätigung wird der Platz danach wieder freigegeben. Wenn Sie sich nicht angemeldet haben, können Sie diese E-Mail ignorieren.',
    ]);
  }

  async confirmation(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
    token: string,
    subject = `Anmeldebestätigung: ${offer.title}`,
    intro = 'Ihre Anmeldung ist bestätigt. Ihr Platz ist reserviert:',
  ): Promise<void> {
    const qr = await QRCode.toDataURL(registration.checkInCode, { margin: 1, width: 240 });
    await this.send(
      registration,
      subject,
      [
        intro,
        ...this.describe(offer, session),
        '',
        `Ihr Code für den Einlass: ${registration.checkInCode} (auch als QR-Code im Anhang)`,
        'Den Termin für Ihren Kalender finden Sie im Anhang.',
        '',
        'Ihre Anmeldung ansehen oder stornieren:',
        this.link(token),
      ],
      [
        {
          filename: 'termin.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: sessionIcs(offer, session, this.offerLink(offer)),
        },
        {
          filename: 'einlass-qr-code.png',
          contentType: 'image/png',
          content: qr.replace(/^data:image\/png;base64,/, ''),
          encoding: 'base64',
        },
      ],
    );
  }

  async waiting(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
    token: string,
    position: number,
  ): Promise<void> {
    await this.send(registration, `Warteliste: ${offer.title}`, [
      'Die Veranstaltung ist ausgebucht. Sie stehen auf der Warteliste:',
      ...this.describe(offer, session),
      '',
      `Ihr Platz auf der Warteliste: ${position}`,
      'Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.',
      '',
      'Ihre Anmeldung ansehen oder zurückziehen:',
      this.link(token),
    ]);
  }

  async movedUp(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
    token: string,
  ): Promise<void> {
    await this.confirmation(
      registration,
      offer,
      session,
      token,
      `Sie sind nachgerückt: ${offer.title}`,
      'Ein Platz ist frei geworden: Sie sind von der Warteliste nachgerückt. Ihr Platz ist reserviert:',
    );
  }

  async reminder(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
    token: string,
  ): Promise<void> {
    await this.send(registration, `Erinnerung: morgen ${offer.title}`, [
      'wir erinnern Sie an Ihre Veranstaltung:',
      ...this.describe(offer, session),
      '',
      `Ihr Code für den Einlass: ${registration.checkInCode}`,
      '',
      'Falls Sie doch nicht teilnehmen können, geben Sie Ihren Platz bitte frei:',
      this.link(token),
    ]);
  }

  async changed(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
    token: string,
  ): Promise<void> {
    await this.send(
      registration,
      `Geänderter Termin oder Ort: ${offer.title}`,
      [
        'Zeit oder Ort Ihrer Veranstaltung haben sich geändert. Es gilt jetzt:',
        ...this.describe(offer, session),
        '',
        'Der aktualisierte Termin ist im Anhang. Ihre Anmeldung:',
        this.link(token),
      ],
      [
        {
          filename: 'termin.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: sessionIcs(offer, session, this.offerLink(offer)),
        },
      ],
    );
  }

  async offerCancelled(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
  ): Promise<void> {
    await this.send(registration, `Abgesagt: ${offer.title}`, [
      'leider müssen wir diese Veranstaltung absagen:',
      ...this.describe(offer, session),
      '',
      `Bei Fragen erreichen Sie ${offer.contact.name} unter ${offer.contact.email}.`,
    ]);
  }

  async registrationCancelled(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
  ): Promise<void> {
    await this.send(registration, `Stornierung: ${offer.title}`, [
      'Ihre Anmeldung wurde storniert:',
      ...this.describe(offer, session),
    ]);
  }

  async movedToWaitingList(
    registration: Registration,
    offer: TrainingOfferRecord,
    session: TrainingSessionRecord,
    token: string,
    position: number,
  ): Promise<void> {
    await this.send(registration, `Warteliste: ${offer.title}`, [
      'Die Zahl der Plätze wurde verringert. Ihre Anmeldung steht jetzt auf der Warteliste:',
      ...this.describe(offer, session),
      '',
      `Ihr Platz auf der Warteliste: ${position}`,
      this.link(token),
    ]);
  }
}
