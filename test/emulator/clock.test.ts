import { FakeClock } from './clock';

describe('FakeClock', () => {
  it('starts, jumps and advances only when told', () => {
    const clock = new FakeClock('2025-03-30T00:30:00Z');
    expect(new Date(clock.now()).toISOString()).toBe('2025-03-30T00:30:00.000Z');
    clock.advance(90 * 60000);
    expect(new Date(clock.now()).toISOString()).toBe('2025-03-30T02:00:00.000Z');
    clock.set(0);
    expect(clock.now()).toBe(0);
    clock.set('2025-01-01');
    expect(clock.now()).toBe(Date.UTC(2025, 0, 1));
  });

  it('refuses ambiguous or bad input', () => {
    const clock = new FakeClock();
    expect(() => clock.set('2025-03-30T09:00')).toThrow(/give a zone/);
    expect(() => clock.set('tomorrow')).toThrow(/not an instant/);
    expect(() => clock.advance(-1)).toThrow(/bad duration/);
  });
});
