// postgres.js pipelines queries onto busy connections, and a transaction's BEGIN that fills a connection's
// pipeline is sent without the connection being reserved for it (porsager/postgres#823, #1189): the
// transaction fails, or worse, other queries run inside it. Admitting no more top-level queries and
// transactions than there are connections keeps every pipeline short, so that boundary is never reached.
import type postgres from "postgres";

/** Runs at most `permits` tasks at once; the rest wait in arrival order. */
function createSemaphore(permits: number) {
  let free = permits;
  const waiting: Array<() => void> = [];
  return async function run<T>(task: () => PromiseLike<T>): Promise<T> {
    if (free > 0) free -= 1;
    else await new Promise<void>((admitted) => waiting.push(admitted));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

/**
 * The client drizzle talks to: the same postgres.js client, with its top-level `unsafe` (every drizzle
 * query) and `begin` (every drizzle transaction) admitted through one semaphore of `permits`. Queries
 * inside a transaction use the transaction's own connection and are not gated.
 */
export function gatedClient(client: postgres.Sql, permits: number): postgres.Sql {
  const run = createSemaphore(permits);
  const unsafe = (...args: Parameters<postgres.Sql["unsafe"]>) => {
    let values = false;
    let started: Promise<unknown> | undefined;
    const start = () => {
      started ??= run(() => (values ? client.unsafe(...args).values() : client.unsafe(...args)));
      return started;
    };
    // Drizzle awaits the query, or asks for `.values()` first, as it does of a postgres.js query.
    const pending = {
      values() {
        values = true;
        return pending;
      },
      // biome-ignore lint/suspicious/noThenProperty: this object stands in for postgres.js's lazy query.
      then<A, B>(
        onFulfilled?: (rows: unknown) => A | PromiseLike<A>,
        onRejected?: (e: unknown) => B | PromiseLike<B>,
      ) {
        return start().then(onFulfilled, onRejected);
      },
    };
    return pending;
  };
  const begin = (...args: unknown[]) =>
    run(() => (client.begin as (...a: unknown[]) => Promise<unknown>)(...args));
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") return unsafe;
      if (property === "begin") return begin;
      return Reflect.get(target, property, receiver);
    },
  });
}
