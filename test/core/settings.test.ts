import fc from 'fast-check';
import { defaultSettings, parseSettings, SETTING_SPECS } from '../../src/core/settings';

describe('parseSettings', () => {
  test('defaults: nothing typed, no issues', () => {
    const { settings, issues } = parseSettings({});
    expect(issues).toEqual([]);
    expect(settings).toMatchObject({
      boardName: 'Executive Board',
      alertHour: 7,
      alertDaysAhead: 7,
      secretariatEmails: [],
      savePdf: false,
      outputFolderId: '',
    });
    expect(defaultSettings()).toEqual(settings);
    expect(Object.keys(settings).sort()).toEqual(SETTING_SPECS.map((s) => s.key).sort());
  });

  test('hour 25 is rejected with an issue and the default used; other settings are kept', () => {
    const { settings, issues } = parseSettings({ alertHour: '25', boardName: '  Harrowfield HWB  ', alertDaysAhead: '14' });
    expect(issues).toEqual([{ key: 'alertHour', label: 'Alert hour', message: 'must be a whole number from 0 to 23' }]);
    expect(settings.alertHour).toBe(7);
    expect(settings.boardName).toBe('Harrowfield HWB');
    expect(settings.alertDaysAhead).toBe(14);
  });

  test.each(['', '7.5', 'seven', '-1', '24'])('alert hour %j is rejected', (value) => {
    const { settings, issues } = parseSettings({ alertHour: value });
    expect(issues.map((i) => i.key)).toEqual(['alertHour']);
    expect(settings.alertHour).toBe(7);
  });

  test('property: every whole hour 0–23 is accepted as typed, with spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), (hour) => {
        const { settings, issues } = parseSettings({ alertHour: ` ${hour} ` });
        expect(issues).toEqual([]);
        expect(settings.alertHour).toBe(hour);
      }),
    );
  });

  test('property: any whole number outside 0–23 is an issue and 7 is used', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 24 })), (hour) => {
        const { settings, issues } = parseSettings({ alertHour: String(hour) });
        expect(issues).toHaveLength(1);
        expect(settings.alertHour).toBe(7);
      }),
    );
  });

  test('days ahead is 0–60', () => {
    expect(parseSettings({ alertDaysAhead: '0' }).settings.alertDaysAhead).toBe(0);
    expect(parseSettings({ alertDaysAhead: '60' }).settings.alertDaysAhead).toBe(60);
    expect(parseSettings({ alertDaysAhead: '61' }).issues.map((i) => i.key)).toEqual(['alertDaysAhead']);
  });

  test('"a@b" without a dot is not an email address', () => {
    const { settings, issues } = parseSettings({ secretariatEmails: 'a@b' });
    expect(issues).toEqual([{ key: 'secretariatEmails', label: 'Secretariat emails', message: 'not an email address: a@b' }]);
    expect(settings.secretariatEmails).toEqual([]);
  });

  test('email lists separated by commas, semicolons or new lines', () => {
    expect(
      parseSettings({ secretariatEmails: 'clerk@harrowfield.gov.uk; chair@harrowfield.gov.uk,\nowen.lloyd@hvaction.org.uk' }).settings.secretariatEmails,
    ).toEqual(['clerk@harrowfield.gov.uk', 'chair@harrowfield.gov.uk', 'owen.lloyd@hvaction.org.uk']);
    const bad = parseSettings({ secretariatEmails: 'clerk@harrowfield.gov.uk, Hannah Price' });
    expect(bad.issues[0]?.message).toBe('not an email address: Hannah Price');
    expect(bad.settings.secretariatEmails).toEqual([]);
  });

  test.each([
    ['Yes', true],
    ['yes', true],
    [' Y ', true],
    ['TRUE', true],
    ['No', false],
    ['n', false],
    ['false', false],
    ['', false],
  ])('save as PDF %j is %s', (value, expected) => {
    const { settings, issues } = parseSettings({ savePdf: value });
    expect(issues).toEqual([]);
    expect(settings.savePdf).toBe(expected);
  });

  test('save as PDF "maybe" is an issue and No is used', () => {
    const { settings, issues } = parseSettings({ savePdf: 'maybe' });
    expect(issues).toEqual([{ key: 'savePdf', label: 'Also save as PDF', message: 'must be Yes or No' }]);
    expect(settings.savePdf).toBe(false);
  });

  test('several bad settings are each reported, in the order of the tab', () => {
    const { issues } = parseSettings({ savePdf: 'maybe', alertHour: '25', secretariatEmails: 'a@b' });
    expect(issues.map((i) => i.key)).toEqual(['alertHour', 'secretariatEmails', 'savePdf']);
  });
});
