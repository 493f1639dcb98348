/**
 * Allowed email domains: mail goes only to addresses in the board's own domains. The list is
 * kept in the alerts installer's user properties (the trigger runs as the installer and reads
 * them; no other editor can change them); document properties hold a copy for display only.
 * A domain matches exactly (case ignored): a sub-domain must be listed itself.
 */
export const ALLOWED_DOMAINS_PROPERTY = 'alerts.allowedDomains';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

export function isDomain(text: string): boolean {
  return DOMAIN.test(text);
}

/** "example.org, @council.gov.uk; nhs.net" → the domains, lower case, once each, and the bad ones. */
export function parseDomains(text: string): { domains: string[]; bad: string[] } {
  const domains: string[] = [];
  const bad: string[] = [];
  for (const raw of String(text ?? '').split(/[\s,;]+/)) {
    const d = raw.trim().replace(/^@/, '').replace(/\.$/, '').toLowerCase();
    if (!d) continue;
    if (!isDomain(d)) bad.push(raw.trim());
    else if (!domains.includes(d)) domains.push(d);
  }
  return { domains, bad };
}

/** The stored form: domains separated by ", ". */
export function formatDomains(domains: readonly string[]): string {
  return domains.join(', ');
}

export function domainOf(email: string): string {
  const e = String(email ?? '')
    .trim()
    .toLowerCase();
  const at = e.lastIndexOf('@');
  return at < 0 ? '' : e.slice(at + 1);
}

export function isAllowedAddress(email: string, domains: readonly string[]): boolean {
  const d = domainOf(email);
  return d !== '' && domains.includes(d);
}

/** The default offered in the install dialog and used when nothing was stored: the installer's own domain. */
export function defaultDomains(installerEmail: string): string[] {
  const d = domainOf(installerEmail);
  return isDomain(d) ? [d] : [];
}
