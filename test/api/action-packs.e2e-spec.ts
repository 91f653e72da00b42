import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import { auditTrail } from '../support/audit-trail.js';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface PackMessage {
  templateId: string;
  kind: string;
  name: string;
  subject: string | null;
  body: string;
  characterCount: number;
  lengthLimit: number | null;
  overLimit: boolean;
  missing: string[];
}
interface Pack {
  iso3: string;
  countryName: string;
  language: string;
  values: Record<string, string | null>;
  messages: PackMessage[];
}

/** The text of a .docx: the words of its main document part, read by an independent unzip. */
function docxText(buffer: Buffer): string {
  const files = unzipSync(new Uint8Array(buffer));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('The file has no word/document.xml: it is not a Word document');
  return [...strFromU8(xml).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
}

const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('message templates and country action packs', () => {
  let t: TestApp;
  let c: Coalition;
  let colombia: string;
  let parties: number;

  const as = (actor: Actor): Record<string, string> => c.headers(actor);
  const create = (actor: Actor, body: Record<string, unknown>): request.Test => request(t.http).post('/api/message-templates').set(as(actor)).send(body);
  const pack = (actor: Actor, iso3: string, lang?: string): request.Test =>
    request(t.http)
      .get(`/api/countries/${iso3}/action-pack`)
      .query(lang ? { lang } : {})
      .set(as(actor));

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_MAP_URL: 'https://map.example.org/op-icescr' });
    c = await setUpCoalition(t);
    [{ id: colombia }] = await t.dataSource.query<Array<{ id: string }>>("SELECT id FROM countries WHERE iso3 = 'COL'");
    await t.dataSource.query(
      "UPDATE countries SET op_status = 'none', op_signed_at = NULL, op_ratified_at = NULL, government_handle = '@CancilleriaCol' WHERE id = $1",
      [colombia],
    );
    await t.dataSource.query('INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2)', [c.ids.orgA, colombia]);
    await t.dataSource.query('INSERT INTO country_focal_points (country_id, organization_id) VALUES ($1, $2), ($1, $3)', [colombia, c.ids.orgA, c.ids.orgB]);
    await request(t.http)
      .post('/api/authorities')
      .set(as('coordinator'))
      .send({ countryId: colombia, institution: 'foreign_affairs', postTitle: 'Ministerio de Relaciones Exteriores', holderName: 'Lucía Restrepo' })
      .expect(201);
    [{ n: parties }] = await t.dataSource.query<Array<{ n: number }>>("SELECT count(*)::int AS n FROM countries WHERE op_status IN ('ratified', 'acceded')");
    await create('coordinator', {
      kind: 'letter',
      language: 'es',
      name: 'Carta a Cancillería',
      subject: 'Ratificación del Protocolo Facultativo por {country}',
      body: 'Señor/a {ministryHolder}, {ministry}:\n{country} {opStatus} el Protocolo Facultativo; ya son {partiesCount} Estados parte.\nFirman: {focalPoints}.',
      position: 1,
    }).expect(201);
    await create('coordinator', {
      kind: 'social_post',
      language: 'es',
      name: 'Mensaje corto',
      body: '{countryHandle}: {partiesCount} Estados ya son parte del #OPICESCR. ¿Y {country}? {mapUrl}',
      position: 2,
    }).expect(201);
    await create('coordinator', {
      kind: 'social_post',
      language: 'es',
      name: 'Mensaje largo',
      body: `{country} ${'debe ratificar '.repeat(25)}`,
      position: 3,
    }).expect(201);
    await create('coordinator', {
      kind: 'email',
      language: 'en',
      name: 'English e-mail',
      subject: 'OP-ICESCR',
      body: 'Dear {ministryHolder}, {country}…',
    }).expect(201);
  });
  afterAll(() => t.close());

  describe('templates', () => {
    it('refuses an unknown placeholder with a 400 naming it, and stores nothing', async () => {
      const [{ n: before }] = await t.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM message_templates');
      const response = await create('coordinator', { kind: 'letter', language: 'en', name: 'Bad', body: 'Dear {minister}, {country} should ratify.' }).expect(
        400,
      );
      expect(response.body.message).toContain('{minister}');
      expect(response.body.field ?? JSON.stringify(response.body)).toContain('body');
      const inSubject = await create('coordinator', { kind: 'letter', language: 'en', name: 'Bad', subject: 'To {goverment}', body: '{country}' }).expect(400);
      expect(inSubject.body.message).toContain('{goverment}');
      const [{ n: after }] = await t.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM message_templates');
      expect(after).toBe(before);
    });

    it('refuses an unknown kind or language, naming the field', async () => {
      const kind = await create('coordinator', { kind: 'fax', language: 'en', name: 'x', body: 'x' }).expect(400);
      expect(JSON.stringify(kind.body)).toContain('kind');
      const language = await create('coordinator', { kind: 'letter', language: 'de', name: 'x', body: 'x' }).expect(400);
      expect(JSON.stringify(language.body)).toContain('language');
    });

    it('refuses an unknown placeholder on update too, and takes the record back as GET returned it', async () => {
      const made = (await create('coordinator', { kind: 'email', language: 'fr', name: 'Courriel', body: 'Madame, Monsieur, {country}' }).expect(201)).body as {
        id: string;
        placeholders: string[];
      };
      expect(made.placeholders).toEqual(['country']);
      const shown = await request(t.http).get(`/api/message-templates/${made.id}`).set(as('coordinator')).expect(200);
      const refused = await request(t.http)
        .put(`/api/message-templates/${made.id}`)
        .set(as('coordinator'))
        .send({ ...shown.body, body: '{pays}' })
        .expect(400);
      expect(refused.body.message).toContain('{pays}');
      const saved = await request(t.http)
        .put(`/api/message-templates/${made.id}`)
        .set(as('coordinator'))
        .send({ ...shown.body, name: 'Courriel au ministère' })
        .expect(200);
      expect(saved.body.name).toBe('Courriel au ministère');
      const nulled = await request(t.http).put(`/api/message-templates/${made.id}`).set(as('coordinator')).send({ body: null }).expect(400);
      expect(JSON.stringify(nulled.body)).toContain('body');
      const trail = await auditTrail(t.http, ['Authorization', as('coordinator').Authorization], made.id);
      expect(trail.map((entry) => entry.action)).toEqual(['create', 'update']);
      await request(t.http).delete(`/api/message-templates/${made.id}`).set(as('coordinator')).expect(200);
    });

    it('are the secretariat’s: steering reads them, members do not', async () => {
      await request(t.http).get('/api/message-templates').set(as('steering')).expect(200);
      await create('steering', { kind: 'letter', language: 'en', name: 'x', body: 'x' }).expect(403);
      await request(t.http).get('/api/message-templates').set(as('memberA')).expect(403);
      await request(t.http).get('/api/message-templates').expect(401);
    });
  });

  describe('the action pack', () => {
    it('fills every template of the language in from the live records', async () => {
      const body = (await pack('coordinator', 'col', 'es').expect(200)).body as Pack;
      expect(body).toMatchObject({ iso3: 'COL', countryName: 'Colombia', language: 'es' });
      expect(body.messages.map((message) => message.name)).toEqual(['Carta a Cancillería', 'Mensaje corto', 'Mensaje largo']);
      const [letter, post] = body.messages;
      expect(letter.subject).toBe('Ratificación del Protocolo Facultativo por Colombia');
      expect(letter.body).toContain('Señor/a Lucía Restrepo, Ministerio de Relaciones Exteriores:');
      expect(letter.body).toContain(`Colombia no ha firmado el Protocolo Facultativo; ya son ${parties} Estados parte.`);
      expect(letter.body).toContain('Firman: Alianza por la Vivienda (A) y Food First Network (B).');
      expect(post.body).toBe(`@CancilleriaCol: ${parties} Estados ya son parte del #OPICESCR. ¿Y Colombia? https://map.example.org/op-icescr`);
      expect(post).toMatchObject({ lengthLimit: 280, overLimit: false });
    });

    it('counts the parties from the countries as they are now', async () => {
      await t.dataSource.query("UPDATE countries SET op_status = 'acceded', op_ratified_at = '2026-11-02' WHERE id = $1", [colombia]);
      const body = (await pack('coordinator', 'COL', 'es').expect(200)).body as Pack;
      expect(body.values.partiesCount).toBe(String(parties + 1));
      expect(body.values.ratifiedSince).toBe('2 de noviembre de 2026');
      expect(body.values.opStatus).toBe('se ha adherido a');
      await t.dataSource.query("UPDATE countries SET op_status = 'none', op_ratified_at = NULL WHERE id = $1", [colombia]);
    });

    it('flags a social post longer than 280 characters once filled in', async () => {
      const body = (await pack('coordinator', 'COL', 'es').expect(200)).body as Pack;
      const long = body.messages.find((message) => message.name === 'Mensaje largo');
      expect(long?.characterCount).toBeGreaterThan(280);
      expect(long).toMatchObject({ overLimit: true, lengthLimit: 280 });
    });

    it('leaves a placeholder without a value as [name] and says which', async () => {
      const [{ id: peru }] = await t.dataSource.query<Array<{ id: string }>>("SELECT id FROM countries WHERE iso3 = 'PER'");
      expect(peru).toBeTruthy();
      const body = (await pack('coordinator', 'PER', 'es').expect(200)).body as Pack;
      const letter = body.messages[0];
      expect(body.values.ministry).toBeNull();
      expect(letter.body).toContain('Señor/a [ministryHolder], [ministry]:');
      expect(letter.missing).toEqual(expect.arrayContaining(['ministry', 'ministryHolder', 'focalPoints']));
    });

    it('refuses an unknown language or a malformed code, naming the field; answers 404 for an unknown country', async () => {
      const lang = await pack('coordinator', 'COL', 'de').expect(400);
      expect(JSON.stringify(lang.body)).toContain('lang');
      const code = await pack('coordinator', 'C0L', 'es').expect(400);
      expect(JSON.stringify(code.body)).toContain('iso3');
      await pack('coordinator', 'XYZ', 'es').expect(404);
    });

    it('is read by members for their organization’s countries only, and by steering', async () => {
      await pack('memberA', 'COL', 'es').expect(200);
      await pack('memberB', 'COL', 'es').expect(403);
      await pack('steering', 'COL', 'es').expect(200);
      await pack('anonymous', 'COL', 'es').expect(401);
    });

    it('downloads as a Word document holding the filled-in messages', async () => {
      const response = await request(t.http)
        .get('/api/countries/COL/action-pack.docx')
        .query({ lang: 'es' })
        .set(as('coordinator'))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(response.headers['content-disposition']).toContain('action-pack-col-es.docx');
      const text = docxText(response.body as Buffer);
      expect(text).toContain('Paquete de acción — Colombia');
      expect(text).toContain('Ratificación del Protocolo Facultativo por Colombia');
      expect(text).toContain(`ya son ${parties} Estados parte`);
      expect(text).toContain('Ministerio de Relaciones Exteriores');
      expect(text).toContain('Demasiado largo para redes sociales');
      await request(t.http).get('/api/countries/COL/action-pack.docx').query({ lang: 'es' }).set(as('memberB')).expect(403);
    });
  });
});
