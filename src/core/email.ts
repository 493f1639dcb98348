/**
 * What the product accepts as one email address (Officers, Settings, alert recipients): no
 * spaces, list separators, quotes or angle brackets, one "@", a dot in the domain. One rule, so
 * an address the Officers tab accepts is one the alerts will mail.
 */
const EMAIL_PATTERN = /^[^\s@,;'"<>]+@[^\s@,;'"<>]+\.[^\s@,;'"<>]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL_PATTERN.test(text.trim());
}
