// A platform adapter: translates platform events into core messages and core sends into platform calls.
import type { PlatformSender } from "../core/delivery.js";

export interface PlatformAdapter extends PlatformSender {
  /** Connects and starts taking events; resolves once connected. */
  start(): Promise<void>;
  /** Stops taking new events and waits for those in flight. */
  stop(): Promise<void>;
  /** For /healthz. */
  connected(): boolean;
}
