import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { requestFrom, type PlainResponse } from '../support/client-address.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const WRONG = 'Wrong e-mail or password';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('login throttling that cannot be turned against the owner', () => {
  let t: TestApp;
  let admin: string;

  const signIn = (address: string, email: string, password: string): Promise<PlainResponse> =>
    requestFrom(t.http, address, 'POST', '/api/auth/login', { email, password });

  /** A fresh account per test, so that counters never leak from one test into the next. */
  const newUser = async (email: string): Promise<string> => {
    await request(t.http).post('/api/users').set('Authorization', `Bearer ${admin}`).send({ email, role: 'coordinator', password: PASSWORD }).expect(201);
    return email;
  };

  beforeAll(async () => {
    // The per-address budget is raised so that only the per-account rules are under test. The first wait
    // (1 s by default) is 5 s here, so that a busy machine answering slowly cannot outlast it between two requests.
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_BACKOFF_FIRST_WAIT_SECONDS: '5' });
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  it('lets the owner sign in from another address while an attacker keeps guessing', async () => {
    const email = await newUser('target.one@example.org');
    for (let i = 0; i < 12; i += 1) {
      const response = await signIn('127.0.0.2', email, `guess number ${i}`);
      expect([401, 429]).toContain(response.status);
    }
    const owner = await signIn('127.0.0.3', email, PASSWORD);
    expect(owner.status).toBe(200);
    expect(owner.body).toMatchObject({ user: { email } });
  });

  it('does not let failures spread over many addresses deny the owner', async () => {
    const email = await newUser('target.two@example.org');
    for (let i = 0; i < 8; i += 1) {
      expect((await signIn(`127.0.1.${i + 1}`, email, 'not the password')).status).toBe(401);
    }
    expect((await signIn('127.0.2.1', email, PASSWORD)).status).toBe(200);
  });

  it('makes one address wait after a few failures, twice as long after each further one, and says how long', async () => {
    const email = await newUser('target.three@example.org');
    for (let i = 0; i < 3; i += 1) expect((await signIn('127.0.0.4', email, 'wrong')).status).toBe(401);
    const first = await signIn('127.0.0.4', email, 'wrong');
    expect(first.status).toBe(429);
    const firstWait = Number(first.headers['retry-after']);
    expect(firstWait).toBeGreaterThan(0);
    expect(firstWait).toBeLessThanOrEqual(5);
    // The right password waits too: the answer must not tell whether a guess was right.
    expect((await signIn('127.0.0.4', email, PASSWORD)).status).toBe(429);
    await sleep(firstWait * 1000 + 200);
    expect((await signIn('127.0.0.4', email, 'wrong')).status).toBe(401);
    const second = await signIn('127.0.0.4', email, 'wrong');
    expect(second.status).toBe(429);
    const secondWait = Number(second.headers['retry-after']);
    expect(secondWait).toBeGreaterThan(5);
    expect(secondWait).toBeLessThanOrEqual(10);
    await sleep(secondWait * 1000 + 200);
    expect((await signIn('127.0.0.4', email, PASSWORD)).status).toBe(200);
  });

  it('answers an unknown e-mail exactly as a known one, waits included', async () => {
    const known = await newUser('target.four@example.org');
    const unknown = 'nobody.here@example.org';
    // The seconds left to wait depend on when each request arrives: compared without them.
    const answers = async (address: string, email: string): Promise<Array<[number, string, boolean]>> => {
      const seen: Array<[number, string, boolean]> = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await signIn(address, email, 'wrong');
        seen.push([response.status, String((response.body as { message?: unknown }).message).replace(/\d+/g, 'N'), 'retry-after' in response.headers]);
      }
      return seen;
    };
    const forKnown = await answers('127.0.0.5', known);
    const forUnknown = await answers('127.0.0.6', unknown);
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.map(([status]) => status)).toEqual([401, 401, 401, 429, 429]);
    expect(forKnown[0]?.[1]).toBe(WRONG);
  });

  it('forgets the failures of an address once it signs in', async () => {
    const email = await newUser('target.five@example.org');
    for (let i = 0; i < 2; i += 1) expect((await signIn('127.0.0.7', email, 'wrong')).status).toBe(401);
    expect((await signIn('127.0.0.7', email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 3; i += 1) expect((await signIn('127.0.0.7', email, 'wrong')).status).toBe(401);
  });

  it('counts the e-mail as typed, whatever its case', async () => {
    const email = await newUser('target.six@example.org');
    for (const typed of ['TARGET.SIX@example.org', 'target.six@EXAMPLE.org', 'Target.Six@Example.Org']) {
      expect((await signIn('127.0.0.8', typed, 'wrong')).status).toBe(401);
    }
    expect((await signIn('127.0.0.8', email, 'wrong')).status).toBe(429);
  });

  it('gives a deactivated account the same answer for the right and a wrong password', async () => {
    const email = await newUser('target.seven@example.org');
    const { body: users } = await request(t.http)
      .get('/api/users')
      .query({ filter: JSON.stringify({ q: email }) })
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    await request(t.http)
      .put(`/api/users/${(users as Array<{ id: string }>)[0]?.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ isActive: false })
      .expect(200);
    const right = await signIn('127.0.0.9', email, PASSWORD);
    const wrong = await signIn('127.0.0.10', email, 'wrong');
    expect([right.status, right.body]).toEqual([wrong.status, wrong.body]);
    expect(right.status).toBe(401);
    expect((right.body as { message: string }).message).toBe(WRONG);
  });

  it('gives an account an admin locked the same answer for the right and a wrong password', async () => {
    const email = await newUser('target.eight@example.org');
    const { body: users } = await request(t.http)
      .get('/api/users')
      .query({ filter: JSON.stringify({ q: email }) })
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    const lockedUntil = new Date(Date.now() + 3600_000).toISOString();
    await request(t.http)
      .put(`/api/users/${(users as Array<{ id: string }>)[0]?.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ lockedUntil })
      .expect(200);
    const right = await signIn('127.0.0.11', email, PASSWORD);
    const wrong = await signIn('127.0.0.12', email, 'wrong');
    expect([right.status, right.body]).toEqual([wrong.status, wrong.body]);
    expect(right.status).toBe(401);
  });

  it('gives an invited account that has no password yet the wrong-password answer', async () => {
    await request(t.http).post('/api/users').set('Authorization', `Bearer ${admin}`).send({ email: 'invited.only@example.org', role: 'member' }).expect(201);
    const response = await signIn('127.0.0.13', 'invited.only@example.org', 'any password at all');
    expect(response.status).toBe(401);
    expect((response.body as { message: string }).message).toBe(WRONG);
  });
});
