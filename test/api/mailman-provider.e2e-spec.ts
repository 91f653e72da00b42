import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import { MailmanProvider } from '../../api/src/mailing/providers/mailman.provider.js';
import { PermanentProviderError, type ProviderMember } from '../../api/src/mailing/providers/mailing-provider.js';
import { startMailman, type TestMailman } from '../support/mailman.js';

const MAIL_HOST = 'lists.coalition.test';

interface RosterEntry {
  email: string;
  display_name?: string;
  member_id: string;
}

// A real Mailman on a busy machine answers slowly: these tests check what it ends up with, and
// give it time (calls may take 30 s, tests minutes).
describe('Mailman 3 provider against a real Mailman 3 Core', () => {
  let mailman: TestMailman;
  let provider: MailmanProvider;

  const providerFor = (url: string, timeoutMs = 30_000, pageSize?: number): MailmanProvider =>
    new MailmanProvider({ url, user: mailman.user, password: mailman.password, timeoutMs, mailHost: MAIL_HOST, pageSize });

  /** The list's roster as Mailman's own REST API shows it. */
  const roster = async (listId: string): Promise<RosterEntry[]> => {
    const response = await mailman.rest('GET', `/lists/${listId}/roster/member?count=1000&page=1`);
    expect(response.status).toBe(200);
    return (response.body.entries ?? []) as RosterEntry[];
  };
  const memberId = async (listId: string, email: string): Promise<string> => {
    const entry = (await roster(listId)).find((member) => member.email === email);
    if (!entry) throw new Error(`${email} is not on ${listId}`);
    return entry.member_id;
  };
  /** Every page of listMembers, following the cursor. */
  const allMembers = async (listId: string, using = provider): Promise<{ members: ProviderMember[]; pages: number }> => {
    const members: ProviderMember[] = [];
    let page: string | null = null;
    let pages = 0;
    do {
      const result = await using.listMembers(listId, page);
      members.push(...result.members);
      page = result.next;
      pages += 1;
    } while (page !== null && pages < 1000);
    return { members, pages };
  };
  const people = Array.from({ length: 50 }, (_, i) => ({
    email: `defender${String(i).padStart(2, '0')}@example.org`,
    name: `Defensora Número ${i} — Núñez`,
  }));

  beforeAll(async () => {
    const started = Date.now();
    mailman = await startMailman();
    console.log(`[mailman] REST answered after ${Date.now() - started} ms`);
    provider = providerFor(mailman.url);
  }, 120_000);

  afterAll(async () => {
    await mailman?.stop();
  });

  it('ensureList creates the domain and the list once, with our name and language, and is idempotent', async () => {
    const spec = { key: 'members-es', name: 'Miembros de la coalición', language: 'es' as const };
    const first = await provider.ensureList(spec);
    const second = await provider.ensureList(spec);
    expect(first).toBe(`members-es.${MAIL_HOST}`);
    expect(second).toBe(first);

    const lists = await mailman.rest('GET', '/lists');
    expect((lists.body.entries as { list_id: string }[]).map((list) => list.list_id)).toEqual([first]);
    const domains = await mailman.rest('GET', '/domains');
    expect((domains.body.entries as { mail_host: string }[]).map((domain) => domain.mail_host)).toEqual([MAIL_HOST]);
    const config = await mailman.rest('GET', `/lists/${first}/config`);
    expect(config.body.display_name).toBe('Miembros de la coalición');
    expect(config.body.preferred_language).toBe('es');

    // A second list under the same (now existing) domain.
    await expect(provider.ensureList({ key: 'members-fr', name: 'Membres', language: 'fr' })).resolves.toBe(`members-fr.${MAIL_HOST}`);
  }, 120_000);

  it('upserts 50 members with their names; a second upsert changes nothing; a new name is applied', async () => {
    const listId = await provider.ensureList({ key: 'members-es', name: 'Miembros de la coalición', language: 'es' });
    for (const person of people) await provider.upsertMember(listId, person);

    const after = await roster(listId);
    expect(after).toHaveLength(50);
    expect(new Map(after.map((entry) => [entry.email, entry.display_name]))).toEqual(new Map(people.map((person) => [person.email, person.name])));

    for (const person of people) await provider.upsertMember(listId, person);
    const again = await roster(listId);
    expect(again.map((entry) => [entry.member_id, entry.email, entry.display_name]).sort()).toEqual(
      after.map((entry) => [entry.member_id, entry.email, entry.display_name]).sort(),
    );

    await provider.upsertMember(listId, { email: people[3].email, name: 'Defensora Renombrada' });
    const renamed = await roster(listId);
    expect(renamed).toHaveLength(50);
    expect(renamed.find((entry) => entry.email === people[3].email)?.display_name).toBe('Defensora Renombrada');
    expect(renamed.find((entry) => entry.email === people[4].email)?.display_name).toBe(people[4].name);

    // The same person on a second list: one address at Mailman, the name follows ours.
    const french = await provider.ensureList({ key: 'members-fr', name: 'Membres', language: 'fr' });
    await provider.upsertMember(french, { email: people[3].email, name: 'Défenseure Renommée' });
    expect((await roster(french)).map((entry) => [entry.email, entry.display_name])).toEqual([[people[3].email, 'Défenseure Renommée']]);
  }, 300_000);

  it('removeMember unsubscribes exactly that address and is idempotent', async () => {
    const listId = `members-es.${MAIL_HOST}`;
    // An address with Mailman's search wildcard in it must not match anybody else.
    await provider.removeMember(listId, 'defender*@example.org');
    expect(await roster(listId)).toHaveLength(50);

    await provider.removeMember(listId, people[0].email);
    await provider.removeMember(listId, people[0].email);
    const after = await roster(listId);
    expect(after).toHaveLength(49);
    expect(after.map((entry) => entry.email)).not.toContain(people[0].email);
    // Absent from an unknown list is fine too.
    await expect(provider.removeMember(`nowhere.${MAIL_HOST}`, people[1].email)).resolves.toBeUndefined();
  }, 120_000);

  it('changeEmail moves the subscription to the new address with the name', async () => {
    const listId = `members-es.${MAIL_HOST}`;
    await provider.changeEmail(listId, people[1].email, 'new.address@example.net', 'Defensora Mudada');
    const after = await roster(listId);
    expect(after).toHaveLength(49);
    expect(after.map((entry) => entry.email)).not.toContain(people[1].email);
    expect(after.find((entry) => entry.email === 'new.address@example.net')?.display_name).toBe('Defensora Mudada');
    // Done again (a retried delivery): the same state.
    await provider.changeEmail(listId, people[1].email, 'new.address@example.net', 'Defensora Mudada');
    expect(await roster(listId)).toHaveLength(49);
  }, 120_000);

  it('listMembers pages the whole roster once each, with states from the delivery status', async () => {
    const listId = `members-es.${MAIL_HOST}`;
    const bouncing = people[10].email;
    const pausedByUser = people[11].email;
    const disabledByModerator = people[12].email;
    // What Mailman's bounce processing and its users and moderators do.
    for (const [email, status] of [
      [bouncing, 'by_bounces'],
      [pausedByUser, 'by_user'],
      [disabledByModerator, 'by_moderator'],
    ]) {
      const patched = await mailman.rest('PATCH', `/members/${await memberId(listId, email)}/preferences`, { delivery_status: status });
      expect(patched.status).toBe(204);
    }
    // A member who unsubscribed at Mailman leaves the roster.
    const gone = people[20].email;
    expect((await mailman.rest('DELETE', `/members/${await memberId(listId, gone)}`)).status).toBe(204);

    const paged = providerFor(mailman.url, 30_000, 7);
    const { members, pages } = await allMembers(listId, paged);
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(members).toHaveLength(48);
    expect(new Set(members.map((member) => member.email)).size).toBe(48);
    const stateOf = new Map(members.map((member) => [member.email, member.state]));
    expect(stateOf.get(bouncing)).toBe('bounced');
    expect(stateOf.get(pausedByUser)).toBe('unsubscribed');
    expect(stateOf.get(disabledByModerator)).toBe('unsubscribed');
    expect(stateOf.has(gone)).toBe(false);
    expect(members.filter((member) => member.state === 'subscribed')).toHaveLength(45);
    expect(members.find((member) => member.email === people[5].email)).toEqual({
      email: people[5].email,
      name: people[5].name,
      state: 'subscribed',
      updatedAt: null,
    });

    // Pages come in Mailman's order (by e-mail); a page asked of another process (which does not
    // know the walk) has the same members with the same states.
    expect(members.map((member) => member.email)).toEqual(members.map((member) => member.email).sort());
    const first = await paged.listMembers(listId, null);
    const second = await providerFor(mailman.url, 30_000, 7).listMembers(listId, first.next);
    expect(second.members).toEqual(members.slice(7, 14));
    expect(second.members.find((member) => member.email === bouncing)?.state).toBe('bounced');

    // The default page size gives the same members in one page; `since` changes nothing (Mailman cannot filter).
    const whole = await provider.listMembers(listId, null, new Date());
    const rest = whole.next ? await allMembers(listId) : { members: whole.members };
    expect(rest.members.map((member) => `${member.email}:${member.state}`).sort()).toEqual(members.map((member) => `${member.email}:${member.state}`).sort());
    // An empty list: one empty page.
    const empty = await provider.ensureList({ key: 'empty', name: 'Empty', language: 'en' });
    await expect(provider.listMembers(empty, null)).resolves.toEqual({ members: [], next: null });
  }, 240_000);

  it('subscribing again a member whose delivery Mailman stopped (bounces, the member) turns delivery back on', async () => {
    const listId = `members-es.${MAIL_HOST}`;
    const bouncing = people[10].email;
    const pausedByUser = people[11].email;
    const deliveryOf = async (email: string): Promise<unknown> =>
      (await mailman.rest('GET', `/members/${await memberId(listId, email)}/all/preferences`)).body.delivery_status;
    expect(await deliveryOf(bouncing)).toBe('by_bounces');
    expect(await deliveryOf(pausedByUser)).toBe('by_user');

    await provider.upsertMember(listId, people[10]);
    await provider.upsertMember(listId, people[11]);
    expect(await deliveryOf(bouncing)).toBe('enabled');
    expect(await deliveryOf(pausedByUser)).toBe('enabled');
    const stateOf = new Map((await allMembers(listId)).members.map((member) => [member.email, member.state]));
    expect(stateOf.get(bouncing)).toBe('subscribed');
    expect(stateOf.get(pausedByUser)).toBe('subscribed');
    // The one still disabled by a moderator stays as it was: nobody asked for it.
    expect(stateOf.get(people[12].email)).toBe('unsubscribed');
  }, 120_000);

  it('a refusal (4xx) is a PermanentProviderError with Mailman’s reason', async () => {
    const upsert = provider.upsertMember(`no-such-list.${MAIL_HOST}`, { email: 'someone@example.org', name: null });
    await expect(upsert).rejects.toBeInstanceOf(PermanentProviderError);
    await expect(upsert).rejects.toMatchObject({ status: 400, message: expect.stringContaining('No such list') });

    await expect(provider.ensureList({ key: 'Not A List Name!', name: 'Bad', language: 'en' })).rejects.toBeInstanceOf(PermanentProviderError);
    await expect(provider.upsertMember(`members-es.${MAIL_HOST}`, { email: 'not-an-address', name: null })).rejects.toBeInstanceOf(PermanentProviderError);
    const wrongPassword = new MailmanProvider({ url: mailman.url, user: mailman.user, password: 'wrong', timeoutMs: 30_000, mailHost: MAIL_HOST });
    await expect(wrongPassword.listMembers(`members-es.${MAIL_HOST}`, null)).rejects.toMatchObject({ name: 'PermanentProviderError', status: 401 });
    await expect(provider.listMembers(`members-es.${MAIL_HOST}`, 'not-a-cursor')).rejects.toBeInstanceOf(PermanentProviderError);
  }, 120_000);

  it('a server that does not answer in time is a transient error', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const slow = providerFor(`http://127.0.0.1:${port}`, 300);
      const started = Date.now();
      const failure = await slow.upsertMember(`members-es.${MAIL_HOST}`, people[2]).catch((error: unknown) => error);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(PermanentProviderError);
      expect((failure as Error).message).toMatch(/did not answer .* within 300 ms/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('Mailman stopped: every call is a transient error, never a permanent one', async () => {
    const listId = `members-es.${MAIL_HOST}`;
    await mailman.stop();
    const calls: [string, () => Promise<unknown>][] = [
      ['ensureList', () => provider.ensureList({ key: 'members-es', name: 'Miembros', language: 'es' })],
      ['upsertMember', () => provider.upsertMember(listId, people[2])],
      ['removeMember', () => provider.removeMember(listId, people[2].email)],
      ['changeEmail', () => provider.changeEmail(listId, people[2].email, 'other@example.org', null)],
      ['listMembers', () => provider.listMembers(listId, null)],
    ];
    for (const [name, call] of calls) {
      const failure = await call().then(
        () => new Error(`${name} succeeded against a stopped Mailman`),
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(PermanentProviderError);
      expect([name, (failure as Error).message]).toEqual([name, expect.stringMatching(/^Mailman is unreachable/)]);
    }
  }, 120_000);
});
