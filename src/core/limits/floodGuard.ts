// Keeps one member, or one busy chat, from flooding the bot: commands past a member's or a chat's rate are
// refused before they cost a query or a send. The state lives in memory, per process; the clock is passed in.
import type { Platform } from "../ports.js";
import { type Bucket, hasToken, isFull, msUntilToken, type Rate, refilled, taken } from "./tokenBucket.js";

export interface FloodRates {
  member: Rate;
  chat: Rate;
}

/** 5 at once then one every 3 s per member; 20 at once then one a second per chat. */
export const DEFAULT_FLOOD_RATES: FloodRates = {
  member: { burst: 5, refillMs: 3_000 },
  chat: { burst: 20, refillMs: 1_000 },
};

export interface Arrival {
  platform: Platform;
  eventId: string;
  userId: string;
  chatId: string;
}

export type Admission =
  | { kind: "admit" }
  /** Refused; `notify` is true for the first refusal of a burst, the one that gets the polite notice. */
  | { kind: "refuse"; retryInMs: number; notify: boolean };

export interface FloodGuard {
  admit(arrival: Arrival, now: Date): Admission;
}

interface Entry {
  bucket: Bucket;
  /** The notice went out in this burst; cleared once the bucket is full again. */
  noticed: boolean;
}

/** Beyond this many remembered events the oldest are forgotten; redeliveries come within minutes. */
const REMEMBERED_EVENTS = 10_000;
/** Every so many arrivals, entries whose bucket refilled (the same as no entry) are dropped. */
const SWEEP_EVERY = 1_000;

export function createFloodGuard(rates: FloodRates = DEFAULT_FLOOD_RATES): FloodGuard {
  const members = new Map<string, Entry>();
  const chats = new Map<string, Entry>();
  // A redelivered event passes without a token: its answer must be the truth ("already counted"), and a
  // member cannot make the platform redeliver.
  const admitted = new Set<string>();
  let arrivals = 0;

  function current(entries: Map<string, Entry>, key: string, rate: Rate, nowMs: number): Entry {
    const entry = entries.get(key);
    const bucket = refilled(entry?.bucket, rate, nowMs);
    return { bucket, noticed: entry?.noticed === true && !isFull(bucket, rate) };
  }

  function sweep(nowMs: number): void {
    for (const [entries, rate] of [
      [members, rates.member],
      [chats, rates.chat],
    ] as const) {
      for (const [key, entry] of entries) {
        if (isFull(refilled(entry.bucket, rate, nowMs), rate)) entries.delete(key);
      }
    }
  }

  return {
    admit(arrival, now) {
      const nowMs = now.getTime();
      const eventKey = `${arrival.platform}:${arrival.eventId}`;
      if (admitted.has(eventKey)) return { kind: "admit" };
      arrivals += 1;
      if (arrivals % SWEEP_EVERY === 0) sweep(nowMs);

      const memberKey = `${arrival.platform}:${arrival.userId}`;
      const chatKey = `${arrival.platform}:${arrival.chatId}`;
      const member = current(members, memberKey, rates.member, nowMs);
      const chat = current(chats, chatKey, rates.chat, nowMs);
      if (hasToken(member.bucket, rates.member) && hasToken(chat.bucket, rates.chat)) {
        members.set(memberKey, { ...member, bucket: taken(member.bucket, rates.member) });
        chats.set(chatKey, { ...chat, bucket: taken(chat.bucket, rates.chat) });
        admitted.add(eventKey);
        if (admitted.size > REMEMBERED_EVENTS) {
          const oldest = admitted.values().next().value;
          if (oldest !== undefined) admitted.delete(oldest);
        }
        return { kind: "admit" };
      }
      // Whichever bucket is empty refuses: the member's own flood, or their chat's. Nothing is taken.
      const [entries, key, entry] = hasToken(member.bucket, rates.member)
        ? [chats, chatKey, chat]
        : [members, memberKey, member];
      entries.set(key, { bucket: entry.bucket, noticed: true });
      const retryInMs = Math.max(
        msUntilToken(member.bucket, rates.member),
        msUntilToken(chat.bucket, rates.chat),
      );
      return { kind: "refuse", retryInMs, notify: !entry.noticed };
    },
  };
}
