/**
 * The signing secret and the links. The secret is made on first use and kept in the user
 * properties of whoever makes it: every editor of the sheet can read the script's code and its
 * script and document properties, but not another person's user properties. The web app runs
 * as the deploying user and reads the same store, so the requests must be sent (and the
 * schedule installed) from the account that deployed the web app; a link signed by anyone
 * else is refused.
 */
import { base64UrlOfBytes, checkToken, claimsFor, makeToken, TOKEN_PARAMETER, type LinkCheck, type Signer } from '../core/updates/link';
import type { IsoDate } from '../core/dates';

export const SECRET_PROPERTY = 'updates.linkSecret';

/** The secret, or null when this user has none (with `create`, one is made and kept). */
export function linkSecret(create: boolean): string | null {
  const props = PropertiesService.getUserProperties();
  const stored = props.getProperty(SECRET_PROPERTY);
  if (stored || !create) return stored;
  // 256 bits from two random UUIDs (Apps Script's only source of randomness), hashed.
  const seed = `${Utilities.getUuid()}${Utilities.getUuid()}${Date.now()}`;
  const secret = base64UrlOfBytes(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, seed, Utilities.Charset.UTF_8));
  props.setProperty(SECRET_PROPERTY, secret);
  return secret;
}

export function signerFor(secret: string): Signer {
  return (payload) => base64UrlOfBytes(Utilities.computeHmacSha256Signature(payload, secret, Utilities.Charset.UTF_8));
}

/** Checks a token from a request: with no secret (web app deployed by someone who never signed), every link is forged. */
export function checkLink(token: unknown, today: IsoDate): LinkCheck {
  const secret = linkSecret(false);
  const sign: Signer = secret ? signerFor(secret) : () => '';
  const check = checkToken(token, sign, today);
  return !secret && check.ok ? { ok: false, reason: 'forged' } : check;
}

/** The web app's address (ending /exec), or null when it is not deployed. */
export function webAppUrl(): string | null {
  try {
    return ScriptApp.getService().getUrl() || null;
  } catch {
    return null;
  }
}

export function officerLink(baseUrl: string, officer: string, meeting: IsoDate, sign: Signer): string {
  return `${baseUrl}?${TOKEN_PARAMETER}=${makeToken(claimsFor(officer, meeting), sign)}`;
}
