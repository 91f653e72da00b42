import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** An input by its label, which a required input follows with an asterisk. */
const labelled = (text: string): RegExp => new RegExp(`^${text}\\s*\\*?$`);

/** MUI notifications fade in for 225 ms; a screenshot taken earlier shows them half transparent. */
const settle = (page: Page): Promise<void> => page.waitForTimeout(400);

/**
 * A Spanish- or French-speaking coordinator reads the server's refusals in
 * their language, with the form's own labels, and the audit trail with its
 * values translated and its records named: never an id.
 */
describe('server messages and the audit trail in the reader’s language', () => {
  let s: BrowserSession;
  let page: Page;
  let auth: [string, string];
  let organizationId: string;
  let kenyaId: string;
  /** Kenya's name in each language, as the reference data has it. */
  let kenyaIn: Record<'es' | 'fr', string>;

  const open = (path: string, locale: 'en' | 'es' | 'fr'): Promise<void> => s.openAs(s.t.users.coordinator.email, path, locale, page);

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '10000', LOGIN_LIMIT_PER_EMAIL: '10000' });
    page = s.page;
    auth = ['Authorization', `Bearer ${await s.t.tokenFor('coordinator')}`];
    await request(s.t.http)
      .post('/api/people')
      .set(...auth)
      .send({ firstName: 'Diego', lastName: 'Torres Mamani', email: 'diego@example.org' })
      .expect(201);
    const [kenya] = await s.t.dataSource.query<Array<{ id: string; name: string; nameEs: string | null; nameFr: string | null }>>(
      `SELECT id, name, name_es AS "nameEs", name_fr AS "nameFr" FROM countries WHERE iso3 = 'KEN'`,
    );
    kenyaId = kenya.id;
    kenyaIn = { es: kenya.nameEs ?? kenya.name, fr: kenya.nameFr ?? kenya.name };
    await request(s.t.http)
      .put(`/api/countries/${kenyaId}`)
      .set(...auth)
      .send({ opStatus: 'signed', opSignedAt: '2015-03-01', source: 'https://treaties.un.org' })
      .expect(200);
    // A change the audit trail records: a status, a reference to a country, the list of languages.
    const created = await request(s.t.http)
      .post('/api/organizations')
      .set(...auth)
      .send({ name: 'Red de Vivienda Digna', type: 'ngo', membershipStatus: 'active', languages: ['es'] })
      .expect(201);
    organizationId = created.body.id as string;
    await request(s.t.http)
      .post('/api/working-groups')
      .set(...auth)
      .send({ name: 'Right to food' })
      .expect(201);
    await request(s.t.http)
      .put(`/api/organizations/${organizationId}`)
      .set(...auth)
      .send({ ...created.body, membershipStatus: 'suspended', headquartersCountryId: kenyaId, languages: ['es', 'fr'] })
      .expect(200);
  });
  afterAll(async () => {
    await s.close();
  });

  it.each([
    ['es', 'Nombre', 'Apellidos', 'Correo electrónico', 'Guardar', 'Diego Torres Mamani ya tiene la dirección de correo diego@example.org.'],
    ['fr', 'Prénom', 'Nom', 'E-mail', 'Enregistrer', 'Diego Torres Mamani a déjà l’adresse e-mail diego@example.org.'],
  ] as const)('words a duplicate e-mail in %s, in the notification and under the field', async (locale, first, last, email, save, message) => {
    await open('/people/create', locale);
    await page.getByLabel(labelled(first)).fill('Diego');
    await page.getByLabel(labelled(last)).fill('Torres');
    await page.getByLabel(labelled(email)).first().fill('diego@example.org');
    await page.getByRole('button', { name: save }).click();
    await page.getByRole('alert').filter({ hasText: message }).first().waitFor();
    await settle(page);
    await s.shot(`translated-errors-duplicate-email-${locale}`);
    expect(await page.locator('body').innerText()).not.toContain('already has the e-mail');
  });

  it.each([
    ['es', 'Nombre', 'Guardar', 'Ya existe un grupo de trabajo llamado «Right to food».'],
    ['fr', 'Nom', 'Enregistrer', 'Un groupe de travail nommé « Right to food » existe déjà.'],
  ] as const)('words a working group name already taken in %s', async (locale, name, save, message) => {
    await open('/working-groups/create', locale);
    await page.getByLabel(labelled(name)).fill('right to FOOD');
    await page.getByRole('button', { name: save }).click();
    await page.getByRole('alert').filter({ hasText: message }).first().waitFor();
    await settle(page);
    await s.shot(`translated-errors-working-group-${locale}`);
    expect(await page.locator('body').innerText()).not.toContain('already exists');
  });

  it.each([
    ['es', 'Ratificación', 'Fuente del cambio', 'Guardar', '«Ratificación» debe quedar vacío mientras el estado sea «firmado».'],
    ['fr', 'Ratification', 'Source du changement', 'Enregistrer', '« Ratification » doit rester vide tant que le statut est « signé ».'],
  ] as const)('names the field of a refused treaty date in %s by its label', async (locale, ratified, source, save, message) => {
    await open(`/countries/${kenyaId}`, locale);
    await page.getByLabel(labelled(ratified)).fill('2016-05-20');
    await page.getByLabel(labelled(source)).fill('https://treaties.un.org');
    await page.getByRole('button', { name: save }).click();
    await page.getByRole('alert').filter({ hasText: message }).first().waitFor();
    await settle(page);
    await s.shot(`translated-errors-country-date-${locale}`);
    expect(await page.locator('body').innerText()).not.toContain('opRatifiedAt');
  });

  it.each([
    ['es', 'Membresía', 'Activa', 'Suspendida', 'Español', 'Francés'],
    ['fr', 'Adhésion', 'Active', 'Suspendue', 'Espagnol', 'Français'],
  ] as const)(
    'shows an audit entry in %s with translated fields and values and the country by its name in that language, linked',
    async (locale, field, before, after, spanish, french) => {
      const entries = await request(s.t.http)
        .get('/api/audit-entries')
        .query({ filter: JSON.stringify({ entityId: organizationId, action: 'update' }) })
        .set(...auth)
        .expect(200);
      const entryId = (entries.body as Array<{ id: string }>)[0].id;
      await open(`/audit-entries/${entryId}/show`, locale);
      const changes = page.getByTestId('audit-changes');
      const status = changes.getByRole('row', { name: new RegExp(field) });
      await status.getByRole('cell', { name: before, exact: true }).waitFor();
      await status.getByRole('cell', { name: after, exact: true }).waitFor();
      await changes.getByRole('cell', { name: `${spanish}, ${french}`, exact: true }).waitFor();
      const country = changes.getByRole('link', { name: kenyaIn[locale], exact: true });
      await country.waitFor();
      expect(await country.getAttribute('href')).toBe(`#/countries/${kenyaId}/show`);
      // The record the entry is about, by its name too.
      await page.getByRole('link', { name: 'Red de Vivienda Digna' }).first().waitFor();
      await settle(page);
      await s.shot(`translated-errors-audit-${locale}`);
      // Nowhere on the page, the title included.
      expect(await page.locator('body').innerText()).not.toMatch(UUID);
      expect(await changes.innerText()).not.toMatch(/\bsuspended\b|\bactive\b/);
    },
  );

  it('names the record a note is about in its audit entry, linked, instead of "a record"', async () => {
    const note = await request(s.t.http)
      .post('/api/notes')
      .set(...auth)
      .send({ targetType: 'organization', targetId: organizationId, body: 'Met their board in Nairobi.' })
      .expect(201);
    const entries = await request(s.t.http)
      .get('/api/audit-entries')
      .query({ filter: JSON.stringify({ entityId: note.body.id as string, action: 'create' }) })
      .set(...auth)
      .expect(200);
    await open(`/audit-entries/${(entries.body as Array<{ id: string }>)[0].id}/show`, 'es');
    const changes = page.getByTestId('audit-changes');
    const target = changes.getByRole('link', { name: 'Red de Vivienda Digna', exact: true });
    await target.waitFor();
    expect(await target.getAttribute('href')).toBe(`#/organizations/${organizationId}/show`);
    const about = changes.getByRole('row', { name: /^Sobre/ });
    await about.getByRole('link', { name: 'Red de Vivienda Digna', exact: true }).waitFor();
    await changes
      .getByRole('row', { name: /^Tipo de registro/ })
      .getByRole('cell', { name: 'Organización', exact: true })
      .waitFor();
    // Field names and values in Spanish, the record by its name: no "a record", no internal names.
    expect(await changes.innerText()).not.toMatch(/un registro\t|\btarget(Id|Type)\b|\bbody\b|\borganization\b/);
    expect(await page.locator('body').innerText()).not.toMatch(UUID);
  });
});
