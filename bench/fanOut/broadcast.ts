// One broadcast: the same DM to every recipient, RECIPIENTS_AT_ONCE at a time as the scheduler's tick
// delivers them, timed from the first send to the last answer.
import { performance } from "node:perf_hooks";
import type { OutgoingMessage, PlatformSender } from "../../src/core/delivery.js";
import { RECIPIENTS_AT_ONCE } from "../../src/scheduler/pools.js";
import { type Result, report } from "../harness.js";

export const DMS = 2_000;

/** 2000 → "2,000", as the table writes counts. */
const count = (n: number) => n.toLocaleString("en-US");

/** About the length of a morning nudge. */
export const NUDGE: OutgoingMessage = {
  text: [
    "Good morning! Today's block of the roadmap: containers and reproducible environments.",
    "Goal for today: 2h. This week so far: 5h 30m of 10h.",
    "Log what you study with /checkin 1h30 notes, or pause the nudges with /pause.",
  ].join("\n"),
};

export interface Broadcast {
  sent: number;
  failures: string[];
  seconds: number;
}

export async function broadcast(sender: PlatformSender, recipients: string[]): Promise<Broadcast> {
  const failures: string[] = [];
  const started = performance.now();
  const queue = [...recipients];
  const worker = async () => {
    for (let recipient = queue.shift(); recipient !== undefined; recipient = queue.shift()) {
      const result = await sender.sendToMember(recipient, NUDGE);
      if (!result.ok) failures.push(`${recipient}: ${result.error} ${result.detail}`);
    }
  };
  await Promise.all(Array.from({ length: RECIPIENTS_AT_ONCE }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { sent: recipients.length - failures.length, failures, seconds };
}

/** A broadcast's rate against what the platform allows: met at 90 % of it, with no 429 and no failure. */
export function fanOutResult(
  platform: string,
  limit: string,
  { sent, failures, seconds }: Broadcast,
  penalties: number,
  allowed: number,
): Result {
  const rate = sent / seconds;
  return report({
    name: `fan-out, ${count(DMS)} ${platform} DMs, ${RECIPIENTS_AT_ONCE} at a time (${limit}), 429s: ${penalties}, failed: ${failures.length}`,
    value: rate,
    baseline: allowed,
    baselineLabel: "allowed",
    unit: "DMs/s",
    goal: "ratio ≥ 0.9, no 429",
    ratio: rate / allowed,
    met: rate / allowed >= 0.9 && penalties === 0 && failures.length === 0,
  });
}
