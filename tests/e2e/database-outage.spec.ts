import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DATA_DIR } from '../playwright.config';
import { PlanEditorPage, PlanListPage, signIn, workspaceIdOf } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

/** How long the database stays frozen: the outage the issue measured. */
const OUTAGE_MS = 30_000;

/**
 * The process of the app's embedded database (FerretDB writes a pid file; a real mongod is found
 * by its data folder), to freeze it with SIGSTOP as a database that stops answering.
 */
function databasePid(): number {
  const pidFile = path.join(E2E_DATA_DIR, 'ferretdb', 'ferretdb.pid');
  if (fs.existsSync(pidFile)) return Number(fs.readFileSync(pidFile, 'utf8'));
  const dbPath = path.join(E2E_DATA_DIR, 'mongodb');
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    if (cmdline.includes('mongod') && cmdline.includes(dbPath)) return Number(entry);
  }
  throw new Error('no embedded database process found');
}

test.describe('the database stops answering while someone types', () => {
  test.describe.configure({ timeout: 150_000 });

  test('the editor says "not saved", the API answers 503, and everything typed is stored after', async ({
    browser,
  }) => {
    const police = await signIn(browser, DEMO.glauchauPolice);
    const workspaceId = await workspaceIdOf(police.page, 'Glauchau');
    const list = new PlanListPage(police.page);
    await list.goto(workspaceId);
    const planId = await list.createPlan('Protokoll während der Störung');
    const editor = new PlanEditorPage(police.page);
    await editor.expectConnected();
    await editor.typeParagraph('Vor der Störung');
    await expect(editor.sync).toHaveAttribute('data-state', 'connected');

    const pid = databasePid();
    const typed: string[] = [];
    process.kill(pid, 'SIGSTOP');
    const frozenAt = Date.now();
    try {
      // The person keeps typing; within seconds the editor says that nothing is saved now.
      typed.push('Erster Absatz während der Störung');
      await editor.typeParagraph(typed.at(-1)!);
      await expect(editor.sync).toHaveAttribute('data-state', 'unsaved', { timeout: 15_000 });
      await expect(editor.sync).toContainText('Nicht gespeichert');
      await expectAccessible(police.page);
      // On a phone the notice is there too, and nothing scrolls sideways.
      await police.page.setViewportSize({ width: 360, height: 780 });
      await expect(editor.sync).toContainText('Nicht gespeichert');
      await expectAccessible(police.page);
      const overflow = await police.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await police.page.setViewportSize({ width: 1280, height: 720 });

      // The API says so clearly within 5 s instead of hanging.
      const asked = Date.now();
      const response = await police.page.request.get('/api/workspaces', { timeout: 10_000 });
      expect(response.status()).toBe(503);
      expect(((await response.json()) as { error: { id: string } }).error.id).toBe(
        'service_unavailable',
      );
      expect(Date.now() - asked).toBeLessThan(5_000);

      // Typing goes on for the whole outage; the editor keeps saying it is not saved.
      while (Date.now() - frozenAt < OUTAGE_MS) {
        typed.push(`Absatz ${typed.length + 1} während der Störung`);
        await editor.typeParagraph(typed.at(-1)!);
        await expect(editor.sync).toHaveAttribute('data-state', 'unsaved');
      }
      typed.push('Schlusswort Wiederanlauf');
      await editor.typeParagraph(typed.at(-1)!);
    } finally {
      process.kill(pid, 'SIGCONT');
    }

    // Back: saved again without a restart, and the API answers.
    await expect(editor.sync).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
    await expect
      .poll(async () => (await police.page.request.get('/api/workspaces')).status(), {
        timeout: 15_000,
      })
      .toBe(200);

    // Stored: the search index follows a plan only from what was written to the database, and
    // it finds the last words typed in the outage.
    await expect
      .poll(
        async () => {
          const res = await police.page.request.get('/api/search?q=Wiederanlauf');
          const { items } = (await res.json()) as { items?: Array<{ id: string }> };
          return (items ?? []).some((item) => item.id === planId);
        },
        { timeout: 20_000 },
      )
      .toBe(true);

    // Everything typed is there: a colleague opening the plan afresh reads all of it.
    const teacher = await signIn(browser, DEMO.glauchauTeacher);
    const reader = new PlanEditorPage(teacher.page);
    await reader.goto(planId);
    await reader.expectConnected();
    // (On a busy machine a keystroke may land a paragraph off its end; the author's own text is
    // the measure of what was typed.)
    const authored = await editor.text();
    for (const text of ['Vor der Störung', ...typed]) expect(authored).toContain(text);
    await expect.poll(() => reader.text(), { timeout: 15_000 }).toBe(authored);
    await teacher.context.close();
    await police.context.close();
  });
});
