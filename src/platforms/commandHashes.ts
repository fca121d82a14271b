// The port through which a platform remembers which command definitions it last registered.
import type { Platform } from "../core/ports.js";

export interface CommandHashStore {
  /** The hash stored for the scope, or null if commands were never registered there. */
  hashFor(platform: Platform, scope: string): Promise<string | null>;
  saveHash(platform: Platform, scope: string, hash: string, at: Date): Promise<void>;
}
