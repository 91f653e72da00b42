import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The bytes as they travel, not inflated as HTTP clients do for their callers. */
async function rawGet(t: TestApp, path: string, acceptEncoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  // As supertest does: the app's server listens for this one request, then closes.
  const server = t.http;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** How the admin UI's files reach a browser: cached for as long as their content lasts, and compressed. */
describe('admin UI delivery', () => {
  let t: TestApp;
  let scriptPath: string;

  beforeAll(async () => {
    t = await startTestApp();
    const page = await request(t.http).get('/').expect(200);
    // `npm test` builds the UI first; without a build there is nothing to deliver.
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    if (!script) throw new Error('index.html names no script under /assets/: build the admin UI (npm run build)');
    scriptPath = script;
  });
  afterAll(() => t.close());

  it('lets browsers keep a hashed asset for a year without asking again', async () => {
    const response = await request(t.http).get(scriptPath).expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has browsers check index.html on every load, so a new deployment is seen at once', async () => {
    for (const path of ['/', '/index.html', '/organizations']) {
      const response = await request(t.http).get(path).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('sends the JavaScript compressed to a browser that accepts it, at a fraction of its size', async () => {
    const plain = await rawGet(t, scriptPath, 'identity');
    const packed = await rawGet(t, scriptPath, 'gzip');
    expect(plain.encoding).toBeUndefined();
    expect(packed.encoding).toBe('gzip');
    expect(gunzipSync(packed.body).equals(plain.body)).toBe(true);
    expect(packed.body.length).toBeLessThan(plain.body.length / 2);
  });

  it('never compresses API answers, which mix private data with text the caller chose', async () => {
    const response = await request(t.http).get('/api/health').set('Accept-Encoding', 'gzip, br').expect(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
