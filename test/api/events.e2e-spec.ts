import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ical, { type VEvent } from 'node-ical';
import request from 'supertest';
import { auditTrail, changesOf } from '../support/audit-trail.js';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface EventBody {
  id: string;
  title: string;
  status: string;
  countryId: string | null;
  organizerIds: string[];
  proposedByOrganizationId: string | null;
  startsAt: string;
  endsAt: string;
}

const summaryOf = (event: VEvent | undefined): string => {
  const summary = event?.summary;
  return typeof summary === 'string' ? summary : (summary?.val ?? '');
};

/** The VEVENTs of an iCalendar text, parsed by an independent parser. */
function eventsOf(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');
}

describe('events', () => {
  let t: TestApp;
  let c: Coalition;
  let colombia: string;
  let kenya: string;
  let plannedInKenya: EventBody;

  const as = (actor: Actor): Record<string, string> => c.headers(actor);
  const propose = (actor: Actor, body: object): request.Test =>
    request(t.http)
      .post('/api/events')
      .set(as(actor))
      .send({
        title: 'National dialogue on the OP-ICESCR',
        type: 'national_event',
        startsAt: '2026-12-10T09:00:00-05:00',
        endsAt: '2026-12-10T13:00:00-05:00',
        timeZone: 'America/Bogota',
        ...body,
      });
  const feedText = async (query: string, headers: Record<string, string> = {}): Promise<string> => {
    const response = await request(t.http).get(`/api/events/calendar.ics${query}`).set(headers).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    return response.text;
  };
  const tokenOf = async (actor: Actor): Promise<string> => {
    const me = await request(t.http).get('/api/auth/me').set(as(actor)).expect(200);
    return (me.body as { calendarToken: string }).calendarToken;
  };

  beforeAll(async () => {
    t = await startTestApp();
    c = await setUpCoalition(t);
    const rows = await t.dataSource.query<Array<{ id: string; iso3: string }>>("SELECT id, iso3 FROM countries WHERE iso3 IN ('COL', 'KEN')");
    colombia = rows.find((row) => row.iso3 === 'COL')?.id ?? '';
    kenya = rows.find((row) => row.iso3 === 'KEN')?.id ?? '';
    // Organization A works in Colombia, B in Kenya.
    await t.dataSource.query('INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2), ($3, $4)', [
      c.ids.orgA,
      colombia,
      c.ids.orgB,
      kenya,
    ]);
    plannedInKenya = (
      await propose('coordinator', {
        title: 'Human Rights Council side event',
        type: 'intergovernmental_session',
        countryId: kenya,
        startsAt: '2026-06-18T13:00:00+03:00',
        endsAt: '2026-06-18T14:30:00+03:00',
        timeZone: 'Africa/Nairobi',
        organizerIds: [c.ids.orgB],
      }).expect(201)
    ).body as EventBody;
  });
  afterAll(() => t.close());

  it('refuses anonymous callers with 401 on every route', async () => {
    await request(t.http).get('/api/events').expect(401);
    await request(t.http).get(`/api/events/${plannedInKenya.id}`).expect(401);
    await request(t.http).get('/api/events/calendar.ics').expect(401);
    await propose('anonymous', {}).expect(401);
    await request(t.http).put(`/api/events/${plannedInKenya.id}`).send({ title: 'x' }).expect(401);
    await request(t.http).delete(`/api/events/${plannedInKenya.id}`).expect(401);
  });

  it('creates the secretariat’s events as planned', () => {
    expect(plannedInKenya).toMatchObject({ status: 'planned', countryId: kenya, organizerIds: [c.ids.orgB], proposedByOrganizationId: null });
    expect(plannedInKenya.startsAt).toBe('2026-06-18T10:00:00.000Z');
  });

  it('lets a member propose an event for a country its organization works in, organized by its organization', async () => {
    const response = await propose('memberA', {
      countryId: colombia,
      governmentAuthorityPresent: true,
      governmentAuthority: 'Vice-minister of Foreign Affairs',
    }).expect(201);
    expect(response.body).toMatchObject({
      status: 'proposed',
      countryId: colombia,
      proposedByOrganizationId: c.ids.orgA,
      organizerIds: [c.ids.orgA],
      governmentAuthorityPresent: true,
      governmentAuthority: 'Vice-minister of Foreign Affairs',
    });
  });

  it('refuses a member proposing an event for a country its organization does not work in, naming countryId', async () => {
    const response = await propose('memberA', { countryId: kenya }).expect(403);
    expect(response.body.field).toBe('countryId');
    const without = await propose('memberA', {}).expect(400);
    expect(without.body.field).toBe('countryId');
  });

  it('refuses a member publishing an event or granting itself support', async () => {
    expect((await propose('memberA', { countryId: colombia, isPublic: true }).expect(403)).body.field).toBe('isPublic');
    expect((await propose('memberA', { countryId: colombia, supportGiven: ['materials'] }).expect(403)).body.field).toBe('supportGiven');
  });

  it('refuses bad input naming the field', async () => {
    const namesField = (field: string): unknown => expect.arrayContaining([expect.stringMatching(new RegExp(`^${field} `))]);
    expect((await propose('coordinator', { type: 'party' }).expect(400)).body.message).toEqual(namesField('type'));
    expect((await propose('coordinator', { endsAt: '2026-12-10T08:00:00-05:00' }).expect(400)).body.field).toBe('endsAt');
    expect((await propose('coordinator', { timeZone: 'Mars/Olympus' }).expect(400)).body.field).toBe('timeZone');
    expect((await propose('coordinator', { startsAt: '2026-12-10 09:00' }).expect(400)).body.message).toEqual(namesField('startsAt'));
  });

  it('refuses a member or the steering committee confirming, changing or deleting an event', async () => {
    for (const actor of ['memberA', 'memberB', 'steering'] as const) {
      await request(t.http).put(`/api/events/${plannedInKenya.id}`).set(as(actor)).send({ status: 'held', outcomeReport: 'x' }).expect(403);
      await request(t.http).delete(`/api/events/${plannedInKenya.id}`).set(as(actor)).expect(403);
    }
    await propose('steering', { countryId: colombia }).expect(403);
  });

  it('lets the steering committee read every event', async () => {
    const list = await request(t.http).get('/api/events?filter={"type":"national_event"}').set(as('steering')).expect(200);
    expect((list.body as EventBody[]).length).toBeGreaterThan(0);
    await request(t.http).get(`/api/events/${plannedInKenya.id}`).set(as('steering')).expect(200);
  });

  it('lets the coordinator confirm a proposal, and mark it held only with its outcome report', async () => {
    const proposal = (await propose('memberA', { countryId: colombia, title: 'Round table with parliamentarians' }).expect(201)).body as EventBody;
    const confirmed = await request(t.http).put(`/api/events/${proposal.id}`).set(as('coordinator')).send({ status: 'planned' }).expect(200);
    expect(confirmed.body.status).toBe('planned');
    const noReport = await request(t.http).put(`/api/events/${proposal.id}`).set(as('coordinator')).send({ status: 'held' }).expect(400);
    expect(noReport.body.field).toBe('outcomeReport');
    const held = await request(t.http)
      .put(`/api/events/${proposal.id}`)
      .set(as('coordinator'))
      .send({ status: 'held', outcomeReport: 'The ministry promised a legal opinion on ratification.', attendance: 42 })
      .expect(200);
    expect(held.body).toMatchObject({ status: 'held', attendance: 42 });
    const back = await request(t.http).put(`/api/events/${proposal.id}`).set(as('coordinator')).send({ status: 'proposed' }).expect(400);
    expect(back.body.field).toBe('status');
    const trail = await auditTrail(t.http, ['Authorization', as('coordinator').Authorization], proposal.id);
    expect(changesOf(trail, 'status').map((change) => change.after)).toEqual(['proposed', 'planned', 'held']);
  });

  it('lets the coordinator decline a proposal only with a reason', async () => {
    const proposal = (await propose('memberA', { countryId: colombia, title: 'Press conference' }).expect(201)).body as EventBody;
    const noReason = await request(t.http).put(`/api/events/${proposal.id}`).set(as('coordinator')).send({ status: 'cancelled' }).expect(400);
    expect(noReason.body.field).toBe('cancellationReason');
    await request(t.http)
      .put(`/api/events/${proposal.id}`)
      .set(as('coordinator'))
      .send({ status: 'cancelled', cancellationReason: 'Same day as the national dialogue; join it instead.' })
      .expect(200);
  });

  it('audits a change of organizers', async () => {
    await request(t.http)
      .put(`/api/events/${plannedInKenya.id}`)
      .set(as('coordinator'))
      .send({ organizerIds: [c.ids.orgB, c.ids.orgA] })
      .expect(200);
    const trail = await auditTrail(t.http, ['Authorization', as('coordinator').Authorization], plannedInKenya.id);
    expect(changesOf(trail, 'organizerIds').at(-1)?.after).toEqual([c.ids.orgA, c.ids.orgB].sort());
    await request(t.http)
      .put(`/api/events/${plannedInKenya.id}`)
      .set(as('coordinator'))
      .send({ organizerIds: [c.ids.orgB] })
      .expect(200);
  });

  it('shows a member its organization’s events and the public ones, and hides the others', async () => {
    const seenByB = (await request(t.http).get('/api/events?range=[0,999]').set(as('memberB')).expect(200)).body as EventBody[];
    const ids = seenByB.map((event) => event.id);
    expect(ids).toContain(plannedInKenya.id);
    expect(seenByB.every((event) => event.proposedByOrganizationId !== c.ids.orgA)).toBe(true);
    const seenByA = (await request(t.http).get('/api/events?range=[0,999]').set(as('memberA')).expect(200)).body as EventBody[];
    expect(seenByA.map((event) => event.id)).not.toContain(plannedInKenya.id);
    await request(t.http).get(`/api/events/${plannedInKenya.id}`).set(as('memberA')).expect(404);
    // Campaign days are public: every member sees them.
    const campaignDays = await request(t.http).get('/api/events?filter={"type":"campaign_day"}').set(as('memberA')).expect(200);
    expect((campaignDays.body as EventBody[]).map((event) => event.title)).toContain('Human Rights Day and anniversary of the adoption of the OP-ICESCR');
  });

  it('serves an iCalendar feed with the right instants across two time zones', async () => {
    const text = await feedText('', as('coordinator'));
    const events = eventsOf(text);
    const nairobi = events.find((event) => event.uid === `${plannedInKenya.id}@coalition-crm`);
    expect(nairobi?.start.toISOString()).toBe('2026-06-18T10:00:00.000Z');
    expect(nairobi?.end?.toISOString()).toBe('2026-06-18T11:30:00.000Z');
    const bogota = events.find((event) => summaryOf(event) === 'National dialogue on the OP-ICESCR');
    expect(bogota?.start.toISOString()).toBe('2026-12-10T14:00:00.000Z');
    expect(bogota?.end?.toISOString()).toBe('2026-12-10T18:00:00.000Z');
    const humanRightsDay = events.find((event) => summaryOf(event).startsWith('Human Rights Day') && event.start.getFullYear() === 2026);
    expect(humanRightsDay?.datetype).toBe('date');
  });

  it('filters the feed by country, region and type', async () => {
    const kenyan = eventsOf(await feedText(`?countryId=${kenya}`, as('coordinator')));
    expect(kenyan.map((event) => event.uid)).toEqual([`${plannedInKenya.id}@coalition-crm`]);
    const african = eventsOf(await feedText('?region=Africa', as('coordinator')));
    expect(african.map((event) => event.uid)).toContain(`${plannedInKenya.id}@coalition-crm`);
    expect(african.every((event) => !summaryOf(event).startsWith('National dialogue'))).toBe(true);
    const days = eventsOf(await feedText('?type=campaign_day', as('coordinator')));
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((event) => event.datetype === 'date')).toBe(true);
    await request(t.http).get('/api/events/calendar.ics?type=party').set(as('coordinator')).expect(400);
  });

  it('answers a personal feed token with the member’s own feed, without another organization’s private events', async () => {
    const token = await tokenOf('memberA');
    const events = eventsOf(await feedText(`?token=${token}`));
    const uids = events.map((event) => event.uid);
    expect(uids).not.toContain(`${plannedInKenya.id}@coalition-crm`);
    expect(events.some((event) => summaryOf(event) === 'National dialogue on the OP-ICESCR')).toBe(true);
  });

  it('refuses the feed token on every other route', async () => {
    const token = await tokenOf('memberA');
    await request(t.http).get(`/api/events?token=${token}`).expect(401);
    await request(t.http).get(`/api/auth/me?token=${token}`).expect(401);
    await request(t.http).get(`/api/me/organization?token=${token}`).expect(401);
    await request(t.http).get(`/api/countries?token=${token}`).expect(401);
  });

  it('refuses a revoked feed token with 401', async () => {
    const old = await tokenOf('memberB');
    const renewed = await request(t.http).post('/api/auth/calendar-token').set(as('memberB')).expect(200);
    expect(renewed.body.calendarToken).not.toBe(old);
    await request(t.http).get(`/api/events/calendar.ics?token=${old}`).expect(401);
    await feedText(`?token=${renewed.body.calendarToken as string}`);
    expect(await tokenOf('memberB')).toBe(renewed.body.calendarToken);
  });
});
