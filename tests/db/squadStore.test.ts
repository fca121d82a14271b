// The squad port on every backend: names unique per group whatever the case, five at most, one squad per
// member and group, the last one out takes the squad away, and each member's days in one read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/core/ports.js";
import { type OpenedStores, storeBackends } from "../support/stores.js";

const at = new Date("2026-11-28T12:00:00Z");
const group = (chatId: string) =>
  ({ platform: "telegram", chatId, title: `Group ${chatId}`, timezone: "UTC" }) as const;

describe.each(storeBackends)("squads on $name", (backend) => {
  let opened: OpenedStores;
  let store: Store;
  beforeAll(async () => {
    opened = await backend.open();
    ({ store } = opened);
  });
  afterAll(() => opened.close());

  /** Members of a fresh group, each with the given name. */
  async function groupOf(chatId: string, names: string[]) {
    const ids: number[] = [];
    let groupId = 0;
    for (const name of names) {
      const m = await store.ensureMember(
        { platform: "telegram", platformUserId: `${chatId}-${name}`, displayName: name },
        { timezone: "UTC" },
      );
      groupId = (await store.ensureGroupMember(m.id, group(chatId))).id;
      ids.push(m.id);
    }
    return { groupId, ids };
  }

  it("GIVEN a squad THEN its name is taken in the group whatever the case, and free in another", async () => {
    const { groupId, ids } = await groupOf("names", ["Ana", "Caio"]);
    const other = await groupOf("names-2", ["Bia"]);
    expect(await store.createSquad(groupId, ids[0] ?? 0, "Foco Total", at)).toMatchObject({
      kind: "created",
    });
    expect(await store.createSquad(groupId, ids[1] ?? 0, "foco total", at)).toEqual({
      kind: "nameTaken",
      name: "Foco Total",
    });
    expect(await store.createSquad(other.groupId, other.ids[0] ?? 0, "Foco Total", at)).toMatchObject({
      kind: "created",
    });
  });

  it("GIVEN five members THEN a sixth is refused, and nobody is in two squads of a group", async () => {
    const { groupId, ids } = await groupOf("full", ["A", "B", "C", "D", "E", "F"]);
    const [first = 0, ...rest] = ids;
    await store.createSquad(groupId, first, "Cinco", at);
    const joins = await Promise.all(rest.map((id) => store.joinSquad(groupId, id, "CINCO", at)));
    expect(joins.filter((j) => j.kind === "joined")).toHaveLength(4);
    expect(joins.filter((j) => j.kind === "full")).toEqual([{ kind: "full", name: "Cinco" }]);
    expect(await store.createSquad(groupId, first, "Outra", at)).toEqual({
      kind: "alreadyIn",
      name: "Cinco",
    });
    expect(await store.joinSquad(groupId, first, "Cinco", at)).toEqual({ kind: "alreadyIn", name: "Cinco" });
    expect(await store.joinSquad(groupId, first, "Nenhuma", at)).toEqual({
      kind: "alreadyIn",
      name: "Cinco",
    });
  });

  it("GIVEN the last member leaves THEN the squad is gone and its name free again", async () => {
    const { groupId, ids } = await groupOf("leave", ["Ana", "Caio"]);
    const [ana = 0, caio = 0] = ids;
    await store.createSquad(groupId, ana, "Dupla", at);
    await store.joinSquad(groupId, caio, "dupla", at);
    expect(await store.leaveSquad(groupId, ana)).toEqual({ kind: "left", name: "Dupla", dissolved: false });
    expect(await store.leaveSquad(groupId, ana)).toEqual({ kind: "notIn" });
    expect(await store.leaveSquad(groupId, caio)).toEqual({ kind: "left", name: "Dupla", dissolved: true });
    expect(await store.joinSquad(groupId, ana, "Dupla", at)).toEqual({ kind: "notFound" });
    expect(await store.groupSquads(groupId)).toEqual([]);
  });

  it("GIVEN a member forgotten THEN a squad left empty goes with them", async () => {
    const { groupId, ids } = await groupOf("forget", ["Ana"]);
    await store.createSquad(groupId, ids[0] ?? 0, "Sozinha", at);
    await store.forgetMember(ids[0] ?? 0);
    const { ids: later } = await groupOf("forget", ["Bia"]);
    expect(await store.createSquad(groupId, later[0] ?? 0, "sozinha", at)).toMatchObject({ kind: "created" });
  });

  it("GIVEN a squad THEN each member comes with their name in the group and their days, newest first", async () => {
    const { groupId, ids } = await groupOf("days", ["Ana", "Caio"]);
    const [ana = 0, caio = 0] = ids;
    await store.ensureGroupMember(caio, group("days"), "Caio Nick");
    await store.createSquad(groupId, ana, "Dias", at);
    await store.joinSquad(groupId, caio, "Dias", new Date(at.getTime() + 1000));
    for (const [memberId, localDate, eventId] of [
      [ana, "2026-11-26", "d1"],
      [ana, "2026-11-27", "d2"],
      [caio, "2026-11-27", "d3"],
      [caio, "2026-11-29", "d4"],
    ] as const) {
      await store.recordCheckin(
        { memberId, minutes: 30, localDate, note: null, recordedAt: at, platform: "telegram", eventId },
        24 * 60,
        { weekFrom: localDate, weekTo: localDate, activeUntil: localDate, activeLimit: 1 },
      );
    }
    const [squad] = await store.squadsOf(caio, groupId, "2026-11-28", 10);
    expect(squad).toMatchObject({ name: "Dias", groupId });
    expect(squad?.members.map((m) => [m.displayName, m.activeDates])).toEqual([
      ["Ana", ["2026-11-27", "2026-11-26"]],
      ["Caio Nick", ["2026-11-27"]],
    ]);
    expect(await store.squadsOf(ana, null, "2026-11-28", 1)).toMatchObject([
      { members: [{ activeDates: ["2026-11-27"] }, { activeDates: ["2026-11-27"] }] },
    ]);
    expect(await store.groupSquads(groupId)).toEqual([{ name: "Dias", memberIds: [ana, caio] }]);
    expect((await store.exportMember(caio)).squads).toEqual([
      { chatId: "days", name: "Dias", joinedAt: new Date(at.getTime() + 1000) },
    ]);
  });
});
