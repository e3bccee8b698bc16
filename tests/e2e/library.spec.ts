import { expect, test } from '@playwright/test';
import { signIn, workspaceIdOf, type Person } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

let teacher: Person | undefined;
test.afterEach(async () => {
  await teacher?.context.close();
});

/** Attaches a small PDF to one of Glauchau's projects through the API, as the teacher. */
async function attachPdf(person: Person, workspaceId: string): Promise<string> {
  const { request } = person.page;
  const { csrfToken } = (await (await request.get('/api/auth/session')).json()) as {
    csrfToken: string;
  };
  const list = (await (await request.get(`/api/projects?workspaceId=${workspaceId}`)).json()) as {
    items: Array<{ id: string; title: string }>;
  };
  const project = list.items[0]!;
  const res = await request.post(
    `/api/projects/${project.id}/attachments?filename=Begehungsprotokoll.pdf&for=project`,
    {
      headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/octet-stream' },
      data: Buffer.from('%PDF-1.4\n%Begehung am Bahnhof\n'),
    },
  );
  expect(res.status()).toBe(201);
  return project.title;
}

test('a member finds a file of the council in its library, filters and downloads it', async ({
  browser,
}) => {
  teacher = await signIn(browser, DEMO.glauchauTeacher);
  const { page } = teacher;
  const workspaceId = await workspaceIdOf(page, 'Glauchau');
  const projectTitle = await attachPdf(teacher, workspaceId);

  await page.goto(`/raete/${workspaceId}`);
  await page.getByRole('link', { name: 'Dateien', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dateiablage' })).toBeVisible();
  const files = page.getByTestId('library-file');
  const pdf = files.filter({ hasText: 'Begehungsprotokoll.pdf' });
  await expect(pdf).toContainText(projectTitle);
  await expect(pdf).toContainText('PDF');
  await expectAccessible(page);

  await page.getByLabel('Dateiname, Projekt, Austausch oder Person').fill('Begehung');
  await expect(files).toHaveCount(1);
  await page.getByLabel('Art und Größe').selectOption({ label: 'Bild' });
  await expect(page.getByText('Keine Dateien gefunden.')).toBeVisible();
  await page.getByLabel('Art und Größe').selectOption({ label: 'PDF' });
  await expect(files).toHaveCount(1);

  const download = page.waitForEvent('download');
  await pdf.getByRole('link', { name: 'Begehungsprotokoll.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Begehungsprotokoll.pdf');

  await page.setViewportSize({ width: 360, height: 640 });
  await expect(pdf).toBeVisible();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
