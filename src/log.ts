// pino, writing to standard error so standard output stays the conversation. Every line goes through
// logFields: no secret and no member text at any depth, errors reduced to what an operator needs.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import pretty from "pino-pretty";
import { logError, logFields, logValue } from "./logFields.js";

export type { Logger };

function loggable(value: unknown): unknown {
  if (value instanceof Error) return logError(value);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return logFields(value as Record<string, unknown>);
  }
  return logValue(value);
}

/** The logger's options; `createLogger` uses them, and so can a test writing to a buffer. */
export function logOptions(level: string): LoggerOptions {
  return {
    level,
    // For fields that skip the hook below: a child logger's bindings.
    serializers: { err: loggable, error: loggable },
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        // pino would take a bare error's own message as the line's message: give it the loggable one.
        const fields = first instanceof Error ? { err: logError(first) } : first;
        const safe = [
          typeof fields === "string" ? fields : loggable(fields),
          ...rest.map((arg) => logValue(arg)),
        ];
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
