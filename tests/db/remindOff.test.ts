import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedStores, storeBackends } from "../support/stores.js";

const ana = { platform: "console", platformUserId: "remind-1", displayName: "ana" } as const;

describe.each(storeBackends)("a daily nudge turned off, stored on $name", (backend) => {
  let stores: OpenedStores;
  beforeAll(async () => {
    stores = await backend.open();
  });
  afterAll(() => stores.close());

  it("GIVEN remindTime null and no morning pointer THEN both read back, and a time turns it on again", async () => {
    const member = await stores.store.ensureMember(ana, { timezone: "UTC" });
    const evening = new Date("2026-12-03T20:00:00Z");
    const off = await stores.store.updateMember(member.id, {
      remindTime: null,
      pointers: { morning: null, evening, recap: null, plan: null },
    });
    expect(off.remindTime).toBeNull();
    expect((await stores.store.ensureMember(ana, { timezone: "UTC" })).remindTime).toBeNull();
    const on = await stores.store.updateMember(member.id, { remindTime: "07:30" });
    expect(on.remindTime).toBe("07:30");
  });
});
