// The store backends every port contract test runs on: memory always, then each SQL test database. A test
// that only goes through the ports (Store, MockStore, ScheduleStore) belongs here, so the suite proves the
// in-memory stores behave as the SQL ones; one that inspects SQL stays on testDatabases.
import type { MockStore } from "../../src/core/mock/ports.js";
import type { ScheduleStore } from "../../src/core/nudges/ports.js";
import type { Store } from "../../src/core/ports.js";
import { createMemoryStores } from "../../src/db/memory/index.js";
import { createMockStore } from "../../src/db/mockStore.js";
import { createScheduleStore } from "../../src/db/scheduleStore.js";
import { createStore } from "../../src/db/store.js";
import { type TestDatabase, testDatabases } from "./databases.js";

export interface StoreOptions {
  /** The mock store's LLM budget (LLM_DAILY_BUDGET). */
  llmDailyBudget?: number;
}

export interface OpenedStores {
  store: Store;
  mock: MockStore;
  schedule: ScheduleStore;
  /** Another mock store over the same data, with other options. */
  mockWith(options: StoreOptions): MockStore;
  close(): Promise<void>;
}

export interface StoreBackend {
  name: string;
  /** Fresh, empty stores of their own, so test files can run in parallel. */
  open(options?: StoreOptions): Promise<OpenedStores>;
}

export const memoryBackend: StoreBackend = {
  name: "memory",
  async open(options = {}) {
    const stores = createMemoryStores(options);
    return { ...stores, close: async () => {} };
  },
};

export function sqlBackend(database: TestDatabase): StoreBackend {
  return {
    name: database.name,
    async open(options = {}) {
      const handle = await database.open();
      return {
        store: createStore(handle.db),
        mock: createMockStore(handle.db, options),
        schedule: createScheduleStore(handle.db),
        mockWith: (other) => createMockStore(handle.db, other),
        close: () => handle.close(),
      };
    },
  };
}

export const storeBackends: StoreBackend[] = [memoryBackend, ...testDatabases.map(sqlBackend)];
