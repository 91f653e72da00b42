import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { TaskCalendarService } from '../../api/src/tasks/task-calendar.service.js';
import { CALENDAR_SCHEDULER_ID } from '../../api/src/tasks/jobs/generate-calendar-tasks.job.js';
import { QueueName } from '../../api/src/queue/queue-names.js';
import { auditTrail } from '../support/audit-trail.js';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { namedFields } from '../support/named-fields.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ActionBody {
  id: string;
  status: string;
  countryId: string;
  occurredOn: string;
  followUpAt: string | null;
  organizationIds: string[];
  authorityIds: string[];
  recordedByOrganizationId: string | null;
  targets: Array<{ authorityId: string; holderName: string | null }>;
}

interface TaskBody {
  id: string;
  title: string;
  status: string;
  dueOn: string | null;
  origin: string;
  isOverdue: boolean;
  assigneeUserId: string | null;
  assigneeOrganizationId: string | null;
  sourceType: string | null;
  sourceId: string | null;
}

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('lobbying actions and tasks', () => {
  let t: TestApp;
  let c: Coalition;
  let colombia: string;
  let kenya: string;
  let ministry: string;
  let kenyanMinistry: string;
  let letter: ActionBody;

  const as = (actor: Actor): Record<string, string> => c.headers(actor);
  const record = (actor: Actor, body: object): request.Test =>
    request(t.http)
      .post('/api/lobbying-actions')
      .set(as(actor))
      .send({ type: 'meeting', countryId: colombia, occurredOn: day(-10), title: 'Meeting with the ministry', ...body });
  const listActions = async (actor: Actor, filter: object = {}): Promise<ActionBody[]> =>
    (
      await request(t.http)
        .get('/api/lobbying-actions')
        .query({ filter: JSON.stringify(filter), range: '[0,99]' })
        .set(as(actor))
        .expect(200)
    ).body as ActionBody[];
  const tasksOf = async (filter: object): Promise<TaskBody[]> =>
    (
      await request(t.http)
        .get('/api/tasks')
        .query({ filter: JSON.stringify(filter), range: '[0,99]' })
        .set(as('coordinator'))
        .expect(200)
    ).body as TaskBody[];
  const mine = async (actor: Actor): Promise<TaskBody[]> => (await request(t.http).get('/api/tasks/mine').set(as(actor)).expect(200)).body as TaskBody[];

  beforeAll(async () => {
    t = await startTestApp();
    c = await setUpCoalition(t);
    const rows = await t.dataSource.query<Array<{ id: string; iso3: string }>>("SELECT id, iso3 FROM countries WHERE iso3 IN ('COL', 'KEN')");
    colombia = rows.find((row) => row.iso3 === 'COL')?.id ?? '';
    kenya = rows.find((row) => row.iso3 === 'KEN')?.id ?? '';
    await t.dataSource.query('INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2), ($3, $4)', [
      c.ids.orgA,
      colombia,
      c.ids.orgB,
      kenya,
    ]);
    const post = async (countryId: string, holderName: string): Promise<string> =>
      (
        (
          await request(t.http)
            .post('/api/authorities')
            .set(as('coordinator'))
            .send({ countryId, institution: 'foreign_affairs', postTitle: 'Minister of Foreign Affairs', holderName, holderSince: '2024-08-07' })
            .expect(201)
        ).body as { id: string }
      ).id;
    ministry = await post(colombia, 'Luis Gómez');
    kenyanMinistry = await post(kenya, 'Grace Wanjiru');
    letter = (
      await record('coordinator', {
        type: 'letter',
        title: 'Letter asking for ratification',
        occurredOn: day(-40),
        status: 'awaiting_response',
        asks: ['ratify', 'declare_art11'],
        authorityIds: [ministry],
        organizationIds: [c.ids.orgA, c.ids.orgB],
        followUpAt: day(-5),
      }).expect(201)
    ).body as ActionBody;
  });
  afterAll(() => t.close());

  it('refuses anonymous callers on every route', async () => {
    await request(t.http).get('/api/lobbying-actions').expect(401);
    await request(t.http).get(`/api/lobbying-actions/${letter.id}`).expect(401);
    await record('anonymous', {}).expect(401);
    await request(t.http).put(`/api/lobbying-actions/${letter.id}`).send({}).expect(401);
    await request(t.http).delete(`/api/lobbying-actions/${letter.id}`).expect(401);
    await request(t.http).get('/api/tasks').expect(401);
    await request(t.http).get('/api/tasks/mine').expect(401);
  });

  it('records a letter to the ministry co-signed by two organizations, with the holder of the post then', () => {
    expect(letter).toMatchObject({ type: 'letter', status: 'awaiting_response', authorityIds: [ministry], recordedByOrganizationId: null });
    expect([...letter.organizationIds].sort()).toEqual([c.ids.orgA, c.ids.orgB].sort());
    expect(letter.targets).toEqual([expect.objectContaining({ authorityId: ministry, holderName: 'Luis Gómez' })]);
  });

  it('keeps an action with the holder it addressed when the post changes hands', async () => {
    await request(t.http)
      .post(`/api/authorities/${ministry}/holders`)
      .set(as('coordinator'))
      .send({ personName: 'Marta Ruiz', since: day(-1) })
      .expect(201);
    const again = (await request(t.http).get(`/api/lobbying-actions/${letter.id}`).set(as('steering')).expect(200)).body as ActionBody;
    expect(again.targets[0]?.holderName).toBe('Luis Gómez');
    const later = (await record('coordinator', { authorityIds: [ministry], occurredOn: day(0) }).expect(201)).body as ActionBody;
    expect(later.targets[0]?.holderName).toBe('Marta Ruiz');
  });

  it('creates one follow-up task for the author, overdue first in "My tasks"', async () => {
    const tasks = await tasksOf({ sourceId: letter.id });
    expect(tasks).toEqual([
      expect.objectContaining({
        origin: 'follow_up',
        dueOn: day(-5),
        status: 'open',
        isOverdue: true,
        assigneeUserId: t.users.coordinator.id,
        sourceType: 'lobbying_action',
      }),
    ]);
    await request(t.http)
      .post('/api/tasks')
      .set(as('coordinator'))
      .send({ title: 'Draft the December action pack', dueOn: day(20) })
      .expect(201);
    const list = await mine('coordinator');
    expect(list.map((task) => task.title)).toEqual(['Letter asking for ratification', 'Draft the December action pack']);
    expect(list[0]?.isOverdue).toBe(true);
  });

  it('moves the follow-up task when the date changes instead of adding one, and cancels it when the date is removed', async () => {
    const got = (await request(t.http).get(`/api/lobbying-actions/${letter.id}`).set(as('coordinator')).expect(200)).body as ActionBody;
    const [before] = await tasksOf({ sourceId: letter.id });
    await request(t.http)
      .put(`/api/lobbying-actions/${letter.id}`)
      .set(as('coordinator'))
      .send({ ...got, followUpAt: day(14) })
      .expect(200);
    const moved = await tasksOf({ sourceId: letter.id });
    expect(moved).toEqual([expect.objectContaining({ id: before?.id, dueOn: day(14), status: 'open', isOverdue: false })]);
    await request(t.http).put(`/api/lobbying-actions/${letter.id}`).set(as('coordinator')).send({ followUpAt: null }).expect(200);
    expect(await tasksOf({ sourceId: letter.id })).toEqual([expect.objectContaining({ id: before?.id, status: 'cancelled' })]);
    await request(t.http)
      .put(`/api/lobbying-actions/${letter.id}`)
      .set(as('coordinator'))
      .send({ followUpAt: day(7) })
      .expect(200);
    expect(await tasksOf({ sourceId: letter.id })).toEqual([expect.objectContaining({ id: before?.id, status: 'open', dueOn: day(7) })]);
  });

  it('refuses a follow-up before the action’s date and unknown enums, naming the field, writing nothing', async () => {
    const count = async (): Promise<number> => Number((await t.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM lobbying_actions'))[0]?.n);
    const before = await count();
    expect(namedFields((await record('coordinator', { occurredOn: '2026-03-10', followUpAt: '2026-03-09' }).expect(400)).body)).toEqual(['followUpAt']);
    expect(namedFields((await record('coordinator', { type: 'lunch' }).expect(400)).body)).toEqual(['type']);
    expect(namedFields((await record('coordinator', { asks: ['ratify', 'withdraw'] }).expect(400)).body)).toEqual(['asks']);
    expect(namedFields((await record('coordinator', { status: 'pending' }).expect(400)).body)).toEqual(['status']);
    expect(namedFields((await record('coordinator', { authorityIds: [kenyanMinistry] }).expect(400)).body)).toEqual(['authorityIds']);
    const moved = await request(t.http)
      .put(`/api/lobbying-actions/${letter.id}`)
      .set(as('coordinator'))
      .send({ followUpAt: day(-60) })
      .expect(400);
    expect(namedFields(moved.body)).toEqual(['followUpAt']);
    expect(await count()).toBe(before);
  });

  it('lets members record actions only for their organization’s countries, their organization involved', async () => {
    const own = (await record('memberA', { authorityIds: [ministry], followUpAt: day(3) }).expect(201)).body as ActionBody;
    expect(own).toMatchObject({ recordedByOrganizationId: c.ids.orgA, organizationIds: [c.ids.orgA] });
    // Its follow-up task is the organization's.
    expect((await mine('memberA')).map((task) => task.sourceId)).toContain(own.id);
    expect((await mine('memberB')).map((task) => task.sourceId)).not.toContain(own.id);
    expect(namedFields((await record('memberA', { countryId: kenya }).expect(403)).body)).toEqual(['countryId']);
    expect(namedFields((await record('memberA', { organizationIds: [c.ids.orgB] }).expect(400)).body)).toEqual(['organizationIds']);
    // Members see the actions of their countries only.
    expect((await listActions('memberB')).map((action) => action.id)).toEqual([]);
    expect((await listActions('memberA')).map((action) => action.id)).toContain(letter.id);
    await request(t.http).get(`/api/lobbying-actions/${own.id}`).set(as('memberB')).expect(404);
    // A member changes its organization's actions, not the secretariat's; it deletes none.
    await request(t.http).put(`/api/lobbying-actions/${own.id}`).set(as('memberA')).send({ outcome: 'The minister promised an answer' }).expect(200);
    await request(t.http).put(`/api/lobbying-actions/${letter.id}`).set(as('memberA')).send({ outcome: 'x' }).expect(403);
    await request(t.http).delete(`/api/lobbying-actions/${own.id}`).set(as('memberA')).expect(403);
  });

  it('keeps the steering committee read-only', async () => {
    await record('steering', {}).expect(403);
    await request(t.http).put(`/api/lobbying-actions/${letter.id}`).set(as('steering')).send({ outcome: 'x' }).expect(403);
    await request(t.http).delete(`/api/lobbying-actions/${letter.id}`).set(as('steering')).expect(403);
    await request(t.http).post('/api/tasks').set(as('steering')).send({ title: 'x' }).expect(403);
    expect((await listActions('steering')).map((action) => action.id)).toContain(letter.id);
  });

  it('lists the actions awaiting a response for more than N days', async () => {
    await record('coordinator', { title: 'Recent letter', type: 'letter', status: 'awaiting_response', occurredOn: day(-3) }).expect(201);
    expect((await listActions('coordinator', { awaitingMoreThanDays: 30 })).map((action) => action.id)).toEqual([letter.id]);
    expect((await listActions('coordinator', { awaitingMoreThanDays: 2 })).length).toBe(2);
    const bad = await request(t.http)
      .get('/api/lobbying-actions')
      .query({ filter: JSON.stringify({ awaitingMoreThanDays: 'many' }) })
      .set(as('coordinator'))
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('awaitingMoreThanDays');
  });

  it('audits the action and its links', async () => {
    const trail = await auditTrail(t.http, ['Authorization', as('coordinator').Authorization ?? ''], letter.id);
    expect(trail.map((entry) => entry.action)).toContain('create');
    expect(trail.some((entry) => 'organizationIds' in entry.changes)).toBe(true);
  });

  it('lets whoever a task is for mark it done, and nobody else', async () => {
    const [task] = (await mine('memberA')).filter((one) => one.origin === 'follow_up');
    await request(t.http).post(`/api/tasks/${task?.id}/complete`).set(as('memberB')).expect(404);
    await request(t.http).post(`/api/tasks/${task?.id}/complete`).set(as('steering')).expect(403);
    const done = (await request(t.http).post(`/api/tasks/${task?.id}/complete`).set(as('memberA')).expect(201)).body as TaskBody;
    expect(done.status).toBe('done');
    expect((await mine('memberA')).map((one) => one.id)).not.toContain(task?.id);
    const refused = await request(t.http).post('/api/tasks').set(as('memberA')).send({ title: 'x', assigneeOrganizationId: c.ids.orgB }).expect(403);
    expect(namedFields(refused.body)).toEqual(['assigneeOrganizationId']);
    const both = await request(t.http)
      .post('/api/tasks')
      .set(as('coordinator'))
      .send({ title: 'x', assigneeOrganizationId: c.ids.orgB, assigneeUserId: t.users.coordinator.id })
      .expect(400);
    expect(namedFields(both.body)).toEqual(['assigneeOrganizationId']);
    const status = await request(t.http).put(`/api/tasks/${task?.id}`).set(as('coordinator')).send({ status: 'finished' }).expect(400);
    expect(namedFields(status.body)).toEqual(['status']);
  });

  describe('the daily calendar job', () => {
    let worker: INestApplicationContext;
    let hrcSession: string;

    beforeAll(async () => {
      // Colombia has not ratified; Kenya has. Organization A is Colombia's focal point, B Kenya's.
      await t.dataSource.query(`UPDATE countries SET op_status = 'signed', next_upr_review_at = $2 WHERE id = $1`, [colombia, day(12)]);
      await t.dataSource.query(`UPDATE countries SET op_status = 'ratified', op_ratified_at = '2015-01-01', next_upr_review_at = $2 WHERE id = $1`, [
        kenya,
        day(5),
      ]);
      await t.dataSource.query('INSERT INTO country_focal_points (country_id, organization_id) VALUES ($1, $2), ($3, $4)', [
        colombia,
        c.ids.orgA,
        kenya,
        c.ids.orgB,
      ]);
      const event = async (body: object): Promise<string> =>
        ((await request(t.http).post('/api/events').set(as('coordinator')).send(body).expect(201)).body as { id: string }).id;
      const at = (offset: number): string => `${day(offset)}T10:00:00Z`;
      // The seeded campaign days would fall in the window on some days of the year: the test brings its own.
      await t.dataSource.query(`DELETE FROM events WHERE type = 'campaign_day'`);
      await event({ title: 'National campaign day', type: 'campaign_day', countryId: colombia, startsAt: at(2), endsAt: at(2), timeZone: 'America/Bogota' });
      await event({ title: 'Campaign day in Kenya', type: 'campaign_day', countryId: kenya, startsAt: at(2), endsAt: at(2), timeZone: 'Africa/Nairobi' });
      hrcSession = await event({
        title: 'Human Rights Council, regular session',
        type: 'intergovernmental_session',
        startsAt: at(20),
        endsAt: at(40),
        timeZone: 'Europe/Zurich',
      });
      await event({ title: 'Webinar on the Protocol', type: 'webinar', countryId: colombia, startsAt: at(3), endsAt: at(3), timeZone: 'America/Bogota' });
      await event({ title: 'Far session', type: 'intergovernmental_session', startsAt: at(90), endsAt: at(91), timeZone: 'Europe/Zurich' });
      worker = await t.startWorker();
    });

    it('registers one daily scheduler however often the worker starts', async () => {
      const queue = worker.get<Queue>(getQueueToken(QueueName.Tasks));
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((scheduler) => scheduler.key)).toEqual([CALENDAR_SCHEDULER_ID]);
    });

    it('creates one preparation task per occasion and focal point of the states that have not ratified, once', async () => {
      const calendar = worker.get(TaskCalendarService);
      expect(await calendar.run(day(0), 30)).toEqual({ created: 3 });
      const tasks = await tasksOf({ origin: 'calendar' });
      expect(tasks.map((task) => [task.title, task.assigneeOrganizationId, task.dueOn]).sort()).toEqual(
        [
          ['Prepare for Human Rights Council, regular session (Colombia)', c.ids.orgA, day(13)],
          ['Prepare the Universal Periodic Review of Colombia', c.ids.orgA, day(5)],
          ['Prepare for National campaign day (Colombia)', c.ids.orgA, day(0)],
        ].sort(),
      );
      expect(tasks.find((task) => task.title.startsWith('Prepare for Human Rights Council'))?.sourceId).toBe(hrcSession);
      // Run again the same day: nothing new.
      expect(await calendar.run(day(0), 30)).toEqual({ created: 0 });
      // A task marked done stays done; the next day's run does not bring it back.
      await request(t.http).post(`/api/tasks/${tasks[0]?.id}/complete`).set(as('memberA')).expect(201);
      expect(await calendar.run(day(1), 30)).toEqual({ created: 0 });
      expect((await tasksOf({ origin: 'calendar' })).length).toBe(3);
      // The members of the focal point see the open ones on their home page; Kenya's focal point has none.
      expect((await mine('memberA')).filter((task) => task.origin === 'calendar').length).toBe(2);
      expect((await mine('memberB')).filter((task) => task.origin === 'calendar').length).toBe(0);
    });

    it('creates nothing new after a restart of the worker', async () => {
      await worker.close();
      worker = await t.startWorker();
      const queue = worker.get<Queue>(getQueueToken(QueueName.Tasks));
      expect((await queue.getJobSchedulers()).length).toBe(1);
      expect(await worker.get(TaskCalendarService).run(day(0), 30)).toEqual({ created: 0 });
      expect((await tasksOf({ origin: 'calendar' })).length).toBe(3);
    });
  });

  it('deletes an action with its follow-up task', async () => {
    const action = (await record('coordinator', { followUpAt: day(2) }).expect(201)).body as ActionBody;
    expect((await tasksOf({ sourceId: action.id })).length).toBe(1);
    await request(t.http).delete(`/api/lobbying-actions/${action.id}`).set(as('coordinator')).expect(200);
    expect(await tasksOf({ sourceId: action.id })).toEqual([]);
    // A post still named by actions is not deleted.
    await request(t.http).delete(`/api/authorities/${ministry}`).set(as('coordinator')).expect(409);
  });
});
