// The core wired to a test database and the shipped roadmap, with errors collected instead of logged.
import type { CoreDeps } from "../../src/core/commands/context.js";
import type { Judge } from "../../src/core/mock/judge.js";
import { offlineJudge } from "../../src/core/mock/offlineJudge.js";
import type { EvidenceCheck } from "../../src/core/tasks/evidence.js";
import type { Database } from "../../src/db/client.js";
import { createMockStore } from "../../src/db/mockStore.js";
import { createScheduleStore } from "../../src/db/scheduleStore.js";
import { createStore } from "../../src/db/store.js";
import { createCatalog } from "../../src/roadmapFile/catalog.js";
import { loadRoadmap } from "../../src/roadmapFile/load.js";

export interface CoreOptions {
  judge?: Judge;
  mockDailyLimit?: number;
  evidenceCheck?: EvidenceCheck;
}

export async function coreDepsFor(
  db: Database,
  errors: unknown[],
  options: CoreOptions = {},
): Promise<CoreDeps> {
  const store = createStore(db);
  const roadmap = await loadRoadmap();
  return {
    store,
    schedule: createScheduleStore(db),
    roadmap,
    roadmaps: createCatalog([roadmap], { store }),
    defaultTimezone: "America/Sao_Paulo",
    defaultLocale: "en",
    log: { error: (details) => errors.push(details) },
    mock: createMockStore(db),
    judge: options.judge ?? offlineJudge,
    mockDailyLimit: options.mockDailyLimit ?? 10,
    ...(options.evidenceCheck === undefined ? {} : { evidenceCheck: options.evidenceCheck }),
  };
}
