import { format } from 'node:util';
import { CallLog, counted } from './calls';

export type EmulatedLogger = Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>;
export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';
export type EmulatedConsole = Pick<Console, ConsoleLevel | 'time' | 'timeEnd'>;

export interface LoggerHandle {
  /** Lines written with Logger.log, in order. */
  readonly lines: string[];
  /** Entries written with console.*, in order. */
  readonly console: { level: ConsoleLevel; message: string }[];
  /** Echo everything to the host console too (debugging a test). */
  echo: boolean;
}

/**
 * Logger (counted like a service: every call is a round trip in Apps Script) and console
 * (Apps Script's console writes to Cloud Logging; not counted). Both are captured on the handle.
 */
export function createLogger({ calls, now }: { calls: CallLog; now: () => number }): {
  logger: EmulatedLogger;
  console: EmulatedConsole;
  handle: LoggerHandle;
} {
  const handle: LoggerHandle = { lines: [], console: [], echo: false };
  // Logger.log(format, ...values) uses Java-style %s placeholders; util.format covers %s/%d/%j.
  const text = (args: unknown[]) =>
    args.length > 1 && typeof args[0] === 'string'
      ? format(...(args as [string, ...unknown[]]))
      : args.map((a) => (typeof a === 'string' ? a : format('%o', a))).join(' ');
  let self: EmulatedLogger;
  const logger: EmulatedLogger = {
    log: ((...args: unknown[]) => {
      const line = text(args);
      handle.lines.push(line);
      if (handle.echo) process.stdout.write(`Logger: ${line}\n`);
      return self;
    }) as EmulatedLogger['log'],
    getLog: () => handle.lines.join('\n'),
    clear: () => {
      handle.lines.length = 0;
    },
  };
  self = counted(logger, calls, 'Logger', 'Logger');
  const timers = new Map<string, number>();
  const write =
    (level: ConsoleLevel) =>
    (...args: unknown[]) => {
      const message = text(args);
      handle.console.push({ level, message });
      if (handle.echo) process.stdout.write(`console.${level}: ${message}\n`);
    };
  const consoleObject: EmulatedConsole = {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('debug'),
    time: (label = 'default') => {
      timers.set(label, now());
    },
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      if (start !== undefined) write('info')(`${label}: ${now() - start}ms`);
      timers.delete(label);
    },
  };
  return { logger: self, console: consoleObject, handle };
}
