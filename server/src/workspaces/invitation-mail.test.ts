import { invitationMail } from './invitation-mail';
import { invitationLink } from './invitation-token';

const input = {
  to: 'polizei@glauchau.example',
  workspaceId: '0123456789abcdef01234567',
  workspaceName: 'Kommunaler Präventionsrat Glauchau',
  inviterName: 'Thomas Wagner',
  role: 'member' as const,
  organisationName: 'Polizeirevier Glauchau',
  link: invitationLink('https://pnetz.example/', 'A'.repeat(43)),
  expiresAt: new Date('2026-05-18T10:00:00Z'),
};

describe('invitation mail', () => {
  it('speaks formal German with the link, the expiry in German time and the personal note', () => {
    const mail = invitationMail({
      ...input,
      language: 'de',
      message: 'Willkommen im KPR!\nBis bald.',
    });
    expect(mail.subject).toBe('Einladung: Kommunaler Präventionsrat Glauchau');
    expect(mail.text).toContain(
      'Thomas Wagner lädt Sie in den Arbeitsbereich „Kommunaler Präventionsrat Glauchau“',
    );
    expect(mail.text).toContain('als Mitglied für Polizeirevier Glauchau');
    expect(mail.text).toContain('gültig bis 18.05.2026, 12:00');
    expect(mail.text).toContain(`https://pnetz.example/einladung/${'A'.repeat(43)}`);
    expect(mail.text).toContain('> Willkommen im KPR!\n> Bis bald.');
    expect(mail).toMatchObject({ kind: 'invitation', workspaceId: input.workspaceId });
  });

  it('is available in English', () => {
    const mail = invitationMail({ ...input, language: 'en', role: 'guest' });
    expect(mail.subject).toBe('Invitation: Kommunaler Präventionsrat Glauchau');
    expect(mail.text).toContain('as guest (read-only)');
  });
});
