import { isEmailAddress } from '../../src/core/email';
import { parseSettings } from '../../src/core/settings';

describe('one rule for an email address, wherever one is typed', () => {
  it.each(['gary.bowman@example.gov.uk', ' j.brown@nhs.example.uk '])('accepts %j', (a) => expect(isEmailAddress(a)).toBe(true));
  it.each(['gary.bowman.example.gov.uk', 'a@b', "'clerk@example.org", '"Gary" <gary@example.org>', 'a b@example.org', 'a@b.uk;c@d.uk'])('rejects %j', (a) =>
    expect(isEmailAddress(a)).toBe(false),
  );

  it('is the rule Settings uses for the secretariat list', () => {
    expect(parseSettings({ secretariatEmails: "clerk@example.org, 'chair@example.org" }).issues).toEqual([
      expect.objectContaining({ key: 'secretariatEmails', message: "not an email address: 'chair@example.org" }),
    ]);
  });
});
