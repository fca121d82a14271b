// A child process started with the probe preloaded: its output kept for error messages, lines awaited,
// and its resident memory measured over IPC after a full collection.
import { type ChildProcess, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import type { Measurement } from "./child/probe.js";

export interface MeasuredProcess {
  /** Resolves once a line of standard output matches. */
  line(pattern: RegExp, what: string): Promise<void>;
  /**
   * Collects the garbage and measures about once a second for 10 s, and returns the median of the last five:
   * V8 and the allocator hand freed pages back to the system a few seconds after a process goes idle.
   */
  measure(): Promise<Measurement>;
  /** Rejects if the process exits first. */
  alive<T>(work: Promise<T>, what: string): Promise<T>;
  stop(): Promise<void>;
}

const WAIT_MS = 120_000;
const SAMPLES = 10;

function isMeasurement(message: unknown): message is Measurement {
  return typeof message === "object" && message !== null && "rss" in message;
}

export function startMeasured(
  probe: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): MeasuredProcess {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--expose-gc", "--import", pathToFileURL(probe).href, script, ...args],
    {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  // Kept short: only the end matters when something failed.
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  function alive<T>(work: Promise<T>, what: string): Promise<T> {
    const failure = (reason: string) => new Error(`${what}: ${reason}\n${stdout.slice(-5_000)}\n${stderr}`);
    return Promise.race([
      work,
      exited.then((code) => Promise.reject(failure(`the process exited (${code})`))),
      sleep(WAIT_MS, null, { ref: false }).then(() => Promise.reject(failure("timed out"))),
    ]);
  }

  async function measureOnce(): Promise<Measurement> {
    const answer = new Promise<Measurement>((resolve, reject) => {
      child.once("message", (message: unknown) => {
        if (isMeasurement(message)) resolve(message);
        else reject(new Error(`measuring failed: ${JSON.stringify(message)}`));
      });
    });
    child.send("measure");
    return alive(answer, "measuring");
  }

  return {
    line(pattern, what) {
      return alive(
        new Promise<void>((resolve) => {
          const check = () => {
            if (!pattern.test(stdout)) return;
            child.stdout?.off("data", check);
            resolve();
          };
          child.stdout?.on("data", check);
          check();
        }),
        what,
      );
    },
    async measure() {
      const samples: Measurement[] = [];
      for (let i = 0; i < SAMPLES; i += 1) {
        if (i > 0) await sleep(600);
        samples.push(await measureOnce());
      }
      const [, , median] = samples.slice(-5).sort((a, b) => a.rss - b.rss);
      if (median === undefined) throw new Error("no measurement");
      return median;
    },
    alive,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) child.disconnect();
      child.kill("SIGTERM");
      const code = await Promise.race([exited, sleep(15_000, "timeout", { ref: false })]);
      if (code === "timeout") child.kill("SIGKILL");
    },
  };
}
