import type { OrganisationType, WorkspaceRole } from '@pnetz/shared';
import { hashPassword } from '../auth/password';
import { seedCouncilHistory } from './demo-council';
import { UserModel } from '../auth/user.model';
import type { Logger } from '../logger';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { seedDemoPlan } from './demo-plan';

/** The password of every demo login (listed in the README). */
export const DEMO_PASSWORD = 'Praevention-2026';

interface DemoCouncil {
  name: string;
  municipality: string;
  district: string;
  population: number;
  policeDirectorate: string;
  domain: string;
  description: string;
  members: Array<{
    local: string;
    name: string;
    role: WorkspaceRole;
    org: OrganisationType;
    orgName: string;
  }>;
}

// Places from the programme's press releases; every person is invented.
const COUNCILS: DemoCouncil[] = [
  {
    name: 'Kommunaler Präventionsrat Glauchau',
    municipality: 'Glauchau',
    district: 'Landkreis Zwickau',
    population: 22000,
    policeDirectorate: 'Polizeidirektion Zwickau',
    domain: 'glauchau.example',
    description:
      'Präventionsrat der Stadt Glauchau: Streetwork, Sozialbüro „First Step“, städtebauliche Prävention.',
    members: [
      {
        local: 'geschaeftsstelle',
        name: 'Thomas Wagner',
        role: 'admin',
        org: 'municipal',
        orgName: 'Stadtverwaltung Glauchau',
      },
      {
        local: 'polizei',
        name: 'Jens Richter',
        role: 'member',
        org: 'police',
        orgName: 'Polizeirevier Glauchau',
      },
      {
        local: 'schule',
        name: 'Anja Lehmann',
        role: 'member',
        org: 'school',
        orgName: 'Oberschule Glauchau',
      },
      {
        local: 'verein',
        name: 'Marco Schulz',
        role: 'member',
        org: 'association',
        orgName: 'Streetwork Glauchau e. V.',
      },
      {
        local: 'gast',
        name: 'Sabine Keller',
        role: 'guest',
        org: 'other',
        orgName: 'Stadtteilzeitung',
      },
    ],
  },
  {
    name: 'Kommunaler Präventionsrat Königswartha',
    municipality: 'Königswartha',
    district: 'Landkreis Bautzen',
    population: 3300,
    policeDirectorate: 'Polizeidirektion Görlitz',
    domain: 'koenigswartha.example',
    description: 'Präventionsrat der Gemeinde Königswartha, Kooperationsvereinbarung seit 2022.',
    members: [
      {
        local: 'geschaeftsstelle',
        name: 'Petra Neumann',
        role: 'admin',
        org: 'municipal',
        orgName: 'Gemeindeverwaltung Königswartha',
      },
      {
        local: 'polizei',
        name: 'Stefan Krüger',
        role: 'member',
        org: 'police',
        orgName: 'Polizeirevier Hoyerswerda',
      },
      {
        local: 'schule',
        name: 'Ulrike Hartmann',
        role: 'member',
        org: 'school',
        orgName: 'Grundschule Königswartha',
      },
    ],
  },
  ...(
    [
      ['Leipzig', 'Stadt Leipzig', 600000, 'Polizeidirektion Leipzig', 'leipzig.example'],
      ['Chemnitz', 'Stadt Chemnitz', 250000, 'Polizeidirektion Chemnitz', 'chemnitz.example'],
      ['Zwickau', 'Landkreis Zwickau', 88000, 'Polizeidirektion Zwickau', 'zwickau.example'],
      ['Eibenstock', 'Erzgebirgskreis', 7000, 'Polizeidirektion Chemnitz', 'eibenstock.example'],
      [
        'Bannewitz',
        'Landkreis Sächsische Schweiz-Osterzgebirge',
        11000,
        'Polizeidirektion Dresden',
        'bannewitz.example',
      ],
      [
        'Frankenberg/Sa.',
        'Landkreis Mittelsachsen',
        14000,
        'Polizeidirektion Chemnitz',
        'frankenberg.example',
      ],
    ] as const
  ).map(([municipality, district, population, policeDirectorate, domain]) => ({
    name: `Kommunaler Präventionsrat ${municipality}`,
    municipality,
    district,
    population,
    policeDirectorate,
    domain,
    description: `Präventionsrat ${municipality}.`,
    members: [
      {
        local: 'geschaeftsstelle',
        name: `Geschäftsstelle ${municipality}`,
        role: 'admin' as const,
        org: 'municipal' as const,
        orgName: `Verwaltung ${municipality}`,
      },
    ],
  })),
];

const PLATFORM_USERS = [
  {
    email: 'admin@praeventionsnetz.example',
    name: 'Plattformbetrieb',
    platformRoles: ['admin' as const],
  },
  {
    email: 'koordination@lpr.example',
    name: 'Katrin Hoffmann',
    platformRoles: ['coordinator' as const],
  },
];

/** Seeds the demo councils, their logins, history and Glauchau's action plan. */
export async function seedDemoCouncils(logger: Logger, options: { appUrl: string }): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await UserModel.insertMany(PLATFORM_USERS.map((user) => ({ ...user, passwordHash })));
  for (const council of COUNCILS) {
    const { members, domain, ...profile } = council;
    const workspace = await WorkspaceModel.create({
      ...profile,
      contactEmail: `geschaeftsstelle@${domain}`,
    });
    const users = await UserModel.insertMany(
      members.map((member) => ({
        email: `${member.local}@${domain}`,
        name: member.name,
        passwordHash,
      })),
    );
    await MembershipModel.insertMany(
      members.map((member, index) => ({
        workspaceId: workspace._id,
        userId: users[index]!._id,
        role: member.role,
        organisation: { type: member.org, name: member.orgName },
      })),
    );
    if (council.municipality === 'Glauchau') await seedDemoPlan(workspace._id, users[0]!._id);
    await seedCouncilHistory(
      workspace.toObject(),
      members.map((member, index) => ({ user: users[index]!.toObject(), role: member.role })),
      {
        appUrl: options.appUrl,
        ...(council.municipality === 'Glauchau'
          ? {
              invite: { email: `jugendamt@${domain}`, organisation: 'Jugendamt Landkreis Zwickau' },
            }
          : {}),
      },
    );
  }
  logger.info({ councils: COUNCILS.length }, 'demo councils seeded');
}
