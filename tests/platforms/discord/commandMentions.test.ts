// On Discord every command a text names is a mention of the registered command, which each member's client
// shows under its name in their language and opens on a click.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withCommandMentions } from "../../../src/platforms/discord/commandMentions.js";
import { escapeMarkdown } from "../../../src/platforms/discord/markdown.js";
import { GUILD_ID, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const IDS = new Map([
  ["help", "11"],
  ["mock", "12"],
  ["roadmap", "13"],
  ["roadmap-import", "14"],
  ["leaderboard-optout", "15"],
  ["start", "16"],
]);

describe("withCommandMentions", () => {
  it("GIVEN names in either language THEN each becomes its command's mention, its arguments as code after it", () => {
    expect(withCommandMentions("Use /simulado pular, or /mock stop.", IDS)).toBe(
      "Use </mock:12> `pular`, or </mock:12> `stop`.",
    );
    expect(withCommandMentions("/começar (/start) [data]", IDS)).toBe("</start:16> [data]");
  });

  it("GIVEN arguments typed after a command THEN they follow its mention as code; the sentence going on does not", () => {
    const ids = new Map([...IDS, ["checkin", "17"], ["remind", "18"], ["done", "19"]]);
    expect(withCommandMentions("Log it with /checkin 2h. Or /checkin horas:2h", ids)).toBe(
      "Log it with </checkin:17> `2h`. Or </checkin:17> `horas:2h`",
    );
    expect(withCommandMentions("Tick it with /done p1 <link>.", ids)).toBe(
      "Tick it with </done:19> `p1 <link>`.",
    );
    expect(withCommandMentions("Stop it with /lembrete desligar, or /remind done on.", ids)).toBe(
      "Stop it with </remind:18> `desligar`, or </remind:18> `done on`.",
    );
    expect(withCommandMentions("(/lembrete 07:30) — /mock for another one.", ids)).toBe(
      "(</remind:18> `07:30`) — </mock:12> for another one.",
    );
    // In a public reply the rest is escaped; code needs no escaping.
    expect(withCommandMentions("Try /checkin 1h30_ok *now*", ids, escapeMarkdown)).toBe(
      "Try </checkin:17> `1h30_ok` \\*now\\*",
    );
  });

  it("GIVEN a command named twice in a help line THEN one mention", () => {
    expect(withCommandMentions("/simulado (/mock, /entrevista) [tema] — ex.: /simulado sql", IDS)).toBe(
      "</mock:12> [tema] — ex.: </mock:12> sql",
    );
  });

  it("GIVEN a typed form Discord has as a command of its own THEN that command's mention", () => {
    expect(withCommandMentions("uploaded with /trilha importar or /roadmap import", IDS)).toBe(
      "uploaded with </roadmap-import:14> or </roadmap-import:14>",
    );
    expect(withCommandMentions("/trilha semana 3", IDS)).toBe("</roadmap:13> `semana 3`");
  });

  it("GIVEN zones, links, unknown names or commands not registered THEN they stay as written", () => {
    const text = "America/Sao_Paulo, https://t.me/bot?start=mock, /nada, /undo, 1/2";
    expect(withCommandMentions(text, IDS)).toBe(text);
  });

  it("GIVEN an escaped public text THEN the mentions stay whole and the member's text stays literal", () => {
    expect(withCommandMentions("**ana** /leaderboard-optout", IDS, escapeMarkdown)).toBe(
      "\\*\\*ana\\*\\* </leaderboard-optout:15>",
    );
  });
});

describe.each(testDatabases)("command mentions on Discord on $name", (database) => {
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

  it("GIVEN /help in Portuguese THEN every command is a mention of its registered command, each named once", async () => {
    await h.startAdapter();
    const interaction = slashCommand("help", [], { locale: "pt-BR" });
    const first = await answer(interaction);
    // Mentions are longer than names: the list takes more than one message, /help's own line last.
    const token = `token-${interaction.id}`;
    await h.fake.state.until(() =>
      h.fake.state.webhookMessages.find((m) => m.token === token && m.content.includes("esta lista")),
    );
    const rest = h.fake.state.webhookMessages.filter((m) => m.token === token);
    const help = { content: [first.content, ...rest.map((m) => m.content)].join("\n") };
    expect(help.content).toContain(`${h.mention("join")} — num grupo`);
    expect(help.content).toContain(`${h.mention("mock")} [tema`);
    expect(help.content).toContain(`${h.mention("roadmap-import")} — admins do grupo`);
    // No typed name is left for a member to look for in a list that shows other names.
    expect(help.content).not.toMatch(/(^|[\s(])\/[a-zç_-]+/m);
  });

  it("GIVEN a restart with unchanged commands THEN texts still carry the ids Discord keeps", async () => {
    const before = await h.startAdapter();
    const progress = h.mention("progress");
    await before.stop();
    await h.startAdapter();
    const registrations = h.fake.state.commandRegistrations.length;
    const welcome = await answer(slashCommand("start", [], { locale: "pt-BR", guildId: null }));
    expect(h.fake.state.commandRegistrations).toHaveLength(registrations);
    expect(welcome.content).toContain(`acompanhe com ${progress}`);
  });

  it("GIVEN a DM the scheduler sends THEN its commands are mentions too", async () => {
    const adapter = await h.startAdapter();
    await answer(slashCommand("checkin", [{ name: "hours", type: 3, value: "1h" }], { guildId: GUILD_ID }));
    expect(await adapter.sendToMember("600000000000000001", { text: "Log it with /checkin 2h." })).toEqual({
      ok: true,
    });
    const dm = h.fake.state.messages.at(-1);
    expect(dm?.content).toBe(`Log it with ${h.mention("checkin")} \`2h\`.`);
  });
});
