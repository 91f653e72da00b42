import { createHash, randomBytes } from 'node:crypto';

/** A token for an e-mailed one-time link: 256 random bits, 43 characters of base64url. */
export const newLinkToken = (): string => randomBytes(32).toString('base64url');

/** What is stored of a link token: its SHA-256, so that a database read does not yield working links. */
export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const LINK_TOKEN_LENGTH = 43;
