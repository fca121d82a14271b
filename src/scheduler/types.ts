// What the scheduler is built from.
import type { CoreLogger } from "../core/commands/context.js";
import type { OutgoingImage, PlatformSender } from "../core/delivery.js";
import type { Metrics } from "../core/metrics.js";
import type { ChartData, ComposeDeps } from "../core/nudges/compose.js";
import type { Platform } from "../core/ports.js";
import type { Timers } from "./timers.js";

export interface SchedulerDeps extends ComposeDeps {
  senders: ReadonlyMap<Platform, PlatformSender>;
  renderChart(chart: ChartData): OutgoingImage;
  /** Names this process in the send log, to tell instances apart. */
  instance: string;
  log: CoreLogger & {
    info(details: object, message: string): void;
    /** Every tick's report, empty ones too: what a test waits for to know the scheduler is done. */
    debug?(details: object, message: string): void;
  };
  metrics?: Metrics;
  /** How many recipients' sends overlap on each platform (default RECIPIENTS_AT_ONCE). */
  recipientsAtOnce?: number;
  /** Send deadlines and lease renewals run on these (default: the process's own timers). */
  timers?: Timers;
}

export interface TickReport {
  sent: number;
  skipped: number;
  failed: number;
  retried: number;
  waiting: number;
  /** Claims another instance took over (this one's lease ran out first): theirs to deliver, not sent here. */
  lost: number;
}
