import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { UnauthorizedError } from '../api-errors';

/** sha256 of a token, hex: what the gateway is configured with instead of the token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Bearer-token auth. Tokens are configured as sha256 hashes only, so neither the config nor
 * a leaked file gives a usable token; each comparison is constant-time.
 */
export function bearerAuth(tokenHashes: readonly string[]): RequestHandler {
  const hashes = tokenHashes.map((h) => Buffer.from(h.trim().toLowerCase(), 'hex')).filter((b) => b.length === 32);
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    res.set('WWW-Authenticate', 'Bearer realm="kdeploy"');
    if (!match) return next(new UnauthorizedError('missing bearer token: send "Authorization: Bearer <token>"'));
    const given = createHash('sha256').update(match[1]).digest();
    if (!hashes.some((h) => timingSafeEqual(h, given))) return next(new UnauthorizedError('the bearer token is not valid'));
    res.removeHeader('WWW-Authenticate');
    next();
  };
}
