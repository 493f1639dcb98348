/**
 * Line breaks and control characters never reach a mail header: the pure helper, and the daily
 * run through the bundle with a board name that tries to add a Bcc header.
 */
import { headerSafe, headerSafeAddresses } from '../../src/core/alerts/header-safety';
import { loadBundle } from '../harness/bundle';
import { fillBoard } from './board';
import { action, officer } from './helpers';

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

describe('headerSafe', () => {
  it('turns CR, LF, tabs, NUL, DEL, C1 and Unicode line separators into single spaces', () => {
    expect(headerSafe('Board\r\nBcc: x@evil.example')).toBe('Board Bcc: x@evil.example');
    expect(headerSafe('A\u0000B\u007fC\u0085D\u2028E\u2029F\tG')).toBe('A B C D E F G');
    expect(headerSafe('  Executive   Board \n')).toBe('Executive Board');
    expect(headerSafe('Plain – “quoted” £5')).toBe('Plain – “quoted” £5');
  });

  it('never leaves a control character, whatever the input', () => {
    let text = '';
    for (let c = 0; c < 0x2030; c++) text += String.fromCharCode(c);
    expect(CONTROL.test(headerSafe(text))).toBe(false);
  });

  it('keeps an address list as addresses, one per comma, none empty', () => {
    expect(headerSafeAddresses('a@x.org,\n b@y.org ,, ')).toBe('a@x.org,b@y.org');
    expect(headerSafeAddresses('a@x.org\r\nBcc: evil@z.org')).toBe('a@x.org Bcc: evil@z.org');
  });
});

describe('through the bundle: a board name with a line break', () => {
  it('no subject, sender name or reply-to carries a line break, and nobody outside the list is mailed', () => {
    const clerk = loadBundle({ now: '2025-03-10T06:00:00Z', user: 'clerk@example.org' });
    clerk.call('menuSetUp');
    fillBoard(clerk.env.handles.workbook, {
      actions: [action({ ref: '10.02.01', responsible: 'Gary Bowman', dueDate: '2025-03-01' })],
      officers: [officer('Gary Bowman', 'gary@example.org', 2)],
      settings: { 'Secretariat emails': 'sec@example.org', 'Board name': 'Board\nBcc: x@evil.example\r\nX-Evil: 1' },
    });
    clerk.call('menuInstallAlerts');
    clerk.env.clock.set('2025-03-10T07:00:00Z');
    const run = loadBundle({ mode: 'trigger', user: 'clerk@example.org', shareWith: clerk });
    run.call('runDailyAlerts');
    const sent = run.env.handles.mail.sent;
    expect(sent.map((m) => m.to).sort()).toEqual(['gary@example.org', 'sec@example.org']);
    for (const m of sent) {
      for (const field of [m.to, m.subject, m.name ?? '', m.replyTo ?? '']) expect(CONTROL.test(field)).toBe(false);
      expect(m.subject.startsWith('Board Bcc: x@evil.example X-Evil: 1')).toBe(true);
    }
    expect(sent.find((m) => m.to === 'gary@example.org')!.name).toBe('Board Bcc: x@evil.example X-Evil: 1 Action Log');
    expect(run.env.handles.mail.to('x@evil.example')).toHaveLength(0);
  });
});
