import type { Language, WorkspaceRole } from '@pnetz/shared';
import type { MailMessage } from '../mail/mailer';

interface InvitationMailInput {
  to: string;
  language: Language;
  workspaceId: string;
  workspaceName: string;
  inviterName: string;
  role: WorkspaceRole;
  organisationName: string;
  message?: string | undefined;
  link: string;
  expiresAt: Date;
}

const ROLE_LABELS: Record<Language, Record<WorkspaceRole, string>> = {
  de: { admin: 'Geschäftsstelle', member: 'Mitglied', guest: 'Gast (nur lesend)' },
  en: { admin: 'council office (administrator)', member: 'member', guest: 'guest (read-only)' },
};

function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/** The invitation mail, in the language the Geschäftsstelle chose for the invitee. */
export function invitationMail(input: InvitationMailInput): MailMessage {
  const role = ROLE_LABELS[input.language][input.role];
  const until = formatDate(input.expiresAt, input.language);
  const note = input.message ? `\n${quote(input.message)}\n` : '';
  const text =
    input.language === 'de'
      ? [
          'Guten Tag,',
          '',
          `${input.inviterName} lädt Sie in den Arbeitsbereich „${input.workspaceName}“ auf Präventionsnetz ein – als ${role} für ${input.organisationName}.`,
          note,
          `Nehmen Sie die Einladung über diesen Link an (gültig bis ${until}):`,
          input.link,
          '',
          'Der Link ist persönlich und nur einmal verwendbar. Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
          '',
          'Präventionsnetz – Allianz Sichere Sächsische Kommunen',
        ].join('\n')
      : [
          'Hello,',
          '',
          `${input.inviterName} invites you to the workspace “${input.workspaceName}” on Präventionsnetz, as ${role} for ${input.organisationName}.`,
          note,
          `Accept the invitation with this link (valid until ${until}):`,
          input.link,
          '',
          'The link is personal and works once. If you did not expect this invitation, you can ignore this e-mail.',
          '',
          'Präventionsnetz – Allianz Sichere Sächsische Kommunen',
        ].join('\n');
  return {
    to: input.to,
    subject:
      input.language === 'de'
        ? `Einladung: ${input.workspaceName}`
        : `Invitation: ${input.workspaceName}`,
    text,
    kind: 'invitation',
    workspaceId: input.workspaceId,
  };
}
