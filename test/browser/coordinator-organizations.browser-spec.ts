import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import type { BrowserContext, Page } from 'playwright-core';
import { Affiliation } from '../../api/src/affiliations/affiliation.entity.js';
import { Country } from '../../api/src/countries/country.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import { WorkingGroup } from '../../api/src/working-groups/working-group.entity.js';
import { SCREENSHOTS, startBrowserSession, type BrowserSession } from '../support/browser.js';

const PHONE = { width: 390, height: 844 };

/** Lets transitions finish and scrolls to the top, so the full-page shot is what a person sees. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
}

/** Selects every row of the list on screen. */
async function selectAll(page: Page): Promise<void> {
  await page.locator('thead input[type="checkbox"]').check();
}

/**
 * Scrolls to the end of the page and tells whether the form's last field is
 * above the Save bar (which a phone keeps fixed at the bottom of the screen).
 */
async function lastFieldClearOfSaveBar(page: Page, formSelector: string): Promise<{ fieldBottom: number; toolbarTop: number }> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(300);
  return page.evaluate((selector) => {
    const form = document.querySelector(selector);
    const fields = [...(form?.querySelectorAll('input:not([type="hidden"]), textarea:not([aria-hidden="true"]), [role="combobox"]') ?? [])].filter(
      (field) => (field as HTMLElement).offsetParent !== null,
    );
    const last = fields.at(-1);
    const toolbar = form?.querySelector('[role="toolbar"]');
    if (!last || !toolbar) throw new Error(`No field or no toolbar in ${selector}`);
    return { fieldBottom: last.getBoundingClientRect().bottom, toolbarTop: toolbar.getBoundingClientRect().top };
  }, formSelector);
}

/** Whether the app bar's page title shows whole: nothing of it cut off. */
async function titleShowsWhole(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const title = document.getElementById('react-admin-title');
    if (!title) return false;
    const inner = title.firstElementChild as HTMLElement | null;
    const boxes = [title, ...(inner ? [inner] : [])];
    return boxes.every((box) => box.scrollWidth <= box.clientWidth + 1 && box.scrollHeight <= box.clientHeight + 1);
  });
}

describe("the coordinator's organizations list, bulk actions, dashboard and imports, and the member pages on a phone", () => {
  let s: BrowserSession;
  let worker: INestApplicationContext;
  let landAlliance: Organization;
  let nairobiOffice: Organization;
  let vivienda: Organization;
  let applicant: Organization;
  let wanjiru: Person;
  let landRights: WorkingGroup;

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    worker = await s.t.startWorker();
    const countries = s.t.dataSource.getRepository(Country);
    const kenya = await countries.findOneByOrFail({ iso3: 'KEN' });
    const argentina = await countries.findOneByOrFail({ iso3: 'ARG' });
    const organizations = s.t.dataSource.getRepository(Organization);
    const organization = (name: string, membershipStatus: Organization['membershipStatus'], countryId: string, email: string | null) =>
      organizations.save({ name, type: 'ngo', membershipStatus, headquartersCountryId: countryId, email, rightsFocus: ['land'], languages: ['en'] });
    landAlliance = await organization('Kenya Land Alliance', 'active', kenya.id, 'info@kla.example.org');
    // The same address in other letters: copied once.
    nairobiOffice = await organization('Kenya Land Alliance Nairobi Office', 'active', kenya.id, 'INFO@kla.example.org');
    vivienda = await organization('Red Vivienda Argentina', 'active', argentina.id, 'red@vivienda.example.org');
    applicant = await organization('Colectivo Sin Correo', 'applicant', argentina.id, null);
    wanjiru = await s.t.dataSource.getRepository(Person).save({
      firstName: 'Wanjiru',
      lastName: 'Kamau',
      email: 'wanjiru@kla.example.org',
      otherEmails: [],
      phones: ['+254 20 000 0000'],
      jobTitle: 'Coordinator',
      countryId: kenya.id,
      languages: ['en'],
    });
    await s.t.dataSource
      .getRepository(Affiliation)
      .save({ personId: wanjiru.id, organizationId: landAlliance.id, isPrimaryContact: true, since: '2020-01-01' });
    await s.t.dataSource.getRepository(User).update({ id: s.t.users.member.id }, { personId: wanjiru.id });
    landRights = await s.t.dataSource.getRepository(WorkingGroup).save({ name: 'Land rights' });
    await s.logIn(s.t.users.coordinator.email);
  }, 120_000);
  afterAll(async () => {
    await worker.close();
    await s.close();
  });

  it('shows the primary contact as a link that opens the person, and the region of the headquarters', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/organizations`);
    const row = page.getByRole('row').filter({ hasText: 'Wanjiru Kamau' });
    await row.getByRole('link', { name: 'Wanjiru Kamau' }).waitFor();
    await expect(row.textContent()).resolves.toMatch(/^Kenya Land Alliance.*Africa/);
    await expect(page.getByRole('row', { name: /Red Vivienda Argentina/ }).textContent()).resolves.toContain('Americas');
    await page.getByRole('columnheader', { name: 'Primary contact' }).waitFor();
    await page.getByRole('columnheader', { name: 'Region' }).waitFor();
    await settle(page);
    await s.shot('coordinator-organizations-01-list');
    await row.getByRole('link', { name: 'Wanjiru Kamau' }).click();
    await page.waitForURL(new RegExp(`#/people/${wanjiru.id}/show$`));
  });

  it('names the regions in Spanish and French', async () => {
    const { page } = s;
    for (const [code, language, americas] of [
      ['es', 'Español', 'Américas'],
      ['fr', 'Français', 'Amériques'],
      ['en', 'English', 'Americas'],
    ] as const) {
      await page.goto(`${s.baseUrl}/#/organizations`);
      await page.getByTestId('locale-switcher').click();
      await page.getByRole('menuitem', { name: language }).click();
      await page
        .getByRole('row', { name: /Red Vivienda Argentina/ })
        .filter({ hasText: americas })
        .waitFor();
      if (code !== 'en') await s.shot(`coordinator-organizations-02-list-${code}`);
    }
  });

  it('changes the membership of the selected organizations, listing by name those the rules refuse, with the reason', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/organizations`);
    await page.getByRole('row', { name: /Colectivo Sin Correo/ }).waitFor();
    await selectAll(page);
    await page.getByTestId('bulk-change-status').click();
    const dialog = page.getByRole('dialog', { name: 'Change the membership of 4 organizations' });
    await dialog.getByRole('combobox', { name: 'Membership' }).click();
    await page.getByRole('option', { name: 'Suspended' }).click();
    await settle(page);
    await s.shot('coordinator-organizations-03-bulk-status-dialog');
    await dialog.getByTestId('bulk-confirm').click();
    await dialog.getByTestId('bulk-summary').filter({ hasText: '3 changed, 0 already so, 1 not changed:' }).waitFor();
    await expect(dialog.getByTestId('bulk-refused').textContent()).resolves.toBe(
      'Colectivo Sin CorreoThe membership cannot go from “Applicant” to “Suspended”.',
    );
    await settle(page);
    await s.shot('coordinator-organizations-04-bulk-status-result');
    const statuses = await s.t.dataSource.getRepository(Organization).find({ order: { name: 'ASC' } });
    expect(statuses.map(({ name, membershipStatus }) => [name, membershipStatus])).toEqual([
      ['Colectivo Sin Correo', 'applicant'],
      ['Kenya Land Alliance', 'suspended'],
      ['Kenya Land Alliance Nairobi Office', 'suspended'],
      ['Red Vivienda Argentina', 'suspended'],
    ]);
    const history = await s.t.dataSource.query<Array<{ user_email: string }>>(
      `SELECT user_email FROM audit_entries WHERE entity_id = $1 AND changes -> 'membershipStatus' ->> 'after' = 'suspended'`,
      [vivienda.id],
    );
    expect(history).toEqual([{ user_email: s.t.users.coordinator.email }]);
    await dialog.getByTestId('bulk-close').click();
  });

  it('adds the selected organizations to a working group picked in a dialog', async () => {
    const { page } = s;
    await page.getByTestId('bulk-add-to-group').click();
    const dialog = page.getByRole('dialog', { name: 'Add 4 organizations to a working group' });
    await dialog.getByRole('combobox', { name: 'Working group' }).click();
    await page.getByRole('option', { name: 'Land rights' }).click();
    await dialog.getByTestId('bulk-confirm').click();
    await page.getByText('Done: 4 changed, 0 already so.').waitFor();
    const members: Array<{ organization_id: string }> = await s.t.dataSource.query(
      'SELECT organization_id FROM organization_working_groups WHERE working_group_id = $1',
      [landRights.id],
    );
    expect(members.map((row) => row.organization_id).sort()).toEqual([landAlliance.id, nairobiOffice.id, vivienda.id, applicant.id].sort());
  });

  it('copies the e-mail addresses of the selected organizations, each once, and says how many', async () => {
    const { page } = s;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.baseUrl });
    await page.getByRole('row', { name: /Colectivo Sin Correo/ }).waitFor();
    await selectAll(page);
    await page.getByTestId('bulk-copy-emails').click();
    await page.getByText('2 e-mail addresses copied, each once; 1 of the selected organizations have none').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('info@kla.example.org, red@vivienda.example.org');
    await s.shot('coordinator-organizations-05-copied');
  });

  it('counts on the dashboard each thing waiting for a decision once, under its own name', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/`);
    const awaiting = page.getByTestId('members-awaiting');
    await awaiting.getByTestId('members-count-applicant').filter({ hasText: '1' }).waitFor();
    await expect(awaiting.textContent()).resolves.toMatch(
      /^Application forms sent through the website0Organizations on file as applicants, not yet admitted1$/,
    );
    // The applicant status is not counted a second time among the statuses.
    const card = page.getByTestId('members-card');
    await expect(card.getByTestId('members-count-applicant').count()).resolves.toBe(1);
    await expect(card.locator('[data-status="applicant"]').count()).resolves.toBe(0);
    await card.getByTestId('members-count-suspended').filter({ hasText: '3' }).waitFor();
    await settle(page);
    await s.shot('coordinator-organizations-06-dashboard');
  });

  it('starts the real import from the dry run without choosing the file again', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/imports/create`);
    await page.getByTestId('import-resource-people').check();
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('firstName,lastName,email\nLina,Importada,lina@import.example.org\nSin,,sin@import.example.org\n', 'utf8'),
    });
    await page.getByTestId('import-submit').click();
    await page.getByTestId('dry-run-outcome').waitFor({ timeout: 30_000 });
    const dryRunUrl = page.url();
    await settle(page);
    await s.shot('coordinator-organizations-07-dry-run');
    expect(await s.t.dataSource.query(`SELECT 1 FROM people WHERE email = 'lina@import.example.org'`)).toEqual([]);
    await page.getByTestId('import-kept-file').click();
    await page.waitForURL((url) => url.toString() !== dryRunUrl && /#\/imports\/[0-9a-f-]+\/show$/.test(url.toString()));
    await page.getByText('Completed').first().waitFor({ timeout: 30_000 });
    await settle(page);
    await s.shot('coordinator-organizations-08-imported');
    expect(await s.t.dataSource.query(`SELECT first_name FROM people WHERE email = 'lina@import.example.org'`)).toEqual([{ first_name: 'Lina' }]);
  });

  it("words an import's problems in the reader's language: a refused row in Spanish, a refused file in French", async () => {
    const { page } = s;
    const upload = async (language: string, name: string, csv: string) => {
      await page.goto(`${s.baseUrl}/#/imports/create`);
      await page.getByTestId('locale-switcher').click();
      await page.getByRole('menuitem', { name: language }).click();
      await page.getByTestId('import-resource-people').check();
      await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByTestId('import-submit').click();
    };
    await upload('Español', 'personas.csv', 'firstName,lastName,email,country\nLuz,,luz@import.example.org,KEN\nMar,Soto,mar@,Narnia\n');
    const report = page.getByTestId('import-errors');
    await report.getByRole('row').filter({ hasText: '«Apellidos» es obligatorio.' }).waitFor({ timeout: 30_000 });
    const lines = async () =>
      (await report.locator('tbody tr').all()).map(async (row) => (await row.locator('td').allTextContents()).map((cell) => cell.trim()));
    await expect(Promise.all(await lines())).resolves.toEqual([
      ['2', 'Apellidos (lastName)', '«Apellidos» es obligatorio.'],
      ['3', 'Correo electrónico (email)', '«mar@» no es una dirección de correo electrónico.'],
      ['3', 'País (country)', 'No se conoce ningún país como «Narnia»: use su código ISO (KEN o KE) o su nombre.'],
    ]);
    await settle(page);
    await s.shot('coordinator-organizations-08a-import-errors-es');
    // The downloaded report speaks the same language, its columns named as the file heads them.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-errors-download').click()]);
    expect(readFileSync(await download.path(), 'utf8').split(/\r?\n/)).toEqual([
      '\uFEFFFila,Columna,Problema,Código',
      '2,lastName,«lastName» es obligatorio.,required',
      '3,email,«mar@» no es una dirección de correo electrónico.,not_email',
      '3,country,No se conoce ningún país como «Narnia»: use su código ISO (KEN o KE) o su nombre.,unknown_country',
      '',
    ]);

    await upload('Français', 'personnes.csv', 'firstName,lastName,shoeSize\nAna,Lima,42\n');
    const failure = page.getByTestId('import-failure');
    await failure.waitFor({ timeout: 30_000 });
    await expect(failure.textContent()).resolves.toBe(
      'L’import s’est arrêtéColonnes inconnues : shoeSize. Colonnes acceptées : id, firstName, lastName, email, otherEmails, phones, jobTitle, country, languages, organization, role, isPrimaryContact, since.',
    );
    // It stopped at the header: the progress says so, not that the file is still being read.
    await page.getByText('Arrêté avant la lecture des lignes').waitFor();
    await settle(page);
    await s.shot('coordinator-organizations-08b-import-failure-fr');
    await page.getByTestId('locale-switcher').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });

  describe('on a 390 px phone', () => {
    let phone: BrowserContext;
    let phonePage: Page;

    beforeAll(async () => {
      phone = await s.browser.newContext({ viewport: PHONE, locale: 'en-GB', isMobile: true, hasTouch: true });
      phonePage = await phone.newPage();
      await s.logIn(s.t.users.coordinator.email, phonePage);
    });
    afterAll(() => phone.close());

    it("shows the whole page title and keeps the last field of the staff's organization form clear of the Save bar", async () => {
      await phonePage.goto(`${s.baseUrl}/#/organizations/${nairobiOffice.id}`);
      await phonePage.locator('input[name="name"]').waitFor();
      await settle(phonePage);
      await s.shot('coordinator-organizations-09-phone-organization-edit', phonePage);
      expect(await titleShowsWhole(phonePage)).toBe(true);
      const { fieldBottom, toolbarTop } = await lastFieldClearOfSaveBar(phonePage, 'form');
      await phonePage.screenshot({ path: `${SCREENSHOTS}coordinator-organizations-10-phone-organization-edit-end.png` });
      expect(fieldBottom).toBeLessThanOrEqual(toolbarTop);
    });

    it('fits the organizations list to the width of the phone, with the primary contact', async () => {
      await phonePage.goto(`${s.baseUrl}/#/organizations`);
      await phonePage.getByRole('row').filter({ hasText: 'Kenya Land Alliance' }).getByRole('link', { name: 'Wanjiru Kamau' }).waitFor();
      await settle(phonePage);
      await s.shot('coordinator-organizations-13-phone-list', phonePage);
      await expect(phonePage.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    });

    it("keeps the last field of a member's profile form clear of the Save bar", async () => {
      const member = await s.browser.newContext({ viewport: PHONE, locale: 'en-GB', isMobile: true, hasTouch: true });
      try {
        const memberPage = await member.newPage();
        await s.logIn(s.t.users.member.email, memberPage);
        await memberPage.goto(`${s.baseUrl}/#/my-profile`);
        await memberPage.locator('input[name="firstName"]').waitFor();
        await settle(memberPage);
        await s.shot('coordinator-organizations-11-phone-my-profile', memberPage);
        expect(await titleShowsWhole(memberPage)).toBe(true);
        // The form is followed by the account and mailing-list panels: the bar must not cover those either.
        const { fieldBottom, toolbarTop } = await lastFieldClearOfSaveBar(memberPage, 'form');
        await memberPage.screenshot({ path: `${SCREENSHOTS}coordinator-organizations-12-phone-my-profile-end.png` });
        expect(fieldBottom).toBeLessThanOrEqual(toolbarTop);
        const lastPanel = await memberPage.evaluate(() => {
          const panels = [...document.querySelectorAll('#main-content section')];
          return panels.at(-1)?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY;
        });
        expect(lastPanel).toBeLessThanOrEqual(toolbarTop);
      } finally {
        await member.close();
      }
    });
  });
});
