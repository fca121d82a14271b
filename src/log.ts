// pino, writing to standard error so standard output stays the conversation; secrets redacted.
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

const REDACT = [
  "token",
  "apiKey",
  "password",
  "databaseUrl",
  "*.token",
  "*.apiKey",
  "*.password",
  "*.databaseUrl",
  "config.DATABASE_URL",
  "config.DISCORD_TOKEN",
];

export function createLogger(level: string): Logger {
  const options = { level, redact: { paths: REDACT, censor: "[redacted]" } };
  return process.stderr.isTTY
    ? pino(options, pretty({ destination: 2, sync: true, colorize: true }))
    : pino(options, pino.destination({ dest: 2, sync: true }));
}
