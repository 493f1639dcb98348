import { createHash, createHmac, randomUUID } from 'node:crypto';
import { makeBlob, encodeString, fromSignedBytes, toSignedBytes } from './blob';
import { CallLog, counted } from './calls';
import type { FakeClock } from './clock';
import { appsScriptException } from './exception';
import { isDateValue, type Realm } from './realm';
import { formatDate, parseDate, UnparseableDate } from './simple-date-format';

type U = GoogleAppsScript.Utilities.Utilities;

export type EmulatedUtilities = Pick<
  U,
  | 'Charset'
  | 'DigestAlgorithm'
  | 'MacAlgorithm'
  | 'formatDate'
  | 'parseDate'
  | 'getUuid'
  | 'sleep'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'newBlob'
>;

/** Apps Script enums read as their names (`String(Utilities.Charset.UTF_8) === 'UTF_8'`). */
function enumOf<T>(names: string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as T;
}

export const Charset = enumOf<U['Charset']>(['US_ASCII', 'UTF_8']);
export const DigestAlgorithm = enumOf<U['DigestAlgorithm']>(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const MacAlgorithm = enumOf<U['MacAlgorithm']>(['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);

const HASHES: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Longest Utilities.sleep Apps Script allows (5 minutes). */
export const MAX_SLEEP_MS = 300000;

export interface UtilitiesOptions {
  realm: Realm;
  calls: CallLog;
  clock: FakeClock;
}

export interface UtilitiesHandle {
  /** Total milliseconds the code asked to sleep (the clock was advanced by as much). */
  sleptMs: number;
}

function bytesOf(data: number[] | string, charset?: unknown): Buffer {
  return typeof data === 'string' ? encodeString(data, charset as string | undefined) : fromSignedBytes(data);
}

function hashName(algorithm: unknown, table: Record<string, string>, prefix = ''): string {
  const name = table[String(algorithm).replace(prefix, '')];
  if (!name) throw new Error(`emulator: unsupported algorithm ${String(algorithm)}`);
  return name;
}

export function createUtilities({ realm, calls, clock }: UtilitiesOptions): { service: EmulatedUtilities; handle: UtilitiesHandle } {
  const handle: UtilitiesHandle = { sleptMs: 0 };
  const webSafe = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_');
  const service: EmulatedUtilities = {
    Charset,
    DigestAlgorithm,
    MacAlgorithm,

    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
      if (!isDateValue(date))
        throw appsScriptException("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.", realm);
      try {
        return formatDate(date.getTime(), timeZone, format);
      } catch (e) {
        throw appsScriptException((e as Error).message, realm);
      }
    },

    parseDate(date: string, timeZone: string, format: string): Date {
      try {
        return new realm.Date(parseDate(date, timeZone, format, clock.now()));
      } catch (e) {
        if (e instanceof UnparseableDate) throw appsScriptException(e.message, realm);
        throw appsScriptException((e as Error).message, realm);
      }
    },

    getUuid: () => randomUUID(),

    sleep(milliseconds: number): void {
      if (!(milliseconds >= 0) || milliseconds > MAX_SLEEP_MS) {
        throw appsScriptException(`Invalid argument: milliseconds (must be between 0 and ${MAX_SLEEP_MS})`, realm);
      }
      clock.advance(milliseconds);
      handle.sleptMs += milliseconds;
    },

    base64Encode: ((data: number[] | string, charset?: unknown) => bytesOf(data, charset).toString('base64')) as U['base64Encode'],
    base64EncodeWebSafe: ((data: number[] | string, charset?: unknown) => webSafe(bytesOf(data, charset).toString('base64'))) as U['base64EncodeWebSafe'],
    base64Decode: ((encoded: string) => toSignedBytes(Buffer.from(String(encoded), 'base64'))) as U['base64Decode'],
    base64DecodeWebSafe: ((encoded: string) => toSignedBytes(Buffer.from(String(encoded), 'base64url'))) as U['base64DecodeWebSafe'],

    computeDigest: ((algorithm: unknown, value: number[] | string, charset?: unknown) =>
      toSignedBytes(createHash(hashName(algorithm, HASHES)).update(bytesOf(value, charset)).digest())) as U['computeDigest'],

    computeHmacSha256Signature: ((value: number[] | string, key: number[] | string, charset?: unknown) =>
      toSignedBytes(createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest())) as U['computeHmacSha256Signature'],

    computeHmacSignature: ((algorithm: unknown, value: number[] | string, key: number[] | string, charset?: unknown) =>
      toSignedBytes(
        createHmac(hashName(algorithm, HASHES, 'HMAC_'), bytesOf(key, charset))
          .update(bytesOf(value, charset))
          .digest(),
      )) as U['computeHmacSignature'],

    newBlob: ((data: number[] | string, contentType?: string, name?: string) =>
      makeBlob({ bytes: bytesOf(data), contentType: contentType ?? null, name: name ?? null }, calls, 'Utilities', realm)) as unknown as U['newBlob'],
  };
  return { service: counted(service, calls, 'Utilities', 'Utilities'), handle };
}
