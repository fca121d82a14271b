// A scheduler over a TestBot's database, delivering to a recording sender that can be told to fail.

import { renderChart } from "../../src/charts/renderChart.js";
import type { OutgoingMessage, PlatformSender, SendResult } from "../../src/core/delivery.js";
import { mockHintsFor } from "../../src/core/mock/hints.js";
import type { ChartData } from "../../src/core/schedule/compose.js";
import { runTick } from "../../src/scheduler/runTick.js";
import type { SchedulerDeps, TickReport } from "../../src/scheduler/types.js";
import type { TestBot } from "./bot.js";

export interface Delivered {
  to: string;
  channel: boolean;
  message: OutgoingMessage;
}

export interface RecordingSender extends PlatformSender {
  delivered: Delivered[];
  /** Answers for the next sends, in order; then every send succeeds. */
  failNext: SendResult[];
}

export function recordingSender(): RecordingSender {
  const delivered: Delivered[] = [];
  const failNext: SendResult[] = [];
  const send = async (to: string, channel: boolean, message: OutgoingMessage): Promise<SendResult> => {
    const failure = failNext.shift();
    if (failure) return failure;
    delivered.push({ to, channel, message });
    return { ok: true };
  };
  return {
    platform: "console",
    delivered,
    failNext,
    sendToMember: (to, message) => send(to, false, message),
    sendToChannel: (to, message) => send(to, true, message),
  };
}

export function schedulerFor(bot: TestBot, sender: PlatformSender, instance = "test"): SchedulerDeps {
  return {
    ...bot.deps,
    senders: new Map([[sender.platform, sender]]),
    renderChart: (chart: ChartData) => ({ png: renderChart(chart), filename: "summary.png", alt: chart.alt }),
    instance,
    mockHints: mockHintsFor(bot.deps.mock, bot.deps.roadmap),
    log: { error: (details) => bot.errors.push(details), info: () => {} },
  };
}

export function tickAt(deps: SchedulerDeps, iso: string): Promise<TickReport> {
  return runTick(deps, new Date(iso));
}
