import { CallLog, counted, type ServiceName } from './calls';
import { appsScriptException } from './exception';
import type { Realm } from './realm';

type Blob = GoogleAppsScript.Base.Blob;

/** The part of `Blob` the emulator offers. */
export type EmulatedBlob = Pick<
  Blob,
  | 'copyBlob'
  | 'getAs'
  | 'getBlob'
  | 'getBytes'
  | 'getContentType'
  | 'getDataAsString'
  | 'getName'
  | 'isGoogleType'
  | 'setBytes'
  | 'setContentType'
  | 'setDataFromString'
  | 'setName'
>;

/** Apps Script bytes are Java bytes: signed, -128..127. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function fromSignedBytes(bytes: readonly number[]): Buffer {
  if (!Array.isArray(bytes)) throw new TypeError('expected a byte array');
  return Buffer.from(bytes.map((b) => Number(b) & 0xff));
}

/** Encodes a string the way Java does for the two charsets Apps Script exposes. */
export function encodeString(text: string, charset: string = 'UTF_8'): Buffer {
  const name = String(charset).toUpperCase().replace('-', '_');
  // eslint-disable-next-line no-control-regex -- ASCII is \x00-\x7f
  if (name === 'US_ASCII') return Buffer.from(text.replace(/[^\x00-\x7f]/g, '?'), 'latin1');
  if (name === 'UTF_8') return Buffer.from(text, 'utf8');
  if (name === 'ISO_8859_1') return Buffer.from(text, 'latin1');
  throw new Error(`emulator: unsupported charset ${String(charset)}`);
}

export function decodeBytes(bytes: Uint8Array, charset: string = 'UTF_8'): string {
  const name = String(charset).toUpperCase().replace('-', '_');
  if (name === 'US_ASCII' || name === 'ISO_8859_1') return Buffer.from(bytes).toString('latin1');
  if (name === 'UTF_8') return Buffer.from(bytes).toString('utf8');
  throw new Error(`emulator: unsupported charset ${String(charset)}`);
}

export interface BlobInit {
  bytes: Uint8Array;
  contentType?: string | null;
  name?: string | null;
}

/**
 * A minimal in-memory Blob, counted under `service`.Blob. Other services (Drive files, HTML
 * output) can build theirs with this too.
 */
export function makeBlob(init: BlobInit, calls: CallLog, service: ServiceName = 'Utilities', realm?: Realm): EmulatedBlob {
  let bytes: Buffer = Buffer.from(init.bytes);
  let contentType: string | null = init.contentType ?? null;
  let name: string | null = init.name ?? null;
  const blob: EmulatedBlob = {
    copyBlob: () => makeBlob({ bytes, contentType, name }, calls, service, realm) as Blob,
    getAs(type: string) {
      if (type === contentType) return makeBlob({ bytes, contentType, name }, calls, service, realm) as Blob;
      throw appsScriptException(`Converting from ${contentType ?? 'unknown'} to ${type} is not supported.`, realm);
    },
    getBlob: () => proxy as Blob,
    getBytes: () => toSignedBytes(bytes),
    getContentType: () => contentType,
    getDataAsString: (charset?: string) => decodeBytes(bytes, charset),
    getName: () => name,
    isGoogleType: () => false,
    setBytes(data: number[]) {
      bytes = fromSignedBytes(data);
      return proxy as Blob;
    },
    setContentType(type: string | null) {
      contentType = type;
      return proxy as Blob;
    },
    setDataFromString(text: string, charset?: string) {
      bytes = encodeString(String(text), charset);
      return proxy as Blob;
    },
    setName(newName: string) {
      name = newName;
      return proxy as Blob;
    },
  };
  const proxy = counted(blob, calls, service, 'Blob');
  return proxy;
}
