/**
 * The register of references given: for each meeting day and month ("28.01"), the highest
 * number ever handed out. It lives in one document property, so deleting an action row or
 * clearing its Ref No can never make a later save give that reference again: the next number
 * is one above the larger of the register and the sheet. At most 366 keys of three digits
 * (about 5 KB as JSON), well inside the 9 KB a property may hold.
 */
import { highestByPrefix, MAX_REF_NUMBER } from './refs';

export const REF_REGISTER_PROPERTY = 'refs.highest';

export type RefRegister = ReadonlyMap<string, number>;

const KEY = /^\d{2}\.\d{2}$/;

/** The stored register; entries that are not "DD.MM" → whole number in range are ignored. */
export function decodeRegister(value: string | null | undefined): Map<string, number> {
  const register = new Map<string, number>();
  if (!value) return register;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return register;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return register;
  for (const [key, n] of Object.entries(parsed as Record<string, unknown>)) {
    if (KEY.test(key) && typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_REF_NUMBER) register.set(key, n);
  }
  return register;
}

/** Compact JSON, keys in order, so the same register is always the same text. */
export function encodeRegister(register: RefRegister): string {
  const keys = [...register.keys()].sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, register.get(k)])));
}

/** The register raised to every (well-formed, in-bound) reference in `refs`; never lowered. */
export function raiseRegister(register: RefRegister, refs: Iterable<string>): Map<string, number> {
  const out = new Map(register);
  for (const [key, n] of highestByPrefix(refs)) out.set(key, Math.max(out.get(key) ?? 0, n));
  return out;
}
