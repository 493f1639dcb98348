/**
 * The officer's update link: a token naming one officer and one meeting, signed with
 * HMAC-SHA256 under a secret only the deploying user can read (their user properties), and
 * expiring after that meeting. Pure: the adapter passes the signing function (Utilities'
 * computeHmacSha256Signature under the secret), so the rules are tested without Apps Script.
 *
 * Token: base64url(JSON claims) "." base64url(HMAC of that text). Any change to either part,
 * a token made with another secret, or one past its expiry is refused; nothing in the token
 * is trusted before its signature is checked.
 */
import { addDays, isIsoDate, type IsoDate } from '../dates';

export const LINK_VERSION = 1;
/** The URL parameter that carries the token. */
export const TOKEN_PARAMETER = 't';
/** Longest token accepted (a name of 200 characters fits easily). */
export const MAX_TOKEN_LENGTH = 1200;

export interface LinkClaims {
  /** The officer's name as on the Officers tab. */
  readonly officer: string;
  /** The meeting the updates are for. */
  readonly meeting: IsoDate;
  /** Last day the link works: the meeting day itself. */
  readonly lastDay: IsoDate;
}

/** Signs text: the base64url HMAC-SHA256 of `payload` under the secret. */
export type Signer = (payload: string) => string;

export type LinkCheck =
  | { readonly ok: true; readonly claims: LinkClaims }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'forged' | 'expired'; readonly claims?: LinkClaims };

/** The claims for an officer's link to a meeting: it works up to and including the meeting day. */
export function claimsFor(officer: string, meeting: IsoDate): LinkClaims {
  return { officer, meeting, lastDay: meeting };
}

export function makeToken(claims: LinkClaims, sign: Signer): string {
  const payload = base64UrlOfText(JSON.stringify({ v: LINK_VERSION, o: claims.officer, m: claims.meeting, l: claims.lastDay }));
  return `${payload}.${sign(payload)}`;
}

/**
 * Checks a token: its form, then its signature (compared in constant time), then its claims,
 * then the date. `today` is the sheet's date: from the day after `lastDay` the link is refused.
 */
export function checkToken(token: unknown, sign: Signer, today: IsoDate): LinkCheck {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' };
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) return { ok: false, reason: 'malformed' };
  const [payload, signature] = token.split('.') as [string, string];
  if (!sameText(sign(payload), signature)) return { ok: false, reason: 'forged' };
  const claims = parseClaims(payload);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (today > claims.lastDay) return { ok: false, reason: 'expired', claims };
  return { ok: true, claims };
}

function parseClaims(payload: string): LinkClaims | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(textOfBase64Url(payload));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (r.v !== LINK_VERSION || typeof r.o !== 'string' || r.o.trim() === '') return undefined;
  if (typeof r.m !== 'string' || !isIsoDate(r.m) || typeof r.l !== 'string' || !isIsoDate(r.l)) return undefined;
  if (r.l < r.m || r.l > addDays(r.m, 1)) return undefined;
  return { officer: r.o, meeting: r.m, lastDay: r.l };
}

/** Equal strings, compared without stopping at the first difference. */
export function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

// --- base64url of UTF-8 text, without padding (no Buffer or btoa in Apps Script's V8) ------

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Bytes (0–255, or Java's signed −128–127 as Utilities returns them) as base64url without padding. */
export function base64UrlOfBytes(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]! & 255;
    const b1 = i + 1 < bytes.length ? bytes[i + 1]! & 255 : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2]! & 255 : 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += ALPHABET[n & 63]!;
  }
  return out;
}

export function base64UrlOfText(text: string): string {
  return base64UrlOfBytes(utf8Bytes(text));
}

/** The text of a base64url string; throws on a character outside the alphabet or bad UTF-8. */
export function textOfBase64Url(b64: string): string {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of b64) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error('not base64url');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 255);
    }
  }
  // decodeURIComponent throws on bytes that are not UTF-8 (Apps Script's V8 has no TextDecoder).
  return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
}
