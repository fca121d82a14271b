// The constancia command: start | migrate | help.
import { existsSync } from "node:fs";
import { ConfigError, loadConfig } from "./config.js";
import { migrate, start } from "./main.js";
import { RoadmapError } from "./roadmap/load.js";

const USAGE = `Usage: constancia <command>

  start     run the bot (the terminal when no platform token is set)
  migrate   apply database migrations and exit
  help      show this text`;

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
