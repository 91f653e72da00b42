import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startSmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

describe('forgot-password answers alike for known and unknown e-mails', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000', LOGIN_LIMIT_PER_EMAIL: '10000' });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const timed = async (email: string): Promise<number> => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${base}/api/auth/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    await response.arrayBuffer();
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    expect(response.status).toBe(202);
    return elapsed;
  };

  /** Known and unknown in interleaved pairs (alternating which goes first), so that load on the machine hits both alike. */
  const measure = async (known: string, round: number): Promise<{ known: number; unknown: number; pairedDifference: number }> => {
    const forKnown: number[] = [];
    const forUnknown: number[] = [];
    const differences: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const unknown = `nobody.${round}.${i}@example.org`;
      let k: number;
      let u: number;
      if (i % 2 === 0) {
        k = await timed(known);
        u = await timed(unknown);
      } else {
        u = await timed(unknown);
        k = await timed(known);
      }
      forKnown.push(k);
      forUnknown.push(u);
      differences.push(k - u);
    }
    return { known: median(forKnown), unknown: median(forUnknown), pairedDifference: median(differences) };
  };

  it('takes as long for an address without an account as for one with an account', async () => {
    const known = t.users.coordinator.email;
    for (let i = 0; i < 10; i += 1) {
      await timed(known);
      await timed(`warm.up.${i}@example.org`);
    }
    // Before the work moved to the worker, known addresses took ~60% longer (9.2 ms against 5.8 ms), in every
    // round. Equal work can still lose a round to a burst of load on a shared machine: up to three rounds.
    let result = await measure(known, 0);
    const alike = (r: typeof result): boolean => Math.abs(r.pairedDifference) < Math.max(0.2 * Math.min(r.known, r.unknown), 1);
    for (let round = 1; round < 3 && !alike(result); round += 1) result = await measure(known, round);
    // Written as an object so that a failure shows the medians.
    expect({ ...result, alike: alike(result) }).toEqual({ ...result, alike: true });
  });
});

describe('forgot-password e-mails', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({
      SMTP_URL: smtp.url,
      LOGIN_LIMIT_PER_IP: '1000',
      LOGIN_LIMIT_PER_EMAIL: '1000',
      RESET_EMAILS_PER_DAY: '2',
    });
    await t.startWorker();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends at most RESET_EMAILS_PER_DAY reset e-mails to one address a day, and still answers 202', async () => {
    const target = t.users.member.email;
    for (let i = 0; i < 4; i += 1) {
      await request(t.http).post('/api/auth/forgot-password').send({ email: target }).expect(202);
    }
    // The e-mail queue sends in order: once a later address has its e-mail, the target's are all out.
    await request(t.http).post('/api/auth/forgot-password').send({ email: t.users.steering.email }).expect(202);
    await smtp.waitFor(t.users.steering.email);
    expect(smtp.messages.filter((message) => message.to.includes(target))).toHaveLength(2);
  });

  it('sends no e-mail to an address without an account', async () => {
    await request(t.http).post('/api/auth/forgot-password').send({ email: 'no.account@example.org' }).expect(202);
    await request(t.http).post('/api/auth/forgot-password').send({ email: t.users.admin.email }).expect(202);
    await smtp.waitFor(t.users.admin.email);
    expect(smtp.messages.some((message) => message.to.includes('no.account@example.org'))).toBe(false);
  });
});
