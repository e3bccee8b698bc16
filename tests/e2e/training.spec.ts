import { expect, test, type Browser } from '@playwright/test';
import ICAL from 'ical.js';
import { signIn, type Person } from './pages/plans.page';
import { expectNoSideways, OfferFormPage, outbox } from './pages/training.page';
import { DEMO, expectAccessible } from './support';

const PLATFORM_ADMIN = 'admin@praeventionsnetz.example';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const people: Array<{ context: { close(): Promise<void> } }> = [];

test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

async function person(browser: Browser, email: string): Promise<Person> {
  const signedIn = await signIn(browser, email);
  people.push(signedIn);
  return signedIn;
}

/** `2026-05-12T09:00` for a `datetime-local` input, `days` from now at a local hour. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

test.describe('training catalogue', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a seminar from creation to certificates, feedback and figures', async ({ browser }) => {
    const title = `Graffitiprävention kompakt ${Date.now().toString(36)}`;
    const coordinator = await person(browser, DEMO.coordinator);
    const admin = await person(browser, PLATFORM_ADMIN);

    // The catalogue, at desktop and phone size.
    await coordinator.page.goto('/fortbildung');
    await expect(
      coordinator.page.getByRole('heading', { level: 1, name: 'Aus- und Fortbildung' }),
    ).toBeVisible();
    await expect(
      coordinator.page.getByRole('link', { name: 'Graffitiprävention in der Kommune' }),
    ).toBeVisible();
    await expectAccessible(coordinator.page);
    await coordinator.page.setViewportSize(PHONE);
    await expectAccessible(coordinator.page);
    await expectNoSideways(coordinator.page);
    await coordinator.page.setViewportSize(DESKTOP);

    // The coordinator creates a seminar with 20 places in two days.
    await coordinator.page.getByRole('link', { name: 'Angebot anlegen' }).click();
    const start = new Date(Date.now() + 2 * 86_400_000);
    start.setHours(9, 0, 0, 0);
    const end = new Date(start.getTime() + 6 * 3_600_000);
    const offerId = await new OfferFormPage(coordinator.page).create({
      title,
      startsAt: localInput(start),
      endsAt: localInput(end),
      place: 'Dresden, Landespräventionsrat',
      capacity: 20,
    });
    await expect(coordinator.page.getByText('20 von 20 Plätzen frei')).toBeVisible();

    // Before the event the coordinator adds a question to the feedback questionnaire, with the
    // survey instrument's editor.
    await coordinator.page.getByRole('link', { name: 'Rückmeldebogen bearbeiten' }).click();
    await expect(
      coordinator.page.getByRole('heading', { level: 1, name: 'Rückmeldebogen' }),
    ).toBeVisible();
    await coordinator.page
      .getByLabel('Art der neuen Frage', { exact: true })
      .selectOption('rating');
    await coordinator.page.getByRole('button', { name: 'Frage hinzufügen' }).click();
    const added = coordinator.page.getByRole('group', { name: /^Frage 6 \(q1\)/ });
    await added
      .getByLabel('Fragetext', { exact: true })
      .fill('Wie gut war die Referentin / der Referent?');
    await expectAccessible(coordinator.page);
    await coordinator.page.setViewportSize(PHONE);
    await expectAccessible(coordinator.page);
    await expectNoSideways(coordinator.page);
    await coordinator.page.setViewportSize(DESKTOP);
    await coordinator.page.getByRole('button', { name: 'Rückmeldebogen speichern' }).click();
    await expect(coordinator.page.getByText('Der Rückmeldebogen ist gespeichert.')).toBeVisible();
    await coordinator.page.getByRole('link', { name: 'Zurück zum Angebot' }).click();
    await expect(coordinator.page.getByText('20 von 20 Plätzen frei')).toBeVisible();

    // A member registers in one step.
    const member = await person(browser, DEMO.glauchauPolice);
    await member.page.goto(`/fortbildung/${offerId}`);
    await member.page.getByRole('button', { name: 'Jetzt anmelden' }).click();
    await expect(member.page.getByText('Sie sind angemeldet.')).toBeVisible();
    await expect(member.page.getByText('19 von 20 Plätzen frei')).toBeVisible();

    // A guest registers with name, organisation and e-mail, at phone size.
    const guestContext = await browser.newContext({ viewport: PHONE });
    people.push({ context: guestContext });
    const guest = await guestContext.newPage();
    await guest.goto(`/fortbildung/${offerId}`);
    await expect(guest.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await guest.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await guest.getByLabel('Vor- und Nachname', { exact: true }).fill('Greta Gast');
    await guest.getByLabel('Organisation', { exact: true }).fill('Streetwork Glauchau e. V.');
    await guest.getByLabel('E-Mail-Adresse', { exact: true }).fill('greta@streetwork.example');
    await expectAccessible(guest);
    await expectNoSideways(guest);
    await guest.getByRole('button', { name: 'Anmeldung absenden' }).click();
    await expect(guest.getByText(/Fast geschafft/)).toBeVisible();

    // … and confirms by the link in the mail.
    await expect
      .poll(
        async () =>
          (await outbox(admin.page)).filter((m) => m.to === 'greta@streetwork.example').length,
      )
      .toBeGreaterThan(0);
    const request = (await outbox(admin.page)).find(
      (m) => m.to === 'greta@streetwork.example' && m.subject.startsWith('Bitte bestätigen'),
    )!;
    const link = /https?:\/\/\S+\/fortbildung\/anmeldung\/[\w-]+/.exec(request.text)![0];
    await guest.goto(new URL(link).pathname);
    await expect(guest.getByRole('heading', { level: 1, name: 'Ihre Anmeldung' })).toBeVisible();
    await expectAccessible(guest);
    await guest.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await expect(guest.getByText('Angemeldet – Ihr Platz ist reserviert')).toBeVisible();
    await expect(guest.getByRole('img', { name: /QR-Code für den Einlass/ })).toBeVisible();
    await expectAccessible(guest);
    await expectNoSideways(guest);

    // The confirmation carries a valid .ics.
    await expect
      .poll(async () =>
        (await outbox(admin.page)).some(
          (m) =>
            m.to === 'greta@streetwork.example' && m.subject === `Anmeldebestätigung: ${title}`,
        ),
      )
      .toBe(true);
    const confirmation = (await outbox(admin.page)).find(
      (m) => m.to === 'greta@streetwork.example' && m.subject === `Anmeldebestätigung: ${title}`,
    )!;
    const ics = confirmation.attachments.find((a) => a.filename === 'termin.ics')!;
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics.content)).getFirstSubcomponent('vevent')!,
    );
    expect(event.summary).toBe(title);
    expect(event.startDate.toJSDate().getTime()).toBe(start.getTime());
    expect(event.location).toBe('Dresden, Landespräventionsrat');

    // The day has come: the organiser moves the session to now.
    await coordinator.page.goto(`/fortbildung/${offerId}`);
    await coordinator.page.getByRole('button', { name: 'Termin ändern' }).click();
    const now = new Date(Date.now() - 30 * 60_000);
    await coordinator.page.getByLabel('Beginn', { exact: true }).fill(localInput(now));
    await coordinator.page
      .getByLabel('Ende', { exact: true })
      .fill(localInput(new Date(now.getTime() + 4 * 3_600_000)));
    await coordinator.page.getByRole('button', { name: 'Änderung speichern' }).click();
    await expect(coordinator.page.getByRole('button', { name: 'Termin ändern' })).toBeVisible();

    // Check-in on a phone: the guest by name, the member by code.
    const memberCode = await member.page.evaluate(async () => {
      const res = await fetch('/api/training/registrations/mine');
      const body = (await res.json()) as {
        items: Array<{ checkInCode: string; offer: { id: string } }>;
      };
      return body.items;
    });
    const code = memberCode.find((r) => r.offer.id === offerId)!.checkInCode;
    await coordinator.page.setViewportSize(PHONE);
    await coordinator.page
      .getByRole('link', { name: 'Einlass, Teilnahmeliste und Bescheinigungen' })
      .click();
    await expect(
      coordinator.page.getByRole('heading', { level: 1, name: 'Einlass' }),
    ).toBeVisible();
    await expect(coordinator.page.getByText('0 von 2 eingecheckt')).toBeVisible();
    await expectAccessible(coordinator.page);
    await expectNoSideways(coordinator.page);
    await coordinator.page.getByLabel('Nach Namen suchen', { exact: true }).fill('greta');
    await coordinator.page.getByRole('button', { name: 'Greta Gast einchecken' }).click();
    await expect(coordinator.page.getByText('Greta Gast ist eingecheckt.')).toBeVisible();
    // The connection drops: the check-in is kept on the phone and sent when it returns.
    await coordinator.context.setOffline(true);
    await coordinator.page
      .getByLabel('Code von der Anmeldung', { exact: true })
      .fill(code.toLowerCase());
    await coordinator.page.getByRole('button', { name: 'Einchecken', exact: true }).click();
    await expect(coordinator.page.getByText(/ist vorgemerkt und wird übertragen/)).toBeVisible();
    await expect(coordinator.page.getByText(/1 Check-in wartet auf Verbindung/)).toBeVisible();
    await coordinator.context.setOffline(false);
    await expect(coordinator.page.getByText(/1 Check-in wartet auf Verbindung/)).toBeHidden();
    await expect(coordinator.page.getByText('2 von 2 eingecheckt')).toBeVisible();
    await expectAccessible(coordinator.page);
    await coordinator.page.setViewportSize(DESKTOP);
    await expectAccessible(coordinator.page);

    // Certificates for both, one verified on the public page.
    await coordinator.page.getByRole('button', { name: 'Bescheinigungen ausstellen' }).click();
    await expect(
      coordinator.page.getByText('2 neue Bescheinigungen ausgestellt (2 Anwesende).'),
    ).toBeVisible();
    await guest.setViewportSize(DESKTOP);
    await guest.reload();
    const certificateLink = guest.getByRole('link', {
      name: /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/,
    });
    await expect(certificateLink).toBeVisible();
    await expectAccessible(guest);
    const certificateCode = await certificateLink.innerText();
    const verifier = await guestContext.newPage();
    await verifier.goto(`/nachweis/${certificateCode}`);
    await expect(verifier.getByText('Diese Bescheinigung ist echt.')).toBeVisible();
    await expect(verifier.getByText('Greta Gast')).toBeVisible();
    await expect(verifier.getByText(title)).toBeVisible();
    await expectAccessible(verifier);
    await verifier.goto('/nachweis/AAAA-BBBB-CCCC');
    await expect(
      verifier.getByText('Zu diesem Code gibt es keine Bescheinigung.', { exact: false }),
    ).toBeVisible();

    // Feedback, answered by the guest and shown with suppression.
    await expect(guest.getByRole('heading', { name: 'Ihre Rückmeldung' })).toBeVisible();
    for (const question of [
      'Wie zufrieden waren Sie insgesamt?',
      'Wie nützlich ist das Gelernte für Ihre Arbeit?',
      'Wie gut war die Veranstaltung organisiert?',
      'Wie gut war die Referentin / der Referent?',
    ]) {
      await guest
        .getByRole('radiogroup', { name: question })
        .getByText('5', { exact: true })
        .click();
    }
    await guest.getByRole('button', { name: 'Rückmeldung senden' }).click();
    await expect(guest.getByText('Vielen Dank für Ihre Rückmeldung!')).toBeVisible();
    await coordinator.page.goto(`/fortbildung/${offerId}`);
    await expect(coordinator.page.getByText('1 Rückmeldung')).toBeVisible();
    await expect(
      coordinator.page.getByText(/Ergebnisse werden erst ab 10 Rückmeldungen gezeigt/),
    ).toBeVisible();
    await expectAccessible(coordinator.page);
    // The first answer froze the questionnaire.
    await coordinator.page.getByRole('link', { name: 'Rückmeldebogen bearbeiten' }).click();
    await expect(coordinator.page.getByText(/lässt sich nicht mehr ändern/)).toBeVisible();
    await expectAccessible(coordinator.page);
    await expect(
      coordinator.page.getByRole('button', { name: 'Rückmeldebogen speichern' }),
    ).toHaveCount(0);

    // Figures on the programme dashboard.
    await coordinator.page.goto('/programm');
    const figures = coordinator.page.getByRole('table', { name: 'Nach Angebot', exact: true });
    await expect(figures.getByRole('row', { name: new RegExp(title) })).toContainText('2');
    await expect(
      coordinator.page.getByRole('table', { name: 'Nach Handlungsfeld', exact: true }),
    ).toContainText('Sachbeschädigung/Graffiti');
  });

  test('the degree course page, public, at phone and desktop size', async ({ browser }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    people.push({ context });
    const page = await context.newPage();
    await page.goto('/fortbildung');
    await page
      .getByRole('link', { name: 'Studiengang Präventionsmanagement', exact: true })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Studiengang Präventionsmanagement' }),
    ).toBeVisible();
    for (const heading of ['Abschlüsse', 'Berufsbegleitend', 'Zulassung', 'Kontakt'])
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(page.getByText(/Bachelor of Arts \(B\.A\.\)/)).toBeVisible();
    // Its dates are the catalogue's offers of the type "Studiengang".
    await expect(
      page.getByRole('link', { name: 'Infoabend Studiengang Präventionsmanagement (B.A./M.A.)' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Graffitiprävention in der Kommune' })).toHaveCount(
      0,
    );
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await expectAccessible(page);
    await expectNoSideways(page);
  });
});
