import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('HTTP hardening', () => {
  describe('with the default configuration', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ PUBLIC_URL: 'https://crm.example.org', LOGIN_LIMIT_PER_IP: '3' });
    });
    afterAll(() => t.close());

    it('marks authenticated JSON and CSV exports as not to be stored by caches', async () => {
      const token = await t.tokenFor('coordinator');
      for (const path of ['/api/people', '/api/auth/me', '/api/exports/people.csv']) {
        const response = await request(t.http).get(path).set('Authorization', `Bearer ${token}`).expect(200);
        expect([path, response.headers['cache-control']]).toEqual([path, 'no-store']);
      }
    });

    it("allows cross-origin calls to the private API from the app's own origin only", async () => {
      const own = await request(t.http).get('/api/auth/me').set('Origin', 'https://crm.example.org');
      expect(own.headers['access-control-allow-origin']).toBe('https://crm.example.org');
      for (const origin of ['https://evil.example.com', 'null']) {
        const other = await request(t.http).get('/api/auth/me').set('Origin', origin);
        expect([origin, other.headers['access-control-allow-origin']]).toEqual([origin, undefined]);
      }
    });

    it('lets any website read the public treaty facts (the embeddable map)', async () => {
      for (const path of ['/api/public/countries', '/api/public/map']) {
        const response = await request(t.http).get(path).set('Origin', 'https://evil.example.com').expect(200);
        expect([path, response.headers['access-control-allow-origin']]).toEqual([path, '*']);
      }
    });

    it('does not trust X-Forwarded-For from a client: rotating it does not escape the per-address limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await request(t.http)
          .post('/api/auth/forgot-password')
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .send({ email: `nobody${i}@example.org` });
        statuses.push(response.status);
      }
      // The limit is 3 per address, shared with the sign-in the test above made.
      expect(statuses.slice(-2)).toEqual([429, 429]);
      expect(statuses.filter((status) => status === 202).length).toBeLessThanOrEqual(3);
    });
  });

  describe('behind a configured proxy', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ TRUST_PROXY: 'loopback', LOGIN_LIMIT_PER_IP: '2' });
    });
    afterAll(() => t.close());

    it('counts each forwarded client apart', async () => {
      for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
        for (let i = 0; i < 2; i++) {
          await request(t.http)
            .post('/api/auth/forgot-password')
            .set('X-Forwarded-For', client)
            .send({ email: `someone${i}@example.org` })
            .expect(202);
        }
      }
      await request(t.http).post('/api/auth/forgot-password').set('X-Forwarded-For', '203.0.113.1').send({ email: 'x@example.org' }).expect(429);
    });

    it('refuses a TRUST_PROXY value it cannot read', async () => {
      const { loadConfig } = await import('../../api/src/config/app-config.js');
      expect(() =>
        loadConfig({ ...process.env, DATABASE_URL: 'postgres://x/y', REDIS_URL: 'redis://x', JWT_SECRET: 'x'.repeat(40), TRUST_PROXY: 'sometimes' }),
      ).toThrow(/TRUST_PROXY/);
    });
  });
});
