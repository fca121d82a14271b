// pino, writing to standard error so standard output stays the conversation. Every line goes through
// logFields: no secret and no member text at any depth, errors reduced to what an operator needs.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import pretty from "pino-pretty";
import { logLine, logValue, scrubText } from "./logFields.js";

export type { Logger };

/** The logger's options; `createLogger` uses them, and so can a test writing to a buffer. */
export function logOptions(level: string): LoggerOptions {
  return {
    level,
    // For what skips the hook below: a child logger's bindings.
    serializers: { err: (value) => logValue(value), error: (value) => logValue(value) },
    hooks: {
      logMethod(args, method) {
        const [first, ...rest]: unknown[] = args;
        const loggable = rest.map((arg) => logValue(arg));
        // pino takes a bare error's own message as the line's message: logLine gives it the loggable one.
        const safe =
          typeof first === "string" ? [scrubText(first), ...loggable] : [logLine(first), ...loggable];
        method.apply(this, safe as Parameters<typeof method>);
      },
    },
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = logOptions(level);
  if (destination !== undefined) return pino(options, destination);
  return process.stderr.isTTY
    ? pino(options, pretty({ destination: 2, sync: true, colorize: true }))
    : pino(options, pino.destination({ dest: 2, sync: true }));
}
