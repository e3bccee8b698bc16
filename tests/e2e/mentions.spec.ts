import { expect, test, type Browser } from '@playwright/test';
import { ExchangePage } from './pages/exchange.page';
import { signIn, workspaceIdOf, type Person } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

const people: Person[] = [];
test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

async function person(browser: Browser, email: string): Promise<Person> {
  const signedIn = await signIn(browser, email);
  people.push(signedIn);
  return signedIn;
}

const EXCHANGE = 'Graffiti und Sachbeschädigung';

async function exchangeIdOf(person: Person): Promise<string> {
  const response = await person.page.request.get('/api/exchanges');
  const { items } = (await response.json()) as { items: Array<{ id: string; title: string }> };
  const exchange = items.find((item) => item.title === EXCHANGE);
  if (!exchange) throw new Error(`no exchange ${EXCHANGE}`);
  return exchange.id;
}

test.describe('@-mentions', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a participant types @Hof…, picks the coordinator, posts; she is notified live', async ({
    browser,
  }) => {
    const coordinator = await person(browser, DEMO.coordinator);
    const teacher = await person(browser, DEMO.glauchauTeacher);
    const exchangeId = await exchangeIdOf(teacher);
    const discussion = new ExchangePage(teacher.page);
    await discussion.goto(exchangeId, EXCHANGE);

    const text = teacher.page.getByLabel('Neuer Beitrag');
    await text.fill('Frage an ');
    await text.press('End');
    await text.pressSequentially('@Hof');
    const suggestions = teacher.page.getByRole('listbox', { name: 'Personen zum Erwähnen' });
    await expect(suggestions).toBeVisible();
    await expect(suggestions.getByRole('option')).toHaveText([/Katrin Hoffmann/]);
    await expect(text).toHaveAttribute(
      'aria-activedescendant',
      (await suggestions.getByRole('option').first().getAttribute('id'))!,
    );
    await expectAccessible(teacher.page);
    await text.press('Enter');
    await expect(suggestions).toBeHidden();
    await expect(text).toHaveValue('Frage an @Katrin Hoffmann ');
    await expect(text).toBeFocused();
    await text.pressSequentially('kommen Sie zur Begehung der Unterführung?');
    await teacher.page.getByRole('button', { name: 'Beitrag senden' }).click();
    await expect(discussion.posts.last()).toContainText('@Katrin Hoffmann kommen Sie');

    // The coordinator is on another page: the live mention reaches her there.
    const alert = coordinator.page.getByTestId('mention-alert');
    await expect(alert).toContainText(`hat Sie im Austausch „${EXCHANGE}“ erwähnt`);
    await expectAccessible(coordinator.page);
    await expect(
      coordinator.page.getByRole('link', { name: /Benachrichtigungen.*ungelesen/ }),
    ).toBeVisible();
    await alert.getByRole('link', { name: 'Zum Beitrag' }).click();
    await expect(coordinator.page.getByRole('heading', { level: 1, name: EXCHANGE })).toBeVisible();
    await expect(
      coordinator.page.getByTestId('post').filter({ hasText: 'kommen Sie zur Begehung' }),
    ).toBeVisible();
    await coordinator.page.goto('/benachrichtigungen');
    await expect(coordinator.page.getByText(EXCHANGE).first()).toBeVisible();
  });

  test('the suggestions work by keyboard and fit a 360 px phone', async ({ browser }) => {
    const teacher = await person(browser, DEMO.glauchauTeacher);
    await teacher.page.setViewportSize({ width: 360, height: 640 });
    const exchangeId = await exchangeIdOf(teacher);
    await new ExchangePage(teacher.page).goto(exchangeId, EXCHANGE);
    const text = teacher.page.getByLabel('Neuer Beitrag');
    await text.click();
    await text.pressSequentially('@');
    const options = teacher.page
      .getByRole('listbox', { name: 'Personen zum Erwähnen' })
      .getByRole('option');
    await expect(options.first()).toBeVisible();
    expect(await options.count()).toBeGreaterThan(1);
    await text.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expectAccessible(teacher.page);
    const width = await teacher.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await text.press('Escape');
    await expect(options).toHaveCount(0);
    await expect(text).toHaveValue('@');
  });

  test('editing a project update offers the council members; the newly mentioned hears of it', async ({
    browser,
  }) => {
    const teacher = await person(browser, DEMO.glauchauTeacher);
    const police = await person(browser, DEMO.glauchauPolice);
    const { page } = teacher;
    const workspaceId = await workspaceIdOf(page, 'Glauchau');
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    const projects = (await (
      await page.request.get(`/api/projects?workspaceId=${workspaceId}`)
    ).json()) as { items: Array<{ id: string }> };
    const projectId = projects.items[0]!.id;
    const posted = await page.request.post(`/api/projects/${projectId}/updates`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { text: 'Die Begehung ist am Dienstag.', mentions: [] },
    });
    expect(posted.status()).toBe(201);
    const updateId = ((await posted.json()) as { id: string }).id;

    await page.goto(`/raete/${workspaceId}/projekte/${projectId}`);
    const update = page.locator(`#update-${updateId}`);
    await update.getByRole('button', { name: 'Bearbeiten' }).click();
    const text = update.getByLabel('Was ist passiert?');
    await text.press('End');
    await text.pressSequentially(' @Rich');
    await update
      .getByRole('listbox', { name: 'Personen zum Erwähnen' })
      .getByRole('option', { name: /Jens Richter/ })
      .click();
    await expect(text).toHaveValue('Die Begehung ist am Dienstag. @Jens Richter ');
    await expectAccessible(page);
    await update.getByRole('button', { name: 'Speichern' }).click();
    await expect(update).toContainText('@Jens Richter');

    await expect
      .poll(async () => {
        const res = await police.page.request.get('/api/notifications');
        const { items } = (await res.json()) as { items: Array<{ trigger: string; link: string }> };
        return items.some((n) => n.trigger === 'mention' && n.link.includes(`update-${updateId}`));
      })
      .toBe(true);
  });

  test('a decision of a council session mentions a member; she finds it under her notifications', async ({
    browser,
  }) => {
    const office = await person(browser, DEMO.glauchauAdmin);
    const police = await person(browser, DEMO.glauchauPolice);
    const { page } = office;
    const workspaceId = await workspaceIdOf(page, 'Glauchau');
    const meetings = (await (
      await page.request.get(`/api/workspaces/${workspaceId}/meetings`)
    ).json()) as { items: Array<{ id: string; title: string }> };
    const meeting = meetings.items.find(
      (item) => item.title === 'Sitzung des Kommunalen Präventionsrats',
    )!;

    await page.goto(`/sitzungen/${meeting.id}`);
    await page
      .getByRole('button', { name: 'Teilnehmende, Beschlüsse und Aufgaben bearbeiten' })
      .click();
    const decisions = page.getByLabel('Beschlüsse');
    await decisions.click();
    await decisions.pressSequentially('Begehung der Unterführung: @Rich');
    const suggestions = page.getByRole('listbox', { name: 'Personen zum Erwähnen' });
    // Only people who may read the session are offered: Glauchau's members, nobody from elsewhere.
    await expect(suggestions.getByRole('option')).toHaveText([/Jens Richter/]);
    await expectAccessible(page);
    await decisions.press('Enter');
    await decisions.pressSequentially('lädt ein.');
    await page
      .locator('form')
      .filter({ has: decisions })
      .getByRole('button', { name: 'Speichern' })
      .click();
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: 'Begehung der Unterführung: @Jens Richter lädt ein.' }),
    ).toBeVisible();

    await police.page.goto('/benachrichtigungen');
    const notification = police.page
      .getByRole('listitem')
      .filter({ hasText: 'Sitzung des Kommunalen Präventionsrats' })
      .filter({ hasText: 'Begehung der Unterführung' });
    await expect(notification).toBeVisible();
    await expectAccessible(police.page);
    await notification.getByRole('link').first().click();
    await expect(police.page).toHaveURL(new RegExp(`/sitzungen/${meeting.id}$`));
  });
});
