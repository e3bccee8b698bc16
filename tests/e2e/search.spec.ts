import { expect, test, type Page } from '@playwright/test';
import { signIn, type Person } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

let member: Person | undefined;
test.afterEach(async () => {
  await member?.context.close();
});

async function searchFor(page: Page, text: string) {
  await page.getByLabel('Suchbegriff').fill(text);
  const results = page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('listitem');
  await expect(page.getByRole('status').filter({ hasText: 'Treffer' })).toBeVisible();
  return results;
}

test('search forgives a typo and finds compound parts, people and councils', async ({
  browser,
}) => {
  member = await signIn(browser, DEMO.glauchauTeacher);
  const { page } = member;
  await page.goto('/suche');
  await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();

  const typo = await searchFor(page, 'Grafiti');
  await expect(typo.first().locator('mark').first()).toHaveText(/^Graffiti/i);
  await expectAccessible(page);

  const compound = await searchFor(page, 'Sozialarbeit');
  await expect(
    compound.filter({ hasText: 'Aufsuchende Straßensozialarbeit an Treffpunkten' }).first(),
  ).toBeVisible();

  const person = await searchFor(page, 'Richter');
  // Posts and updates that mention a person are found too; the person is the result "Person …".
  const richter = person.filter({ hasText: 'Jens Richter' }).filter({ hasText: /^Person/ });
  await expect(richter).toHaveCount(1);
  await expect(richter.locator('mark')).toHaveText('Richter');

  // The programme coordinator is in no council, but manages an exchange Glauchau takes part in.
  const coordinator = (await searchFor(page, 'Hoffmann'))
    .filter({ hasText: 'Katrin Hoffmann' })
    .filter({ hasText: /^Person/ });
  await expect(coordinator).toContainText('Graffiti und Sachbeschädigung');

  await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Präventionsrat' });
  const council = await searchFor(page, 'Königswartha');
  await expect(council.first()).toContainText('Kommunaler Präventionsrat Königswartha');
  await council.first().getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kommunaler Präventionsrat Königswartha' }),
  ).toBeVisible();

  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/suche?q=Grafiti');
  await expect(
    page.getByRole('list', { name: 'Suchergebnisse' }).locator('mark').first(),
  ).toBeVisible();
  await expectAccessible(page);
});
