import type { Invitation, Organisation, OutboxMail, WorkspaceRole } from '@pnetz/shared';
import type { ApiClient } from './http';

/** The invitation link in a mail, and its token. */
export function invitationLinkIn(text: string): { link: string; token: string } {
  const match = /(https?:\/\/\S+\/einladung\/([A-Za-z0-9_-]{43}))/.exec(text);
  if (!match) throw new Error(`no invitation link in mail:\n${text}`);
  return { link: match[1]!, token: match[2]! };
}

/** The newest mail to an address in a council's outbox, read through the API as its admin. */
export async function latestMailTo(
  admin: ApiClient,
  workspaceId: string,
  to: string,
): Promise<OutboxMail> {
  const res = await admin.get(`/api/workspaces/${workspaceId}/outbox`).expect(200);
  const mail = (res.body.items as OutboxMail[]).find((item) => item.to === to);
  if (!mail) throw new Error(`no mail to ${to} in the outbox of ${workspaceId}`);
  return mail;
}

export interface InviteInput {
  email: string;
  role: WorkspaceRole;
  organisation: Organisation;
}

/** Invites through the API as a council admin and returns the invitation and the token from the mail. */
export async function invite(
  admin: ApiClient,
  workspaceId: string,
  input: InviteInput,
): Promise<{ invitation: Invitation; token: string }> {
  const res = await admin.send('post', `/api/workspaces/${workspaceId}/invitations`, input);
  expect(res.status).toBe(201);
  const mail = await latestMailTo(admin, workspaceId, input.email);
  return { invitation: res.body as Invitation, token: invitationLinkIn(mail.text).token };
}

/** Accepts an invitation as a new account through the public endpoint; the client is then signed in. */
export async function acceptAsNewAccount(
  client: ApiClient,
  token: string,
  name: string,
  password: string,
) {
  const res = await client.send('post', `/api/invitations/${token}/accept`, { name, password });
  expect(res.status).toBe(200);
  client.csrfToken = res.body.session.csrfToken;
  return res.body as { workspaceId: string; session: { user: { id: string; email: string } } };
}
