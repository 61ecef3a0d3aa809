/**
 * A logger for Vega-Lite and Vega that turns warnings and errors into a thrown error
 * naming the chart: a warning means the template asks for something the libraries will
 * not draw as written, which must be fixed in the template rather than printed.
 */
import type { LoggerInterface } from 'vega';

export function strictLogger(id: string): LoggerInterface {
  let level = 0;
  const fail = (...args: unknown[]): never => {
    throw new Error(`chartsvg: ${id}: ${args.map(String).join(' ')}`);
  };
  const logger: LoggerInterface = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error: fail,
    warn: fail,
    info: () => logger,
    debug: () => logger,
  } as LoggerInterface;
  return logger;
}
