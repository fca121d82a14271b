// Delivery with a bounded number of recipients at a time, each recipient's sends in order.
import type { Job } from "./deliver.js";

/**
 * Sends to different recipients overlap, so a tick is paced by the platforms' rate limits rather than by
 * one round trip after another; one recipient's sends (a morning nudge, then the recap) keep their order.
 */
export const RECIPIENTS_AT_ONCE = 8;

function recipientOf(job: Job): string {
  return job.kind === "group_summary" ? `group:${job.subjectId}` : `member:${job.subjectId}`;
}

export async function byRecipientInTurns(
  jobs: readonly Job[],
  limit: number,
  send: (job: Job) => Promise<void>,
): Promise<void> {
  const queues = new Map<string, Job[]>();
  for (const job of jobs) {
    const queue = queues.get(recipientOf(job));
    if (queue) queue.push(job);
    else queues.set(recipientOf(job), [job]);
  }
  const pending = [...queues.values()];
  const worker = async () => {
    for (let queue = pending.shift(); queue !== undefined; queue = pending.shift()) {
      for (const job of queue) await send(job);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, pending.length)) }, worker));
}
