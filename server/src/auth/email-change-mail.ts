import type { Language } from '@pnetz/shared';
import type { MailMessage } from '../mail/mailer';

/** The mail to a newly entered address: the change takes effect only through its link. */
export function emailChangeMail(input: {
  to: string;
  language: Language;
  name: string;
  link: string;
}): MailMessage {
  const text =
    input.language === 'de'
      ? [
          `Guten Tag ${input.name},`,
          '',
          'Sie möchten Ihr Konto bei Präventionsnetz künftig mit dieser E-Mail-Adresse nutzen. Bestätigen Sie die neue Adresse über diesen Link (24 Stunden gültig):',
          input.link,
          '',
          'Wenn Sie das nicht veranlasst haben, ignorieren Sie diese E-Mail; Ihr Konto bleibt unverändert.',
          '',
          'Präventionsnetz – Allianz Sichere Sächsische Kommunen',
        ].join('\n')
      : [
          `Hello ${input.name},`,
          '',
          'You would like to use this e-mail address for your Präventionsnetz account. Confirm the new address with this link (valid for 24 hours):',
          input.link,
          '',
          'If you did not ask for this, ignore this e-mail; your account stays as it is.',
          '',
          'Präventionsnetz – Allianz Sichere Sächsische Kommunen',
        ].join('\n');
  const subject =
    input.language === 'de'
      ? 'Präventionsnetz: neue E-Mail-Adresse bestätigen'
      : 'Präventionsnetz: confirm your new e-mail address';
  return { to: input.to, subject, text, kind: 'account', workspaceId: null };
}
