/**
 * The fake clock every emulated service and the harness's FakeDate read. Nothing waits for real:
 * `Utilities.sleep` and lock timeouts advance it instead.
 */
export const DEFAULT_START = '2025-03-03T09:00:00.000Z'; // a Monday, GMT

export class FakeClock {
  private ms: number;

  constructor(start: string | number = DEFAULT_START) {
    this.ms = FakeClock.toMs(start);
  }

  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number {
    return this.ms;
  }

  /** Jump to an instant: an ISO string with a zone ('2025-03-31T00:30:00Z') or epoch ms. */
  set(at: string | number): void {
    this.ms = FakeClock.toMs(at);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`FakeClock.advance: bad duration ${ms}`);
    this.ms += ms;
  }

  private static toMs(at: string | number): number {
    const ms = typeof at === 'number' ? at : Date.parse(at);
    if (!Number.isFinite(ms)) throw new Error(`FakeClock: not an instant: ${String(at)}`);
    if (typeof at === 'string' && !/(Z|[+-]\d\d:?\d\d)$/i.test(at) && /T/.test(at)) {
      throw new Error(`FakeClock: give a zone (Z or ±hh:mm) so the instant is unambiguous: ${at}`);
    }
    return ms;
  }
}
