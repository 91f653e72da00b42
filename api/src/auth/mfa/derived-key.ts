import { hkdfSync } from 'node:crypto';

/**
 * A 32-byte key for one purpose, derived from a configured secret: one secret
 * in the environment yields independent keys, so that a token of one kind
 * can never pass for another.
 */
export function derivedKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'coalition-crm', purpose, 32));
}
