// The core's persistence ports kept in memory: the same behaviour as the SQL stores (tests/db proves it on
// one contract suite), for tests and runs that need no database. Nothing survives the process.
import type { MockStore } from "../../core/mock/ports.js";
import { DEFAULT_LLM_DAILY_BUDGET } from "../../core/mock/session.js";
import type { ScheduleStore } from "../../core/nudges/ports.js";
import type { Store } from "../../core/ports.js";
import { createMemoryMock } from "./mockStore.js";
import { createMemorySchedule } from "./schedule.js";
import { committedScope } from "./state.js";
import { createMemoryStore } from "./store.js";

export interface MemoryOptions {
  /** LLM calls allowed in any 24 hours, across all members (LLM_DAILY_BUDGET); 0: none. */
  llmDailyBudget?: number;
  /** The database's clock, which leases and the age of processed events count on; the system's by default. */
  now?: () => Date;
}

export interface MemoryStores {
  store: Store;
  mock: MockStore;
  schedule: ScheduleStore;
  /** A mock store over the same data with other options, as createMockStore(db, options) gives. */
  mockWith(options: Pick<MemoryOptions, "llmDailyBudget">): MockStore;
}

export function createMemoryStores(options: MemoryOptions = {}): MemoryStores {
  const scope = committedScope(options.now ?? (() => new Date()));
  const mockWith = (o: Pick<MemoryOptions, "llmDailyBudget">) =>
    createMemoryMock(scope, o.llmDailyBudget ?? DEFAULT_LLM_DAILY_BUDGET);
  return {
    store: createMemoryStore(scope),
    schedule: createMemorySchedule(scope),
    mock: mockWith(options),
    mockWith,
  };
}
