import type { Language, NotificationTrigger } from '@pnetz/shared';
import type { MailMessage } from '../mail/mailer';

/** What mails say about one notification (German first, formal "Sie"). */
export interface MailNotification {
  trigger: NotificationTrigger;
  actorName: string | null;
  title: string;
  workspaceName: string | null;
  excerpt: string;
  link: string;
}

const SIGNATURE = 'Präventionsnetz – Allianz Sichere Sächsische Kommunen';

function headline(n: MailNotification, language: Language): string {
  const who = n.actorName ?? (language === 'de' ? 'Jemand' : 'Someone');
  const de: Record<NotificationTrigger, string> = {
    mention: `${who} hat Sie in „${n.title}“ erwähnt`,
    comment: `Neuer Kommentar von ${who} zu „${n.title}“`,
    partner_update: `Neues Update von ${who} im Projekt „${n.title}“`,
    measure_assigned: `Ihnen wurde die Maßnahme „${n.title}“ zugewiesen`,
    measure_due: `Die Frist der Maßnahme „${n.title}“ endet bald`,
    invitation: `Einladung in den ${n.title}`,
    training: `Fortbildung: ${n.title}`,
  };
  const en: Record<NotificationTrigger, string> = {
    mention: `${who} mentioned you in “${n.title}”`,
    comment: `New comment by ${who} on “${n.title}”`,
    partner_update: `New update by ${who} in the project “${n.title}”`,
    measure_assigned: `The measure “${n.title}” was assigned to you`,
    measure_due: `The deadline of the measure “${n.title}” is near`,
    invitation: `Invitation to ${n.title}`,
    training: `Training: ${n.title}`,
  };
  return (language === 'de' ? de : en)[n.trigger];
}

const settingsHint = (language: Language, base: string) =>
  language === 'de'
    ? `Wie Sie benachrichtigt werden, stellen Sie hier ein: ${base}/benachrichtigungen`
    : `Choose how you are notified here: ${base}/benachrichtigungen`;

/** One notification, sent at once. */
export function notificationMail(
  to: string,
  language: Language,
  n: MailNotification,
  base: string,
  workspaceId: string | null,
): MailMessage {
  const title = headline(n, language);
  const quoted = n.excerpt
    ? `\n${n.excerpt
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}\n`
    : '';
  const text = [
    language === 'de' ? 'Guten Tag,' : 'Hello,',
    '',
    `${title}.`,
    quoted,
    `${base}${n.link}`,
    '',
    settingsHint(language, base),
    '',
    SIGNATURE,
  ].join('\n');
  return { to, subject: title, text, kind: 'notification', workspaceId };
}

/** One line of the digest: several notifications about the same thing, merged. */
export interface DigestLine {
  trigger: NotificationTrigger;
  title: string;
  count: number;
  actorNames: string[];
  link: string;
}

const TRIGGER_HEADINGS: Record<Language, Record<NotificationTrigger, string>> = {
  de: {
    mention: 'Erwähnungen',
    comment: 'Kommentare',
    partner_update: 'Updates in Ihren Projekten',
    measure_assigned: 'Ihnen zugewiesene Maßnahmen',
    measure_due: 'Bald fällige Maßnahmen',
    invitation: 'Einladungen',
    training: 'Fortbildungen',
  },
  en: {
    mention: 'Mentions',
    comment: 'Comments',
    partner_update: 'Updates in your projects',
    measure_assigned: 'Measures assigned to you',
    measure_due: 'Measures due soon',
    invitation: 'Invitations',
    training: 'Training',
  },
};

function lineText(line: DigestLine, language: Language, base: string): string {
  const count = line.count > 1 ? ` (${line.count}×)` : '';
  const by = line.actorNames.length
    ? language === 'de'
      ? ` – von ${line.actorNames.join(', ')}`
      : ` – by ${line.actorNames.join(', ')}`
    : '';
  return `• „${line.title}“${count}${by}\n  ${base}${line.link}`;
}

/** The daily summary: grouped by trigger, one line per item however often it came up. */
export function digestMail(
  to: string,
  language: Language,
  lines: DigestLine[],
  base: string,
  day: string,
): MailMessage {
  const total = lines.reduce((sum, line) => sum + line.count, 0);
  const sections = (Object.keys(TRIGGER_HEADINGS[language]) as NotificationTrigger[])
    .filter((trigger) => lines.some((line) => line.trigger === trigger))
    .map((trigger) =>
      [
        TRIGGER_HEADINGS[language][trigger],
        ...lines
          .filter((line) => line.trigger === trigger)
          .map((line) => lineText(line, language, base)),
      ].join('\n'),
    );
  const intro =
    language === 'de'
      ? `hier ist Ihre Zusammenfassung vom ${day} (${total} ${total === 1 ? 'Benachrichtigung' : 'Benachrichtigungen'}):`
      : `here is your summary of ${day} (${total} ${total === 1 ? 'notification' : 'notifications'}):`;
  const text = [
    language === 'de' ? 'Guten Tag,' : 'Hello,',
    '',
    intro,
    '',
    sections.join('\n\n'),
    '',
    settingsHint(language, base),
    '',
    SIGNATURE,
  ].join('\n');
  return {
    to,
    subject: language === 'de' ? `Ihre Zusammenfassung vom ${day}` : `Your summary of ${day}`,
    text,
    kind: 'digest',
    workspaceId: null,
  };
}
