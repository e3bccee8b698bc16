import type { Language } from '@pnetz/shared';
import type { MailMessage } from '../mail/mailer';

/** The mail with the link to set a new password. */
export function passwordResetMail(input: {
  to: string;
  language: Language;
  name: string;
  link: string;
  validMinutes: number;
}): MailMessage {
  const text =
    input.language === 'de'
      ? [
          `Guten Tag ${input.name},`,
          '',
          `Sie haben ein neues Passwort für Ihr Konto bei Präventionsnetz angefordert. Über diesen Link legen Sie es fest (${input.validMinutes} Minuten gültig, nur einmal verwendbar):`,
          input.link,
          '',
          'Danach sind Sie auf allen Geräten abgemeldet und melden sich mit dem neuen Passwort an.',
          'Wenn Sie das nicht veranlasst haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
          '',
          'Präventionsnetz – Allianz Sichere Sächsische Kommunen',
        ].join('\n')
      : [
          `Hello ${input.name},`,
          '',
          `You asked for a new password for your Präventionsnetz account. Set it with this link (valid for ${input.validMinutes} minutes, usable once):`,
          input.link,
          '',
          'Afterwards you are signed out on every device and sign in with the new password.',
          'If you did not ask for this, ignore this e-mail; your password stays as it is.',
          '',
          'Präventionsnetz – Allianz Sichere Sächsische Kommunen',
        ].join('\n');
  const subject =
    input.language === 'de'
      ? 'Präventionsnetz: neues Passwort festlegen'
      : 'Präventionsnetz: set a new password';
  return { to: input.to, subject, text, kind: 'account', workspaceId: null };
}
