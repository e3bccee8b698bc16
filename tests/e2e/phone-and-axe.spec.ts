import { readFileSync } from 'node:fs';
import type * as Axe from 'axe-core';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { appRoutes, resolveRoute } from './app-routes';
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

/** Signs in through the API (the login form has its own tests) and keeps the session's cookies. */
async function signIn(browser: Browser, email: string): Promise<StorageState> {
  const context = await browser.newContext();
  const session = await context.request.get('/api/auth/session');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const login = await context.request.post('/api/auth/login', {
    headers: { 'x-csrf-token': csrfToken },
    data: { email, password: DEMO.password },
  });
  expect(login.status(), `sign-in of ${email}: ${await login.text()}`).toBeLessThan(300);
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

interface Demo {
  /** A real id for each route parameter. */
  values: Record<string, string>;
  /** Whole paths for patterns whose parameter means something else there. */
  overrides: Record<string, string>;
}

/**
 * Real ids of the demo data for each route parameter, read through the API. What the demo does
 * not seed is made as a user would: a security analysis (unless an earlier test started one) and
 * a guest's training registration, whose link is read from the outbox.
 */
async function demoValues(browser: Browser, states: Record<string, StorageState>): Promise<Demo> {
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

  const { csrfToken } = await json<{ csrfToken: string }>(admin, '/api/auth/session');
  let analyses = await json<Listed>(admin, `/api/workspaces/${workspaceId}/analyses`);
  if (analyses.items.length === 0) {
    const created = await admin.request.post(`/api/workspaces/${workspaceId}/analyses`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { title: 'Sicherheitsanalyse Glauchau' },
    });
    expect(created.status(), await created.text()).toBe(201);
    analyses = await json<Listed>(admin, `/api/workspaces/${workspaceId}/analyses`);
  }

  const offers = await json<{ items: { id: string; sessions: { id: string; open: boolean }[] }[] }>(
    admin,
    '/api/training/offers',
  );
  const offer = offers.items.find((o) => o.sessions.some((session) => session.open));
  if (!offer) throw new Error('The demo has no training offer open for registration');
  const session = offer.sessions.find((candidate) => candidate.open) ?? first(offer.sessions, '');
  const guestEmail = `gast-${Date.now()}@telefon.example`;
  const registered = await admin.request.post(
    `/api/training/sessions/${session.id}/guest-registrations`,
    {
      headers: { 'x-csrf-token': csrfToken },
      data: { name: 'Gerda Gast', organisation: 'Jugendhaus Glauchau', email: guestEmail },
    },
  );
  expect(registered.status(), await registered.text()).toBe(202);
  await adminContext.close();

  const platformContext = await browser.newContext({ storageState: states['platform admin'] });
  const platform = await platformContext.newPage();
  let registrationToken: string | undefined;
  await expect
    .poll(async () => {
      const mails = await json<{ items: { to: string; text: string }[] }>(platform, '/api/outbox');
      registrationToken = mails.items
        .filter((mail) => mail.to === guestEmail)
        .map((mail) => /\/fortbildung\/anmeldung\/([\w-]+)/.exec(mail.text)?.[1])
        .find((found) => found !== undefined);
      return registrationToken;
    })
    .toBeDefined();
  await platformContext.close();

  const coordinatorContext = await browser.newContext({ storageState: states.coordinator });
  const coordinator = await coordinatorContext.newPage();
  const municipalities = await json<{ items: { id: string; name: string }[] }>(
    coordinator,
    '/api/programme/municipalities',
  );
  const glauchau = municipalities.items.find((m) => m.name === 'Glauchau');
  await coordinatorContext.close();

  return {
    values: {
      workspaceId,
      planId: first(plans.items, 'plan in Glauchau').id,
      projectId: first(projects.items, 'project in Glauchau').id,
      exchangeId: first(exchanges.items, 'exchange').id,
      reportId: first(reports.items, 'experience report').id,
      meetingId: first(meetings.items, 'meeting in Glauchau').id,
      municipalityId: (glauchau ?? first(municipalities.items, 'municipality')).id,
      analysisId: first(analyses.items, 'security analysis in Glauchau').id,
      offerId: offer.id,
      sessionId: session.id,
      token,
      // The letters' access codes are printed only; an unknown code shows the page's refusal.
      code: 'AAAA-BBBB-CCCC-D',
    },
    overrides: {
      // Public good-practice pages take the id of a report published to everyone.
      '/gute-praxis/:reportId': `/gute-praxis/${first(publicReports.items, 'public report').id}`,
      '/fortbildung/anmeldung/:token': `/fortbildung/anmeldung/${registrationToken ?? ''}`,
    },
  };
}

declare global {
  interface Window {
    /** Set when the signed-in layout moves focus to the new page after a client-side navigation. */
    phoneSpecArrived?: boolean;
    axe: typeof Axe;
  }
}

/** axe-core itself, put into every document the spec opens (once per document, not per run). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Opens a page of the signed-in area as a click on a link would: through the router, without
 * loading the app again. The layout moves focus to the new page's content when it has rendered;
 * that focus is the sign that the new page, not the previous one, is on the screen.
 */
async function navigateInApp(page: Page, url: string): Promise<void> {
  const moved = await page.evaluate((target) => {
    const next = new URL(target, window.location.href);
    // A page that sent the previous one on here (`/verwaltung` shows `/verwaltung/konten`).
    if (next.pathname === window.location.pathname && next.search === window.location.search) {
      return false;
    }
    window.phoneSpecArrived = false;
    const main = document.getElementById('main');
    if (!main) throw new Error('No main element: not in the signed-in layout');
    main.addEventListener('focus', () => (window.phoneSpecArrived = true), { once: true });
    (document.activeElement as HTMLElement | null)?.blur();
    const index = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    window.history.pushState({ usr: null, key: `spec${index + 1}`, idx: index + 1 }, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    return true;
  }, url);
  if (moved) {
    await page.waitForFunction(() => window.phoneSpecArrived === true, null, { timeout: 10_000 });
  }
}

/** Waits until the page shows its heading and nothing is loading any more; null when it did. */
async function settle(page: Page): Promise<string | null> {
  return page
    .waitForFunction(
      () => {
        const heading = document.querySelector('h1');
        return (
          heading !== null &&
          heading.getClientRects().length > 0 &&
          document.querySelector('.loading-state, .initial-loading, [aria-busy="true"]') === null
        );
      },
      null,
      { timeout: 10_000 },
    )
    .then(
      () => null,
      () => 'no visible h1, or still loading, after 10 s',
    );
}

interface Checks {
  /** Check the phone header's height and clipping. */
  phone: boolean;
  headerMax: number;
  tags: string[];
}

/**
 * Everything checked on a page at one size, in one round trip: the document's width, on a phone
 * the header, and axe (violations only: passes are not collected in detail).
 */
async function problemsOn(page: Page, phone: boolean): Promise<string[]> {
  const checks: Checks = { phone, headerMax: PHONE_HEADER_MAX, tags: AXE_TAGS };
  return page.evaluate(async ({ phone: onPhone, headerMax, tags }: Checks) => {
    // Two frames: layout and effects that follow a change of the window's size are done.
    await new Promise<void>((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    });
    const problems: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > window.innerWidth) {
      problems.push(`${scrollWidth} px wide at ${window.innerWidth} px`);
    }
    if (onPhone) {
      const banner = document.querySelector('header, [role="banner"]');
      if (!banner) problems.push('no header');
      else {
        const height = banner.getBoundingClientRect().height;
        if (height > headerMax) problems.push(`header ${Math.round(height)} px high`);
        // Nothing in the header is cut off (an ellipsis, a clipped name). Only elements that clip
        // count: a spinning symbol overflows its box without being cut off.
        for (const el of Array.from(banner.querySelectorAll<HTMLElement>('*'))) {
          if (
            el.clientWidth > 1 &&
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX !== 'visible'
          ) {
            problems.push(`header cuts off ${el.tagName.toLowerCase()}.${el.className}`);
          }
        }
      }
    }
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    for (const v of results.violations) {
      const nodes = v.nodes.map((n) => n.target.join(' ')).join(', ');
      problems.push(`axe ${v.impact ?? ''} ${v.id}: ${v.help} (${nodes})`);
    }
    return problems;
  }, checks);
}

const routes = appRoutes();

test.describe('every page on a phone and a desktop', () => {
  // Each role is independent; should the suite run several workers, they run side by side.
  test.describe.configure({ mode: 'parallel', timeout: 600_000 });

  const states: Record<string, StorageState> = {};
  let values: Record<string, string> = {};
  let overrides: Record<string, string> = {};

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    for (const [role, email] of Object.entries(ROLES)) {
      if (email) states[role] = await signIn(browser, email);
    }
    ({ values, overrides } = await demoValues(browser, states));
  });

  test('the router has pages for signed-out visitors and for signed-in users', () => {
    expect(routes.filter((r) => !r.signedIn).map((r) => r.pattern)).toContain('/anmelden');
    expect(routes.filter((r) => r.signedIn).map((r) => r.pattern)).toEqual(
      expect.arrayContaining(['/', '/programm', '/raete/:workspaceId/protokoll']),
    );
  });

  for (const role of Object.keys(ROLES) as RoleName[]) {
    test(`${role}: no page is wider than a phone or a desktop, or has an axe finding at either size`, async ({
      browser,
    }) => {
      const signedIn = ROLES[role] !== null;
      // One context and one page per role; each route is visited once and checked at both sizes.
      const context = await browser.newContext({
        viewport: VIEWPORTS.phone,
        ...(signedIn ? { storageState: states[role] } : {}),
      });
      await context.addInitScript({ content: AXE_SOURCE });
      const page = await context.newPage();
      const visits = routes
        .filter((route) => signedIn || !route.signedIn)
        .map((route) => ({
          route,
          url: resolveRoute(route.pattern, values, { ...OVERRIDES, ...overrides }),
        }));
      const found: string[] = [];
      let inApp = false;
      // The window keeps the size it was left at: every other route is checked desktop first.
      let sizes: ('phone' | 'desktop')[] = ['phone', 'desktop'];
      for (const { route, url } of visits) {
        const at = `${route.pattern} (${url})`;
        // Pages of the signed-in area follow each other through the router, as after a click.
        if (inApp && route.signedIn) await navigateInApp(page, url);
        else await page.goto(url);
        inApp = route.signedIn;
        const unsettled = await settle(page);
        if (unsettled) found.push(`${at}: ${unsettled}`);
        for (const size of sizes) {
          await page.setViewportSize(VIEWPORTS[size]);
          for (const problem of await problemsOn(page, size === 'phone')) {
            found.push(`${at}, ${size}: ${problem}`);
          }
        }
        sizes = [...sizes].reverse();
      }
      if (!signedIn) {
        // Signed-in pages send a signed-out visitor to the login page.
        const protectedRoute = routes.find((r) => r.signedIn && !r.pattern.includes(':'));
        await page.goto(protectedRoute?.pattern ?? '/');
        await expect(page).toHaveURL(/\/anmelden/);
      }
      await context.close();
      expect(found).toEqual([]);
    });
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
    await expect(nav.getByRole('link').first()).toBeFocused();
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
