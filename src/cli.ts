// The constancia command: start | migrate | judge | eval-judge | help.
import { existsSync } from "node:fs";
import { ConfigError, loadConfig } from "./config.js";
import { type CommandIO, evalJudgeCommand, judgeCommand } from "./judge/commands.js";
import { migrate, start } from "./main.js";
import { loadRoadmap, RoadmapError } from "./roadmap/load.js";

const USAGE = `Usage: constancia <command>

  start                 run the bot (the terminal when no platform token is set)
  migrate               apply database migrations and exit
  judge --topic <t>     judge an answer read on standard input ([--question <id>] [--json] [--offline])
  eval-judge <file>     score a labelled set of answers and compare with the human scores
  help                  show this text`;

const io: CommandIO = {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function run(argv: string[]): Promise<number> {
  const [command = "start"] = argv;
  if (command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfig(process.env);
  switch (command) {
    case "start":
      await start(config);
      return 0;
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
