// Token-bucket arithmetic: a burst of tokens, one back every refill interval. Pure; the caller passes the time.
// The bucket counts in milliseconds of refill (one token = refillMs), so whole-millisecond clocks stay exact.

export interface Rate {
  /** Tokens a full bucket holds: how many commands may come at once. */
  burst: number;
  /** One token comes back every this many milliseconds. */
  refillMs: number;
}

export interface Bucket {
  /** Refill time held, in milliseconds: tokens × refillMs. */
  heldMs: number;
  /** When `heldMs` was last brought up to date, in epoch milliseconds. */
  at: number;
}

const capacity = (rate: Rate) => rate.burst * rate.refillMs;

/** The bucket as it stands at `nowMs`; a new one is full. A clock that steps back refills nothing. */
export function refilled(bucket: Bucket | undefined, rate: Rate, nowMs: number): Bucket {
  if (bucket === undefined) return { heldMs: capacity(rate), at: nowMs };
  const elapsed = Math.max(0, nowMs - bucket.at);
  return { heldMs: Math.min(capacity(rate), bucket.heldMs + elapsed), at: Math.max(bucket.at, nowMs) };
}

export function tokensIn(bucket: Bucket, rate: Rate): number {
  return Math.floor(bucket.heldMs / rate.refillMs);
}

export function hasToken(bucket: Bucket, rate: Rate): boolean {
  return bucket.heldMs >= rate.refillMs;
}

export function isFull(bucket: Bucket, rate: Rate): boolean {
  return bucket.heldMs >= capacity(rate);
}

export function taken(bucket: Bucket, rate: Rate): Bucket {
  return { heldMs: bucket.heldMs - rate.refillMs, at: bucket.at };
}

/** Milliseconds until the bucket next holds a whole token; 0 when it does. */
export function msUntilToken(bucket: Bucket, rate: Rate): number {
  return Math.max(0, rate.refillMs - bucket.heldMs);
}
