// Names and notes others will see are stored and echoed on one line, without characters that hide or
// reorder the text around them.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoreDeps, IncomingMessage } from "../../src/core/commands/context.js";
import { dispatch } from "../../src/core/dispatch.js";
import { cleanMemberText } from "../../src/core/memberText.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { checkins, groups, members } from "../../src/db/schema/index.js";
import { coreDepsFor } from "../support/coreDeps.js";
import { testDatabases } from "../support/databases.js";

const AT = new Date("2026-11-28T15:00:00Z");
const RLO = "\u202E";

describe("cleanMemberText", () => {
  it.each([
    [`ana${RLO}h5 `, "anah5"],
    ["\u2066bia\u2069 \u200Fsilva\u200E", "bia silva"],
    ["line one\nline two\r\n\tthree", "line one line two three"],
    ["bell\u0007 and\u0085next\u009B", "bell and next"],
    ["a\u2028b\u2029c", "a b c"],
    ["\u061Cعلي", "علي"],
    ["  spaced   out  ", "spaced   out"],
    ["José 🎓 Ünïcode", "José 🎓 Ünïcode"],
    [`${RLO}\u202A\u0000`, ""],
  ])("GIVEN %j THEN %j", (input, expected) => {
    expect(cleanMemberText(input)).toBe(expected);
  });
});

describe.each(testDatabases)("member text in shared places on $name", (database) => {
  let handle: DatabaseHandle;
  let deps: CoreDeps;
  let events = 0;
  beforeAll(async () => {
    handle = await database.open();
    deps = await coreDepsFor(handle.db, []);
  });
  afterAll(() => handle.close());

  const chat: IncomingMessage["chat"] = { id: "g1", kind: "group", title: `Study${RLO} group\n` };
  function send(text: string, user: IncomingMessage["user"], at = AT) {
    events += 1;
    return dispatch(deps, { platform: "console", eventId: `e${events}`, user, chat, text }, at);
  }

  it("GIVEN a name and a group title with an override and a line break THEN stored and echoed cleaned", async () => {
    const reply = await send("/join", { id: "u1", displayName: `ana${RLO} 5h\nadmin` });
    expect(reply?.text).toContain("🤝 ana 5h admin, you're in the study group of Study group.");
    const [member] = await handle.db.select({ name: members.displayName }).from(members);
    expect(member?.name).toBe("ana 5h admin");
    const [group] = await handle.db.select({ title: groups.title }).from(groups);
    expect(group?.title).toBe("Study group");
  });

  it("GIVEN a name of nothing but hidden characters THEN the account id stands in", async () => {
    await send("/join", { id: "u-hidden", displayName: `${RLO}\u2066` });
    const names = await handle.db.select({ name: members.displayName }).from(members);
    expect(names.map((n) => n.name)).toContain("u-hidden");
  });

  it("GIVEN a public check-in with a multi-line note THEN the group sees it on one line, as stored", async () => {
    await send("/setup public", { id: "admin", displayName: "admin", isGroupAdmin: true });
    const reply = await send(`/checkin 2h pandas\n@everyone ${RLO}fake line`, {
      id: "u2",
      displayName: "bia",
    });
    expect(reply?.audience).toBe("group");
    expect(reply?.text.split("\n")[0]).toBe("✅ Logged 2h — pandas @everyone fake line.");
    const [row] = await handle.db.select({ note: checkins.note }).from(checkins);
    expect(row?.note).toBe("pandas @everyone fake line");
  });

  it("GIVEN a note stored with a line break by an older release THEN /undo echoes it on one line", async () => {
    await send("/checkin 1h", { id: "u3", displayName: "caio" });
    const [caio] = await handle.db
      .select({ id: members.id })
      .from(members)
      .where(eq(members.displayName, "caio"));
    await handle.db.execute(
      sql`update checkins set note = ${`old\nnote${RLO}`} where member_id = ${caio?.id ?? 0}`,
    );
    const reply = await send("/undo", { id: "u3", displayName: "caio" });
    expect(reply?.text.split("\n")[0]).toBe("↩️ Removed 1h from Sat 28 Nov (old note).");
  });
});
