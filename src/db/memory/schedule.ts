// The scheduler's ScheduleStore port over the in-memory tables.
import type { ScheduleStore } from "../../core/nudges/ports.js";
import * as checkins from "./checkins.js";
import * as groups from "./groups.js";
import { markReached, markUnreachable, recipientOf } from "./members.js";
import * as oneOffs from "./oneOffs.js";
import * as sends from "./sends.js";
import type { Scope } from "./state.js";

export function createMemorySchedule(scope: Scope): ScheduleStore {
  return {
    dueSlots: (now) => scope.run((db) => sends.dueSlots(db, now)),
    dueMembers: (slot, now, limit) => scope.run((db) => sends.dueMembers(db, slot, now, limit)),
    dueGroups: (now, limit) => scope.run((db) => sends.dueGroups(db, now, limit)),
    recentActiveDays: (memberIds, from) => scope.run((db) => checkins.recentActiveDays(db, memberIds, from)),
    lastActiveDays: (memberIds) => scope.run((db) => checkins.lastActiveDays(db, memberIds)),
    claimMany: (slot, claims, meta) => scope.run((db) => sends.claimMany(db, slot, claims, meta)),
    retakeExpired: (instance, leaseMs, now, limit) =>
      scope.run((db) => sends.retakeExpired(db, instance, leaseMs, now, limit)),
    holdClaim: (key, instance, leaseMs) => scope.run((db) => sends.holdClaim(db, key, instance, leaseMs)),
    finish: (key, instance, state, detail, now) =>
      scope.run((db) => sends.finish(db, key, instance, state, detail, now)),
    retryAfter: (key, instance, delayMs, detail, now) =>
      scope.run((db) => sends.retryAfter(db, key, instance, delayMs, detail, now)),
    releaseClaims: (keys, instance) => scope.run((db) => sends.releaseClaims(db, keys, instance)),
    recordedKeys: (keys) => scope.run((db) => sends.recordedKeys(db, keys)),

    member: (memberId) =>
      scope.run((db) => {
        const row = db.t.members.get(memberId);
        return row === undefined ? null : recipientOf(db, row);
      }),
    group: (groupId) =>
      scope.run((db) => {
        const row = db.t.groups.get(groupId);
        return row === undefined ? null : groups.toGroup(row);
      }),
    startedMembers: () =>
      scope.run((db) =>
        [...db.t.members.values()]
          .filter((m) => m.roadmapStart !== null)
          .sort((a, b) => a.id - b.id)
          .map((m) => recipientOf(db, m)),
      ),
    groupsWithSummary: () =>
      scope.run((db) =>
        [...db.t.groups.values()]
          .filter((g) => g.summaryChannelId !== null)
          .sort((a, b) => a.id - b.id)
          .map(groups.toGroup),
      ),
    markUnreachable: (platform, platformUserId, now) =>
      scope.run((db) => markUnreachable(db, platform, platformUserId, now)),
    markReached: (platform, platformUserId, now) =>
      scope.run((db) => markReached(db, platform, platformUserId, now)),

    setGroupPointer: (groupId, next) => scope.run((db) => groups.setGroupPointer(db, groupId, next)),
    setupGroup: (ref, settings) => scope.run((db) => groups.setupGroup(db, ref, settings)),
    groupByChat: (platform, chatId) =>
      scope.run((db) => {
        const row = groups.groupRowByChat(db, platform, chatId);
        return row === undefined ? null : groups.toGroup(row);
      }),

    dailyMinutes: (memberId, from, to) => scope.run((db) => checkins.dailyMinutes(db, memberId, from, to)),
    groupMinutes: (groupId, from, to) => scope.run((db) => groups.groupMinutes(db, groupId, from, to)),
    groupWeeklyTotals: (groupId, mondays) =>
      scope.run((db) => groups.groupWeeklyTotals(db, groupId, mondays)),
    groupMemberWeeklyMinutes: (groupId, mondays) =>
      scope.run((db) => groups.groupMemberWeeklyMinutes(db, groupId, mondays)),

    queueOneOff: (send) => scope.run((db) => oneOffs.queueOneOff(db, send)),
    dueOneOffs: (now, limit) => scope.run((db) => oneOffs.dueOneOffs(db, now, limit)),
    oneOff: (id) => scope.run((db) => oneOffs.oneOff(db, id)),
    queueMilestone: (memberId, milestone, at) =>
      scope.run((db) => oneOffs.queueMilestone(db, memberId, milestone, at)),
    findBuddies: (groupId, platform, ref) =>
      scope.run((db) => oneOffs.findBuddies(db, groupId, platform, ref)),
    setNudgesOff: (memberId, off) => scope.run((db) => oneOffs.setNudgesOff(db, memberId, off)),
    setMilestoneRoles: (groupId, roles) => scope.run((db) => oneOffs.setMilestoneRoles(db, groupId, roles)),
    milestoneRole: (groupId, milestone) => scope.run((db) => oneOffs.milestoneRole(db, groupId, milestone)),
    rememberUsername: (platform, userId, username) =>
      scope.run((db) => oneOffs.rememberUsername(db, platform, userId, username)),
  };
}
