// The scheduler's port, implemented with drizzle: one store per concern (see schedule/), composed.
import type { ScheduleStore } from "../core/nudges/ports.js";
import type { Database } from "./client.js";
import { createFigures } from "./schedule/figures.js";
import { createGroupSettingsStore } from "./schedule/groupSettings.js";
import { createOneOffs } from "./schedule/oneOffs.js";
import { createRecipients } from "./schedule/recipients.js";
import { createSendLog } from "./schedule/sendLog.js";

export function createScheduleStore(db: Database): ScheduleStore {
  return {
    ...createSendLog(db),
    ...createRecipients(db),
    ...createGroupSettingsStore(db),
    ...createFigures(db),
    ...createOneOffs(db),
  };
}
