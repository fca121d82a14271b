// The scheduler's pointers and send log: what is due, claims taken once per key, and leases on the db clock.
import { type MemberSlot, SLOTS, type Slot } from "../../core/nudges/kinds.js";
import type { Claim, ClaimedSend, DueGroup, DueMember, SendState } from "../../core/nudges/ports.js";
import { toGroup } from "./groups.js";
import { compareText, toRecipient } from "./members.js";
import type { Db, GroupRow, IdentityRow, MemberRow, OneOffRow, SendRow } from "./state.js";

const POINTER = {
  morning: "nextMorningAt",
  evening: "nextEveningAt",
  recap: "nextRecapAt",
  plan: "nextPlanAt",
} as const satisfies Record<MemberSlot, keyof MemberRow>;

const at = (d: Date | null): number => (d === null ? Number.POSITIVE_INFINITY : d.getTime());

/** `ms` after the database's now(). */
const fromDbNow = (db: Db, ms: number): Date => new Date(db.now().getTime() + ms);

/** A lease has run out once the database's clock reaches it (`lease_until <= now()`, as in Postgres). */
const expired = (db: Db, send: SendRow): boolean =>
  send.leaseUntil !== null && send.leaseUntil.getTime() <= db.now().getTime();

function pointerOf(
  db: Db,
  slot: Slot,
  subjectId: number,
): { row: MemberRow | GroupRow | OneOffRow; due: Date | null } | null {
  if (slot === "oneoff") {
    const row = db.t.oneOffSends.get(subjectId);
    return row === undefined ? null : { row, due: row.dueAt };
  }
  if (slot === "summary") {
    const row = db.t.groups.get(subjectId);
    return row === undefined ? null : { row, due: row.nextSummaryAt };
  }
  const row = db.t.members.get(subjectId);
  return row === undefined ? null : { row, due: row[POINTER[slot]] };
}

function setPointer(db: Db, slot: Slot, subjectId: number, next: Date | null): void {
  const value = next === null ? null : new Date(next);
  if (slot === "oneoff") {
    const row = db.t.oneOffSends.get(subjectId);
    if (row !== undefined) db.t.oneOffSends.set(subjectId, { ...row, dueAt: value });
    return;
  }
  if (slot === "summary") {
    const row = db.t.groups.get(subjectId);
    if (row !== undefined) db.t.groups.set(subjectId, { ...row, nextSummaryAt: value });
    return;
  }
  const row = db.t.members.get(subjectId);
  if (row !== undefined) db.t.members.set(subjectId, { ...row, [POINTER[slot]]: value });
}

export function dueSlots(db: Db, now: Date): Set<Slot> {
  const t = now.getTime();
  const members = [...db.t.members.values()];
  return new Set(
    SLOTS.filter((slot) =>
      slot === "summary"
        ? [...db.t.groups.values()].some((g) => at(g.nextSummaryAt) <= t)
        : slot === "oneoff"
          ? [...db.t.oneOffSends.values()].some((s) => at(s.dueAt) <= t)
          : members.some((m) => at(m[POINTER[slot]]) <= t),
    ),
  );
}

export function dueMembers(db: Db, slot: MemberSlot, now: Date, limit: number): DueMember[] {
  const column = POINTER[slot];
  // As the SQL: one row per (member, account), a reachable account first, read `limit * 2` rows deep.
  const joined = [...db.t.members.values()]
    .filter((m) => at(m[column]) <= now.getTime())
    .sort((a, b) => at(a[column]) - at(b[column]) || a.id - b.id)
    .flatMap((member): Array<{ member: MemberRow; identity: IdentityRow | null }> => {
      const accounts = [...db.t.identities.values()]
        .filter((i) => i.memberId === member.id)
        .sort(
          (a, b) =>
            Number(a.unreachableSince !== null) - Number(b.unreachableSince !== null) ||
            compareText(a.platform, b.platform),
        );
      return accounts.length === 0
        ? [{ member, identity: null }]
        : accounts.map((identity) => ({ member, identity }));
    })
    .slice(0, Math.max(0, limit * 2));
  const due = new Map<number, DueMember>();
  for (const { member, identity } of joined) {
    const dueAt = member[column];
    if (dueAt === null || due.has(member.id)) continue;
    due.set(member.id, { member: toRecipient(member, identity), dueAt: new Date(dueAt) });
  }
  return [...due.values()].slice(0, limit);
}

export function dueGroups(db: Db, now: Date, limit: number): DueGroup[] {
  return [...db.t.groups.values()]
    .filter((g) => at(g.nextSummaryAt) <= now.getTime())
    .sort((a, b) => at(a.nextSummaryAt) - at(b.nextSummaryAt) || a.id - b.id)
    .slice(0, Math.max(0, limit))
    .flatMap((g) =>
      g.nextSummaryAt === null ? [] : [{ group: toGroup(g), dueAt: new Date(g.nextSummaryAt) }],
    );
}

export function claimMany(
  db: Db,
  slot: Slot,
  claims: Claim[],
  meta: { leaseMs: number; instance: string; now: Date },
): Set<string> {
  // Compare-and-set on every pointer first, against the values before any moved (one statement in SQL).
  const moved = new Map<number, Date | null>();
  for (const claim of claims) {
    if (moved.has(claim.subjectId)) continue;
    const pointer = pointerOf(db, slot, claim.subjectId);
    if (pointer !== null && pointer.due !== null && pointer.due.getTime() === claim.dueAt.getTime()) {
      moved.set(claim.subjectId, claim.next);
    }
  }
  for (const [subjectId, next] of moved) setPointer(db, slot, subjectId, next);
  const inserted = new Set<string>();
  for (const claim of claims) {
    if (!moved.has(claim.subjectId) || db.t.sends.has(claim.key)) continue;
    db.t.sends.set(claim.key, {
      key: claim.key,
      kind: claim.kind,
      slot,
      subjectId: claim.subjectId,
      dueAt: new Date(claim.dueAt),
      state: claim.state,
      leaseUntil: claim.state === "claimed" ? fromDbNow(db, meta.leaseMs) : null,
      claimedBy: meta.instance,
      attempts: 0,
      detail: claim.detail,
      updatedAt: new Date(meta.now),
    });
    inserted.add(claim.key);
  }
  return inserted;
}

export function retakeExpired(
  db: Db,
  instance: string,
  leaseMs: number,
  now: Date,
  limit: number,
): ClaimedSend[] {
  const oldest = [...db.t.sends.values()]
    .filter((s) => s.state === "claimed" && expired(db, s))
    .sort((a, b) => at(a.leaseUntil) - at(b.leaseUntil))
    .slice(0, Math.max(0, limit));
  return oldest.map((send) => {
    db.t.sends.set(send.key, {
      ...send,
      leaseUntil: fromDbNow(db, leaseMs),
      claimedBy: instance,
      updatedAt: new Date(now),
    });
    return {
      key: send.key,
      kind: send.kind,
      slot: send.slot,
      subjectId: send.subjectId,
      dueAt: new Date(send.dueAt),
      attempts: send.attempts,
    };
  });
}

/** Applies `change` if the send is still this instance's claim: not finished, not taken over. */
function onOwnClaim(
  db: Db,
  key: string,
  instance: string,
  change: (send: SendRow) => Partial<SendRow>,
): boolean {
  const send = db.t.sends.get(key);
  if (send === undefined || send.state !== "claimed" || send.claimedBy !== instance) return false;
  db.t.sends.set(key, { ...send, ...change(send) });
  return true;
}

export function holdClaim(db: Db, key: string, instance: string, leaseMs: number): boolean {
  return onOwnClaim(db, key, instance, () => ({ leaseUntil: fromDbNow(db, leaseMs) }));
}

export function finish(
  db: Db,
  key: string,
  instance: string,
  state: Exclude<SendState, "claimed">,
  detail: string | null,
  now: Date,
): boolean {
  return onOwnClaim(db, key, instance, () => ({ state, detail, leaseUntil: null, updatedAt: new Date(now) }));
}

export function retryAfter(
  db: Db,
  key: string,
  instance: string,
  delayMs: number,
  detail: string,
  now: Date,
) {
  return onOwnClaim(db, key, instance, (send) => ({
    leaseUntil: fromDbNow(db, delayMs),
    detail,
    attempts: send.attempts + 1,
    updatedAt: new Date(now),
  }));
}

export function releaseClaims(db: Db, keys: string[], instance: string): void {
  for (const key of keys) onOwnClaim(db, key, instance, () => ({ leaseUntil: db.now() }));
}

export function recordedKeys(db: Db, keys: string[]): Set<string> {
  return new Set(keys.filter((key) => db.t.sends.has(key)));
}
