/**
 * The register of references given (core/ref-register), kept in document properties. Read and
 * written by callers that already hold the document lock (a save, Refresh statuses, the daily
 * run), so two editors never both see the old value.
 */
import { decodeRegister, encodeRegister, raiseRegister, REF_REGISTER_PROPERTY, type RefRegister } from '../core/ref-register';

function store(): GoogleAppsScript.Properties.Properties {
  // A standalone script (no container document) has no document properties.
  return PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
}

export function readRefRegister(): Map<string, number> {
  return decodeRegister(store().getProperty(REF_REGISTER_PROPERTY));
}

/** Writes the register when it differs from `before` (one setProperty, or none). */
export function writeRefRegister(register: RefRegister, before?: RefRegister): void {
  const text = encodeRegister(register);
  if (before && encodeRegister(before) === text) return;
  store().setProperty(REF_REGISTER_PROPERTY, text);
}

/** Raises the register to the references the sheet holds (Refresh statuses, the daily run). */
export function raiseRefRegister(refs: Iterable<string>): void {
  const before = readRefRegister();
  writeRefRegister(raiseRegister(before, refs), before);
}
