// /progress, the board and the weekly summary as Components V2 cards: a container of text displays between
// separators, the summary's chart in a media gallery — and no content, which V2 messages cannot carry.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runTick } from "../../../src/scheduler/runTick.js";
import { ADMIN_PERMISSIONS, OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const IS_COMPONENTS_V2 = 1 << 15;
const EPHEMERAL = 1 << 6;
const COMPONENT = { container: 17, textDisplay: 10, separator: 14, mediaGallery: 12 } as const;
const STUDY_CHANNEL = "500000000000000002";
const hours = (value: string) => ({ name: "hours", type: OPTION.string, value });

interface Component {
  type: number;
  content?: string;
  components?: Component[];
  items?: Array<{ media: { url: string }; description?: string }>;
}

/** The container's children as the member reads them: each text, a separator as "—", a gallery's images. */
function layout(components: unknown): string[] {
  const [container] = components as Component[];
  expect(container?.type).toBe(COMPONENT.container);
  return (container?.components ?? []).map((c) => {
    if (c.type === COMPONENT.textDisplay) return c.content ?? "";
    if (c.type === COMPONENT.separator) return "—";
    if (c.type === COMPONENT.mediaGallery) return `image ${c.items?.map((i) => i.media.url).join(" ")}`;
    return `? ${c.type}`;
  });
}

describe.each(testDatabases)("cards on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  async function answer(interaction: ReturnType<typeof slashCommand>) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  it("GIVEN /progress in a server THEN a private card: the week's heading, then the week, the streak and the roadmap apart", async () => {
    await h.startAdapter();
    await answer(slashCommand("start", [{ name: "date", type: OPTION.string, value: "2026-11-23" }]));
    await answer(slashCommand("checkin", [hours("2h")]));
    const progress = await answer(slashCommand("progress"));
    expect(progress.data.flags).toBe(IS_COMPONENTS_V2 | EPHEMERAL);
    expect(progress.data.content).toBeUndefined();
    const [title, ...rest] = layout(progress.data.components);
    expect(title).toBe("### 📊 Week of Mon 23 Nov to Sun 29 Nov");
    expect(rest[0]).toBe("—");
    expect(rest[1]).toMatch(/^This week: 2h of 20h/);
    expect(rest.filter((c) => c === "—")).toHaveLength(3);
    expect(rest.at(-1)).toMatch(/Total so far: 2h$/);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN /progress answered after a deferral THEN the deferred answer is edited into the card", async () => {
    await h.startAdapter({ deferAfterMs: 0 });
    const progress = await answer(slashCommand("progress"));
    expect(progress.type).toBe(5);
    expect(progress.ephemeral).toBe(true);
    const [edit] = h.fake.state.webhookMessages.filter((m) => m.kind === "edit");
    expect(edit?.flags).toBe(IS_COMPONENTS_V2);
    expect(edit?.content).toBe("");
    expect(layout(edit?.components)[0]).toMatch(/^### 📊 Week of /);
  });

  it("GIVEN /leaderboard THEN a public card: its heading, the rows in a section of their own, the group total after them", async () => {
    await h.startAdapter();
    await answer(slashCommand("checkin", [hours("3h")]));
    await answer(slashCommand("checkin", [hours("1h")], { userId: "600000000000000002", username: "bia" }));
    const board = await answer(
      slashCommand("leaderboard", [{ name: "period", type: OPTION.string, value: "all" }]),
    );
    expect(board.ephemeral).toBe(false);
    expect(board.data.flags).toBe(IS_COMPONENTS_V2);
    expect(layout(board.data.components)).toEqual([
      "### 🏆 Leaderboard — all time",
      "—",
      "🥇 Ana — 3h\n🥈 bia — 1h",
      "—",
      "Group total: 4h",
    ]);
    expect(board.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("GIVEN the weekly summary THEN one V2 post in the study channel: the card, and the chart in a gallery showing the attached PNG", async () => {
    const adapter = await h.startAdapter();
    await answer(slashCommand("start", [{ name: "date", type: OPTION.string, value: "2026-11-23" }]));
    await answer(slashCommand("checkin", [hours("3h")]));
    const setup = [
      { name: "channel", type: OPTION.channel, value: STUDY_CHANNEL },
      { name: "timezone", type: OPTION.string, value: "America/Sao_Paulo" },
      { name: "day", type: OPTION.string, value: "sunday" },
      { name: "time", type: OPTION.string, value: "20:00" },
    ];
    await answer(slashCommand("setup", setup, { permissions: ADMIN_PERMISSIONS }));

    expect((await runTick(h.schedulerWith(adapter), new Date("2026-11-29T23:00:00Z"))).failed).toBe(0);
    const posts = h.fake.state.messages.filter((m) => m.channelId === STUDY_CHANNEL);
    expect(posts).toHaveLength(1);
    const [summary] = posts;
    expect(summary?.flags).toBe(IS_COMPONENTS_V2);
    expect(summary?.content).toBe("");
    const shown = layout(summary?.components);
    expect(shown.slice(0, 3)).toEqual([
      "### 📊 Study group — week of Mon 23 Nov to Sun 29 Nov",
      "—",
      "🥇 Ana — 3h · 15%",
    ]);
    expect(shown[4]).toContain("Group total: 3h");
    expect(shown.at(-1)).toBe("image attachment://summary.png");
    expect(summary?.attachments).toMatchObject([{ name: "summary.png", contentType: "image/png" }]);
    expect(summary?.attachments[0]?.description).toContain("Bar chart of hours this week: Ana 3h");
    const [container] = (summary?.components ?? []) as Component[];
    const gallery = container?.components?.find((c) => c.type === COMPONENT.mediaGallery);
    expect(gallery?.items?.[0]?.description).toContain("Bar chart of hours this week: Ana 3h");
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a card past Discord's 4000 characters of text THEN it goes as plain messages, none of them V2", async () => {
    const adapter = await h.startAdapter();
    const rows = Array.from(
      { length: 90 },
      (_, i) => `${i + 1}. Participant ${i + 1} of a very large cohort — 2h`,
    );
    const text = ["📊 A large group — week of Mon 23 Nov to Sun 29 Nov", ...rows].join("\n");
    const card = { title: rows[0] ?? "", sections: [rows.join("\n")] };
    expect(await adapter.sendToChannel(STUDY_CHANNEL, { text, card })).toEqual({ ok: true });
    const posts = h.fake.state.messages.filter((m) => m.channelId === STUDY_CHANNEL);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.every((m) => m.flags === 0 && m.content.length <= 2000)).toBe(true);
    expect(posts.map((m) => m.content).join("\n")).toBe(text);
  });
});
