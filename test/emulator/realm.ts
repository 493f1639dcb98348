/**
 * The JavaScript realm the code under test runs in. Values the emulator hands to the bundle
 * must be built with that realm's constructors: a host `Date` fails `instanceof Date` inside
 * a `vm` context (and so zod's date checks). Unit tests use the host realm.
 */
export interface Realm {
  readonly Date: DateConstructor;
}

export const hostRealm: Realm = { Date };

/** True for a Date from any realm (instanceof only sees one). */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
