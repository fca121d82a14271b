// Runs the real entry point (bin/constancia.mjs) as a newcomer would, with only the environment given.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

const ENTRY = fileURLToPath(new URL("../../bin/constancia.mjs", import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  output(): { stdout: string; stderr: string };
  /**
   * Resolves once `stream` has printed `count` matches of `text` in all; fails if the process exits first.
   */
  printed(text: string | RegExp, options?: { stream?: "stdout" | "stderr"; count?: number }): Promise<void>;
}

/**
 * A fresh DATA_DIR whose embedded database is already migrated (a copy of the global setup's), for tests
 * about something other than the first run: the process starts in a second instead of migrating.
 */
export async function migratedDataDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp(inject("migratedDataDir"), dir, { recursive: true });
  return dir;
}

/** Starts `constancia <args>`; the caller talks to it and stops it. */
export function startConstancia(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, [ENTRY, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LANG: "en_US.UTF-8", ...env },
    cwd: tmpdir(),
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const printed: Running["printed"] = (text, { stream = "stderr", count = 1 } = {}) => {
    const matches = (all: string) =>
      typeof text === "string" ? all.split(text).length - 1 : (all.match(new RegExp(text, "g"))?.length ?? 0);
    const enough = () => matches(stream === "stdout" ? stdout : stderr) >= count;
    return new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!enough()) return;
        child[stream].off("data", check);
        resolve();
      };
      child[stream].on("data", check);
      exited.then((code) => {
        child[stream].off("data", check);
        if (enough()) resolve();
        else reject(new Error(`exited (${code}) before printing ${String(text)}:\n${stdout}\n${stderr}`));
      }, reject);
      check();
    });
  };
  return { child, exited, output: () => ({ stdout, stderr }), printed };
}

/** Runs `constancia <args>` with `input` piped to it, to the end. */
export async function runConstancia(
  args: string[],
  input: string,
  env: Record<string, string> = {},
): Promise<Run> {
  const running = startConstancia(args, env);
  running.child.stdin.end(input);
  const code = await running.exited;
  return { code, ...running.output() };
}
