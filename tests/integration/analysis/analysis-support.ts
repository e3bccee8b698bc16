import type { SecurityAnalysis } from '@pnetz/shared';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MunicipalityModel } from '../../../server/src/programme/municipality.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';

async function signedIn(url: string, user: { email: string; password: string }) {
  const client = new ApiClient(url);
  await client.login(user.email, user.password);
  return client;
}

/** Collects a binary response body (supertest parses only text and JSON by itself). */
function collectBinary(
  res: NodeJS.ReadableStream,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
const binary = collectBinary as unknown as Parameters<ReturnType<ApiClient['get']>['parse']>[0];

/**
 * A council in the programme registry with the people the analysis rules distinguish: its admin
 * (an owner), a member named as owner, a plain member, the programme coordinator, and the admin
 * of another council.
 */
export async function analysisActors(url: string) {
  const workspace = await createWorkspace({
    municipality: 'Glauchau',
    district: 'Landkreis Zwickau',
  });
  const other = await createWorkspace();
  const municipality = await MunicipalityModel.create({
    name: `Glauchau ${workspace._id.toHexString().slice(-6)}`,
    kind: 'municipality',
    district: 'Landkreis Zwickau',
    population: 22000,
    lat: 50.8,
    lon: 12.5,
    workspaceId: workspace._id,
  });
  const users = {
    admin: await createUser({ name: 'Anke Admin' }),
    namedOwner: await createUser({ name: 'Nora Owner' }),
    member: await createUser({ name: 'Max Member' }),
    coordinator: await createUser({ name: 'Cora Coordinator', platformRoles: ['coordinator'] }),
    otherCouncil: await createUser({ name: 'Olga Other' }),
  };
  await addMember(workspace._id, users.admin.id, 'admin');
  await addMember(workspace._id, users.namedOwner.id, 'member');
  await addMember(workspace._id, users.member.id, 'member');
  await addMember(other._id, users.otherCouncil.id, 'admin');
  const clients = {
    admin: await signedIn(url, users.admin),
    namedOwner: await signedIn(url, users.namedOwner),
    member: await signedIn(url, users.member),
    coordinator: await signedIn(url, users.coordinator),
    otherCouncil: await signedIn(url, users.otherCouncil),
  };
  return { workspace, municipality, users, clients };
}
export type AnalysisActors = Awaited<ReturnType<typeof analysisActors>>;

/** Starts an analysis through the API as the council's admin. */
export async function startAnalysis(
  actors: AnalysisActors,
  title = 'Sicherheitsanalyse Glauchau 2026',
): Promise<SecurityAnalysis> {
  const res = await actors.clients.admin.send(
    'post',
    `/api/workspaces/${actors.workspace._id.toHexString()}/analyses`,
    { title },
  );
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as SecurityAnalysis;
}

/** Uploads a file as the raw body of a POST, as the client does. */
export async function upload(client: ApiClient, url: string, bytes: Buffer) {
  if (!client.csrfToken) await client.refreshSession();
  return client.agent
    .post(url)
    .set('x-csrf-token', client.csrfToken)
    .set('Content-Type', 'application/octet-stream')
    .send(bytes);
}

export async function importRegister(
  client: ApiClient,
  analysisId: string,
  bytes: Buffer,
  filename = 'melderegister.csv',
) {
  return upload(
    client,
    `/api/analyses/${analysisId}/register?filename=${encodeURIComponent(filename)}`,
    bytes,
  );
}

/** POSTs and collects a binary (PDF) answer. */
export async function postForBinary(client: ApiClient, url: string) {
  if (!client.csrfToken) await client.refreshSession();
  return client.agent.post(url).set('x-csrf-token', client.csrfToken).buffer(true).parse(binary);
}

export async function getBinary(client: ApiClient, url: string) {
  return client.agent.get(url).buffer(true).parse(binary);
}

/** Text of every page and the QR contents of the first `qrPages` pages of a PDF. */
export async function readPdf(
  pdf: Buffer,
  qrPages = 0,
): Promise<{ pages: string[]; qr: Array<string | null> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pnetz-pdf-'));
  const file = path.join(dir, 'document.pdf');
  try {
    await fs.writeFile(file, pdf);
    const script = path.join(__dirname, '../../support/analysis-pdf.mjs');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [script, file, String(qrPages)],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return JSON.parse(stdout) as { pages: string[]; qr: Array<string | null> };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
