// The constancia command: start | migrate | nudges | judge | eval-judge | roadmap | help.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { localeFrom, messagesFor } from "./core/messages/index.js";
import { type CommandIO, evalJudgeCommand, judgeCommand } from "./llmJudge/commands.js";
import { migrate, nudges, start } from "./main.js";
import { roadmapCommand } from "./roadmapFile/commands.js";
import { loadRoadmap, RoadmapError } from "./roadmapFile/load.js";

const USAGE = `Usage: constancia <command>

  start                 run the bot (the terminal when no platform token is set)
  migrate               apply database migrations and exit
  nudges --at <ISO instant> [--until <ISO instant>] [--json]
                        what goes out at that minute (or in [at, until)), without sending or recording anything
  judge --topic <t>     judge an answer read on standard input ([--question <id>] [--json] [--offline])
  eval-judge <file>     score a labelled set of answers and compare with the human scores
  roadmap check <file>  validate a roadmap file: every problem with its path, exit 1 when invalid
  roadmap list          the installed roadmaps, with their id and title
  help                  show this text`;

const io: CommandIO = {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

class UsageError extends Error {}

function instant(name: string, value: string | undefined): Date {
  const date = value === undefined ? new Date(Number.NaN) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`--${name} needs an ISO-8601 instant, e.g. --${name} 2026-12-07T12:00:00Z`);
  }
  return date;
}

async function printNudges(config: Config, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { at: { type: "string" }, until: { type: "string" }, json: { type: "boolean", default: false } },
    strict: true,
  });
  const from = instant("at", values.at);
  const until =
    values.until === undefined ? new Date(from.getTime() + 60_000) : instant("until", values.until);
  if (until <= from) {
    throw new UsageError(
      `--until must come after --at, e.g. --at 2026-12-07T12:00:00Z --until 2026-12-07T13:00:00Z`,
    );
  }
  const items = await nudges(config, from, until);
  if (items.length === 0 && !values.json) {
    // JSON lines stay empty for scripts; a person is told the window was read and nothing is in it.
    const t = messagesFor(localeFrom(config.LANG) ?? config.DEFAULT_LANGUAGE);
    process.stdout.write(
      `${t["preview.nothingDue"]({ from: from.toISOString(), until: until.toISOString() })}\n`,
    );
  }
  for (const item of items) {
    if (values.json) {
      const { kind, platform, to, member, key, text, dueAt, sendsAt } = item;
      process.stdout.write(`${JSON.stringify({ kind, platform, to, member, key, dueAt, sendsAt, text })}\n`);
    } else {
      // Listed when it goes out: a send held by quiet hours shows the time they end.
      process.stdout.write(
        `— ${item.sendsAt} ${item.kind} → ${item.member ?? item.to} (${item.platform})\n${item.text}\n\n`,
      );
    }
  }
  return 0;
}

async function run(argv: string[]): Promise<number> {
  const [command = "start"] = argv;
  if (command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Checking a file needs no database or tokens: it runs before the configuration is read.
  if (command === "roadmap") return roadmapCommand(argv.slice(1), localeFrom(process.env.LANG) ?? "en", io);
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfig(process.env);
  switch (command) {
    case "start":
      await start(config);
      return 0;
    case "nudges":
      return printNudges(config, argv.slice(1));
    case "migrate":
      process.stdout.write(`Migrations applied to ${await migrate(config)}.\n`);
      return 0;
    case "judge":
      return judgeCommand(argv.slice(1), config, await loadRoadmap(config.ROADMAP), io);
    case "eval-judge":
      return evalJudgeCommand(argv.slice(1), config, await loadRoadmap(config.ROADMAP), io);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof ConfigError || error instanceof RoadmapError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(
        `constancia failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
