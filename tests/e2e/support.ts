import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The demo logins seeded on first start (see README). */
export const DEMO = {
  password: 'Praevention-2026',
  glauchauAdmin: 'geschaeftsstelle@glauchau.example',
  glauchauPolice: 'polizei@glauchau.example',
  glauchauTeacher: 'schule@glauchau.example',
  glauchauGuest: 'gast@glauchau.example',
  koenigswarthaAdmin: 'geschaeftsstelle@koenigswartha.example',
  coordinator: 'koordination@lpr.example',
} as const;

/** Fails on any WCAG 2.1 A/AA violation axe finds on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** axe at desktop and phone width, and nothing wider than the phone's screen. */
export async function checkBothSizes(page: Page): Promise<void> {
  const phone = { width: 360, height: 740 };
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page);
  await page.setViewportSize(phone);
  await expectAccessible(page);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(phone.width);
  await page.setViewportSize({ width: 1280, height: 900 });
}
