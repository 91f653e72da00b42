import type { ServerResponse } from 'node:http';

/** Vite's build output: `assets/<name>-<content hash>.<ext>`, a new name whenever the content changes. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * Caching of the admin UI's files: a hashed asset never changes under its
 * name, so browsers keep it for a year without asking again; everything else
 * (index.html above all, which names the current assets) is checked with
 * the server on every use, so a deployment is seen at the next load.
 */
export function setUiCacheHeaders(response: ServerResponse, filePath: string): void {
  response.setHeader('Cache-Control', HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache');
  allowEmbeddingOfPublicMap(response, filePath);
}

/** The public ratification map's page (served at /map): the one page other websites may show in an <iframe>. */
const EMBEDDABLE_PAGE = /[\\/]map\.html$/;

/**
 * Lets any website embed the public map: helmet forbids framing for every
 * response (X-Frame-Options, CSP frame-ancestors 'self'); the map's page
 * alone lifts both. It holds no session and shows public facts only.
 */
export function allowEmbeddingOfPublicMap(response: ServerResponse, filePath: string): void {
  if (!EMBEDDABLE_PAGE.test(filePath)) return;
  response.removeHeader('X-Frame-Options');
  const policy = response.getHeader('Content-Security-Policy');
  if (typeof policy === 'string') response.setHeader('Content-Security-Policy', policy.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'));
}
