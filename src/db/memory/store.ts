// The core's Store port over the in-memory tables.
import type { RememberedReply, Store, Transaction } from "../../core/ports.js";
import * as checkins from "./checkins.js";
import { claimEvent, pruneEvents, rememberReply } from "./events.js";
import { exportMember } from "./exportMember.js";
import { memoryGroupRoadmaps } from "./groupRoadmaps.js";
import { ensureGroupMember, setOnBoard } from "./groups.js";
import { memoryLinks } from "./links.js";
import * as members from "./members.js";
import { createMemorySchedule } from "./schedule.js";
import { memorySquads } from "./squads.js";
import type { Scope } from "./state.js";
import { memoryTaskTicks } from "./taskTicks.js";

export function createMemoryStore(scope: Scope): Store {
  return {
    onceForEvent<R extends RememberedReply>(
      event: Parameters<Store["onceForEvent"]>[0],
      work: (tx: Transaction) => Promise<{ reply: R; memberId: number }>,
    ): Promise<R | RememberedReply> {
      return scope.transaction(async (tx) => {
        // Transactions take turns, so a second delivery of the event finds the first one's record here.
        const seen = await tx.run((db) => claimEvent(db, event));
        if (seen !== null) return seen;
        const { reply, memberId } = await work({
          store: createMemoryStore(tx),
          schedule: createMemorySchedule(tx),
        });
        await tx.run((db) => {
          rememberReply(db, event, reply, memberId);
          pruneEvents(db);
        });
        return reply;
      });
    },
    ensureMember: (identity, defaults) => scope.run((db) => members.ensureMember(db, identity, defaults)),
    updateMember: (memberId, patch) => scope.run((db) => members.updateMember(db, memberId, patch)),
    ensureGroupMember: (memberId, group, displayName) =>
      scope.run((db) => ensureGroupMember(db, memberId, group, displayName)),
    setOnBoard: (memberId, boardScope, shown) =>
      scope.run((db) => setOnBoard(db, memberId, boardScope, shown)),
    recordCheckin: (input, maxDayMinutes, window, repeatAfter = null) =>
      scope.run((db) => checkins.recordCheckin(db, input, maxDayMinutes, window, repeatAfter)),
    latestCheckin: (memberId, after) => scope.run((db) => checkins.latestCheckin(db, memberId, after)),
    removeLatestCheckin: (memberId, after, expectedId) =>
      scope.run((db) => checkins.removeLatestCheckin(db, memberId, after, expectedId)),
    minutesBetween: (memberId, from, to) =>
      scope.run((db) => checkins.minutesIn(checkins.checkinsOf(db, memberId), from, to)),
    totalMinutes: (memberId) =>
      scope.run((db) => checkins.minutesIn(checkins.checkinsOf(db, memberId), null, null)),
    exportMember: (memberId) => scope.run((db) => exportMember(db, memberId)),
    forgetMember: (memberId) => scope.run((db) => members.forgetMember(db, memberId)),
    activeDates: (memberId, until, limit) =>
      scope.run((db) => checkins.activeDates(db, memberId, until, limit)),
    ...memoryTaskTicks(scope),
    ...memoryGroupRoadmaps(scope),
    ...memorySquads(scope),
    ...memoryLinks(scope),
  };
}
