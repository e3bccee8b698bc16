import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { appRoutes, resolveRoute, type AppRoute } from './app-routes';
import { LoginPage } from './pages/login.page';
import { DEMO } from './support';

/**
 * Every page of the router, in every role, on a 360 × 640 phone and on a desktop: the document is
 * never wider than the window, the phone header stays compact, and axe finds nothing, including
 * its best practices (heading order) and WCAG 2.2's minimum target size.
 */

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

const VIEWPORTS = {
  phone: { width: 360, height: 640 },
  desktop: { width: 1280, height: 800 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;

const PHONE_HEADER_MAX = 72;

const ROLES = {
  'signed out': null,
  guest: DEMO.glauchauGuest,
  member: DEMO.glauchauPolice,
  'council admin': DEMO.glauchauAdmin,
  coordinator: DEMO.coordinator,
  'platform admin': 'admin@praeventionsnetz.example',
} as const;
type RoleName = keyof typeof ROLES;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Paths the patterns cannot give: the catch-all route gets a path no page has. */
const OVERRIDES: Record<string, string> = { '/*': '/gibt-es-diese-seite-nicht' };

async function signIn(browser: Browser, email: string): Promise<StorageState> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await expect(page).not.toHaveURL(/\/anmelden/);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function json<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

function first<T>(items: T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`The demo data has no ${what}`);
  return item;
}

interface Listed {
  items: { id: string }[];
}

/** Real ids of the demo data for each route parameter, read through the API. */
async function demoValues(
  browser: Browser,
  states: Record<string, StorageState>,
): Promise<Record<string, string>> {
  const adminContext = await browser.newContext({ storageState: states['council admin'] });
  const admin = await adminContext.newPage();
  const councils = await json<{ items: { id: string; municipality: string; myRole: string }[] }>(
    admin,
    '/api/workspaces',
  );
  const council = councils.items.find((c) => c.municipality === 'Glauchau' && c.myRole);
  if (!council) throw new Error('The Glauchau admin is not a member of the Glauchau council');
  const workspaceId = council.id;
  const plans = await json<Listed>(admin, `/api/workspaces/${workspaceId}/plans`);
  const projects = await json<Listed>(admin, `/api/projects?workspaceId=${workspaceId}`);
  const exchanges = await json<Listed>(admin, '/api/exchanges');
  const reports = await json<Listed>(admin, '/api/reports');
  const publicReports = await json<Listed>(admin, '/api/public/reports');
  const meetings = await json<Listed>(admin, `/api/workspaces/${workspaceId}/meetings`);
  const outbox = await json<{ items: { text: string }[] }>(
    admin,
    `/api/workspaces/${workspaceId}/outbox`,
  );
  const token = outbox.items
    .map((mail) => /\/einladung\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1])
    .find((found) => found !== undefined);
  if (!token) throw new Error('No invitation link in the Glauchau outbox');
  await adminContext.close();

  const coordinatorContext = await browser.newContext({ storageState: states.coordinator });
  const coordinator = await coordinatorContext.newPage();
  const municipalities = await json<{ items: { id: string; name: string }[] }>(
    coordinator,
    '/api/programme/municipalities',
  );
  const glauchau = municipalities.items.find((m) => m.name === 'Glauchau');
  await coordinatorContext.close();

  return {
    workspaceId,
    planId: first(plans.items, 'plan in Glauchau').id,
    projectId: first(projects.items, 'project in Glauchau').id,
    exchangeId: first(exchanges.items, 'exchange').id,
    reportId: first(reports.items, 'experience report').id,
    meetingId: first(meetings.items, 'meeting in Glauchau').id,
    municipalityId: (glauchau ?? first(municipalities.items, 'municipality')).id,
    token,
    // Public good-practice pages take the id of a report published to everyone.
    publicReportId: first(publicReports.items, 'public report').id,
  };
}

interface Visit {
  route: AppRoute;
  url: string;
}

/** Waits until the page shows its heading and nothing is loading any more. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.loading-state, .initial-loading, [aria-busy="true"]')).toHaveCount(
    0,
    { timeout: 10_000 },
  );
}

async function problemsOn(page: Page, viewport: ViewportName): Promise<string[]> {
  const problems: string[] = [];
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  if (scrollWidth > innerWidth) problems.push(`${scrollWidth} px wide at ${innerWidth} px`);
  if (viewport === 'phone') {
    const header = await page.getByRole('banner').boundingBox();
    if (!header) problems.push('no header');
    else if (header.height > PHONE_HEADER_MAX) {
      problems.push(`header ${Math.round(header.height)} px high`);
    }
    // Nothing in the header is cut off (an ellipsis, a clipped name); screen-reader-only text is.
    const clipped = await page.getByRole('banner').evaluate((banner) =>
      Array.from(banner.querySelectorAll<HTMLElement>('*'))
        // Only elements that clip: a spinning symbol overflows its box without being cut off.
        .filter(
          (el) =>
            el.clientWidth > 1 &&
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX !== 'visible',
        )
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`),
    );
    for (const element of clipped) problems.push(`header cuts off ${element}`);
  }
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  for (const v of results.violations) {
    problems.push(
      `axe ${v.impact ?? ''} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }
  return problems;
}

const routes = appRoutes();

test.describe('every page on a phone and a desktop', () => {
  // Each role and size is independent; with several workers they run side by side.
  test.describe.configure({ mode: 'parallel', timeout: 600_000 });

  const states: Record<string, StorageState> = {};
  let values: Record<string, string> = {};

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    for (const [role, email] of Object.entries(ROLES)) {
      if (email) states[role] = await signIn(browser, email);
    }
    values = await demoValues(browser, states);
  });

  test('the router has pages for signed-out visitors and for signed-in users', () => {
    expect(routes.filter((r) => !r.signedIn).map((r) => r.pattern)).toContain('/anmelden');
    expect(routes.filter((r) => r.signedIn).map((r) => r.pattern)).toEqual(
      expect.arrayContaining(['/', '/programm', '/raete/:workspaceId/protokoll']),
    );
  });

  for (const role of Object.keys(ROLES) as RoleName[]) {
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      test(`${role}, ${viewport}: no page is wider than the screen or has an axe finding`, async ({
        browser,
      }) => {
        const signedIn = ROLES[role] !== null;
        const context = await browser.newContext({
          viewport: VIEWPORTS[viewport],
          ...(signedIn ? { storageState: states[role] } : {}),
        });
        const page = await context.newPage();
        const overrides = {
          ...OVERRIDES,
          '/gute-praxis/:reportId': `/gute-praxis/${values.publicReportId ?? ''}`,
        };
        const visits: Visit[] = routes
          .filter((route) => signedIn || !route.signedIn)
          .map((route) => ({ route, url: resolveRoute(route.pattern, values, overrides) }));
        const found: string[] = [];
        for (const { route, url } of visits) {
          await page.goto(url);
          const settled = await settle(page).then(
            () => null,
            (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : 'error'),
          );
          if (settled) found.push(`${route.pattern} (${url}): did not settle: ${settled}`);
          for (const problem of await problemsOn(page, viewport)) {
            found.push(`${route.pattern} (${url}): ${problem}`);
          }
        }
        if (!signedIn) {
          // Signed-in pages send a signed-out visitor to the login page, checked above.
          const protectedRoute = routes.find((r) => r.signedIn && !r.pattern.includes(':'));
          await page.goto(protectedRoute?.pattern ?? '/');
          await expect(page).toHaveURL(/\/anmelden/);
        }
        await context.close();
        expect(found).toEqual([]);
      });
    }
  }
});

test.describe('the phone header', () => {
  test('the menu button discloses navigation and user menu by keyboard; Escape closes it', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto('/anmelden');
    await new LoginPage(page).signIn(DEMO.glauchauPolice, DEMO.password);
    const menu = page.getByRole('button', { name: 'Menü' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav).toBeHidden();

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Präventionsräte' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();

    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav).toBeHidden();

    // Following a link closes the menu on the new page.
    await menu.click();
    await nav.getByRole('link', { name: 'Austausch' }).click();
    await expect(page).toHaveURL(/\/austausch$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await context.close();
  });

  test('the audit table scrolls within itself and is reached by keyboard on a phone', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto('/anmelden');
    await new LoginPage(page).signIn(DEMO.glauchauAdmin, DEMO.password);
    await expect(page).not.toHaveURL(/\/anmelden/);
    const councils = await json<{ items: { id: string; municipality: string }[] }>(
      page,
      '/api/workspaces',
    );
    const glauchau = councils.items.find((c) => c.municipality === 'Glauchau');
    await page.goto(`/raete/${glauchau?.id ?? ''}/protokoll`);
    const region = page.getByRole('region', { name: 'Protokoll' });
    await expect(region).toBeVisible();
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await context.close();
  });
});
