// Delivery pools, one per platform: a platform that stops answering holds up only its own sends.
import { type Job, type Outcome, platformOf } from "./deliver.js";

/**
 * Sends to different recipients overlap, so delivery is paced by the platforms' rate limits rather than by
 * one round trip after another; one recipient's sends (a morning nudge, then the recap) keep their order.
 * The limit holds per platform.
 */
export const RECIPIENTS_AT_ONCE = 8;

export interface DeliveryPools {
  /** Queues a claimed job behind its recipient's earlier ones, on its platform's pool; resolves with its outcome. */
  submit(job: Job): Promise<Outcome>;
  /** Whether the job is queued or in progress here. */
  has(key: string): boolean;
  /**
   * Takes no more jobs and hands back the queued ones (their keys; they resolve as "retry"); `settled`
   * resolves once the sends in progress have.
   */
  stop(): { handedBack: string[]; settled: Promise<void> };
}

interface Entry {
  job: Job;
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

function recipientOf(job: Job): string {
  return job.kind === "group_summary" ? `group:${job.subjectId}` : `member:${job.subjectId}`;
}

interface Pool {
  submit(entry: Entry): void;
  stop(): { handedBack: Entry[]; settled: Promise<void> };
}

function pool(limit: number, run: (job: Job) => Promise<Outcome>): Pool {
  /** Each recipient's jobs not started yet, in order. */
  const queues = new Map<string, Entry[]>();
  /** Recipients with queued jobs and no worker yet, first come first served. */
  const waiting: string[] = [];
  const working = new Set<Promise<void>>();
  let stopped = false;

  async function drain(queue: Entry[]): Promise<void> {
    for (let entry = queue.shift(); entry !== undefined && !stopped; entry = queue.shift()) {
      try {
        entry.resolve(await run(entry.job));
      } catch (error) {
        entry.reject(error);
      }
    }
  }

  function startWorkers(): void {
    while (!stopped && working.size < Math.max(1, limit) && waiting.length > 0) {
      const recipient = waiting.shift() as string;
      const queue = queues.get(recipient) ?? [];
      const work: Promise<void> = drain(queue).finally(() => {
        working.delete(work);
        // A job queued while the last one settled still needs a worker.
        if (queue.length === 0) queues.delete(recipient);
        else if (!stopped) waiting.push(recipient);
        startWorkers();
      });
      working.add(work);
    }
  }

  return {
    submit(entry) {
      const recipient = recipientOf(entry.job);
      const queue = queues.get(recipient);
      if (queue !== undefined) queue.push(entry);
      else {
        queues.set(recipient, [entry]);
        waiting.push(recipient);
        startWorkers();
      }
    },
    stop() {
      stopped = true;
      const handedBack = [...queues.values()].flatMap((queue) => queue.splice(0));
      queues.clear();
      waiting.length = 0;
      return { handedBack, settled: Promise.all(working).then(() => {}) };
    },
  };
}

export function deliveryPools(limit: number, run: (job: Job) => Promise<Outcome>): DeliveryPools {
  const pools = new Map<string, Pool>();
  const active = new Set<string>();
  let stopped = false;
  return {
    submit(job) {
      if (stopped) return Promise.resolve("retry");
      // A job whose recipient is gone still goes through delivery, which records it as skipped.
      const platform = platformOf(job) ?? "none";
      let platformPool = pools.get(platform);
      if (platformPool === undefined) {
        platformPool = pool(limit, run);
        pools.set(platform, platformPool);
      }
      active.add(job.key);
      const target = platformPool;
      return new Promise<Outcome>((resolve, reject) => target.submit({ job, resolve, reject })).finally(() =>
        active.delete(job.key),
      );
    },
    has: (key) => active.has(key),
    stop() {
      stopped = true;
      const stops = [...pools.values()].map((p) => p.stop());
      const handedBack = stops.flatMap((s) => s.handedBack);
      for (const entry of handedBack) entry.resolve("retry");
      return {
        handedBack: handedBack.map((entry) => entry.job.key),
        settled: Promise.all(stops.map((s) => s.settled)).then(() => {}),
      };
    },
  };
}
