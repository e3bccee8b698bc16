import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO } from '../support';
import { AcceptInvitationPage } from './accept-invitation.page';
import { CouncilPage } from './council.page';
import { InvitationsPage } from './invitations.page';
import { LoginPage } from './login.page';

const GLAUCHAU = 'Kommunaler Präventionsrat Glauchau';

type Invitation = Parameters<InvitationsPage['invite']>[0];

export interface NewMember {
  email: string;
  name: string;
  password: string;
  organisationType: Invitation['organisationType'];
  organisationName: string;
}

/**
 * A fresh member of Glauchau: its Geschäftsstelle invites them in a browser of its own, and they
 * accept the link as a new account, signed in on `page` afterwards.
 */
export async function joinGlauchau(browser: Browser, page: Page, member: NewMember): Promise<void> {
  const office = await browser.newContext();
  const officePage = await office.newPage();
  await officePage.goto('/anmelden');
  await new LoginPage(officePage).signIn(DEMO.glauchauAdmin, DEMO.password);
  await new LoginPage(officePage).expectStartPage();
  const council = new CouncilPage(officePage);
  await council.openFromList(GLAUCHAU);
  await council.openSection('Einladungen');
  const invitations = new InvitationsPage(officePage);
  await invitations.invite({
    email: member.email,
    role: 'Mitglied',
    organisationType: member.organisationType,
    organisationName: member.organisationName,
  });
  const link = await invitations.linkFromOutbox(member.email);
  await office.close();
  const accept = new AcceptInvitationPage(page);
  await accept.open(link);
  await accept.acceptAsNewAccount(member.name, member.password);
  await expect(page.getByRole('heading', { level: 1, name: GLAUCHAU })).toBeVisible();
}
