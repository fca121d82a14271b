// Loaded with --import into a measured process (run with --expose-gc): asked "measure" over IPC, it
// collects the garbage and answers with the resident set size.
import { setTimeout as sleep } from "node:timers/promises";

export interface Measurement {
  rss: number;
  heapUsed: number;
}

async function measure(): Promise<Measurement> {
  const gc = globalThis.gc;
  if (gc === undefined) throw new Error("run with --expose-gc");
  // Twice, with a pause: finalizers and weak references free more on the second pass.
  for (let i = 0; i < 2; i += 1) {
    gc();
    await sleep(200);
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

process.on("message", (message) => {
  if (message !== "measure") return;
  measure().then(
    (measurement) => process.send?.(measurement),
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});
// The channel must not keep the process alive once it is told to stop.
process.channel?.unref();
