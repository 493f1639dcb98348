/**
 * The register of references given (core/ref-register), kept in document properties. Read and
 * written by callers that already hold the document lock (a save, Refresh statuses, the daily
 * run), so two editors never both see the old value.
 */
import { decodeRegister, encodeRegister, raiseRegister, REF_REGISTER_PROPERTY, type RefRegister } from '../core/ref-register';

/**
 * Where a register is kept. The bound spreadsheet's is its document properties (the default);
 * a spreadsheet that is not the bound one (the self-test's scratch sheet) must be given its own,
 * or it would raise the bound sheet's register with its references.
 */
export type RegisterStore = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;

/** The given store, else the bound spreadsheet's document properties (also used for what Refresh remembers beside the register). */
export function propertyStore(given?: RegisterStore): RegisterStore {
  if (given) return given;
  // A standalone script (no container document) has no document properties.
  return PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
}

export function readRefRegister(from?: RegisterStore): Map<string, number> {
  return decodeRegister(propertyStore(from).getProperty(REF_REGISTER_PROPERTY));
}

/** Writes the register when it differs from `before` (one setProperty, or none). */
export function writeRefRegister(register: RefRegister, before?: RefRegister, to?: RegisterStore): void {
  const text = encodeRegister(register);
  if (before && encodeRegister(before) === text) return;
  propertyStore(to).setProperty(REF_REGISTER_PROPERTY, text);
}

/** Raises the register to the references the sheet holds (Refresh statuses, the daily run). */
export function raiseRefRegister(refs: Iterable<string>, to?: RegisterStore): void {
  const before = readRefRegister(to);
  writeRefRegister(raiseRegister(before, refs), before, to);
}
