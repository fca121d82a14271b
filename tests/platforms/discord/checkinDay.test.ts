// /checkin on Discord: the day is its own option, nothing in the note moves it, and it counts from when
// Discord created the interaction.
import { ApplicationCommandOptionType } from "discord.js";
import { asc } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkins } from "../../../src/db/schema/index.js";
import { commandDefinitions } from "../../../src/platforms/discord/commandDefinitions.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";
import { OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const option = (name: string, value: string) => ({ name, type: OPTION.string, value });
const pt = { locale: "pt-BR" };

describe("the /checkin definition", async () => {
  const definitions = commandDefinitions(await loadRoadmap());

  it("GIVEN /checkin THEN an optional day, today or yesterday, named dia: hoje | ontem in Portuguese", () => {
    const day = definitions.find((c) => c.name === "checkin")?.options?.find((o) => o.name === "day");
    expect(day).toMatchObject({ required: false, name_localizations: { "pt-BR": "dia" } });
    const choices = day?.type === ApplicationCommandOptionType.String ? (day.choices ?? []) : [];
    expect(choices).toEqual([
      { value: "today", name: "Today", name_localizations: { "pt-BR": "Hoje" } },
      { value: "yesterday", name: "Yesterday", name_localizations: { "pt-BR": "Ontem" } },
    ]);
  });
});

describe.each(testDatabases)("the day of a Discord check-in on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  async function answer(interaction: ReturnType<typeof slashCommand>): Promise<string> {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return (await h.fake.answerTo(interaction.id)).content ?? "";
  }
  const logged = () =>
    h.database.db
      .select({ localDate: checkins.localDate, note: checkins.note, minutes: checkins.minutes })
      .from(checkins)
      .orderBy(asc(checkins.id));

  it("GIVEN day words in the note THEN the note is kept whole and the time counts for the day picked", async () => {
    await h.startAdapter();
    // The harness's clock: Wednesday 25 November, noon in São Paulo.
    const note = "ontem não deu, hoje revisei SQL";
    const today = await answer(slashCommand("checkin", [option("hours", "2h"), option("note", note)], pt));
    expect(today).toContain(`✅ Registrei 2h — ${note}.`);
    expect(today).not.toContain("para ontem");

    const yesterday = await answer(
      slashCommand(
        "checkin",
        [option("hours", "1h"), option("day", "yesterday"), option("note", "hoje é dia de SQL")],
        pt,
      ),
    );
    expect(yesterday).toContain("✅ Registrei 1h para ontem");
    expect(yesterday).toContain("— hoje é dia de SQL.");

    // The time field is read as a typed check-in, as /help shows it ("2h ontem"), unless a day was picked.
    expect(await answer(slashCommand("checkin", [option("hours", "30m ontem")], pt))).toContain(
      "✅ Registrei 30min para ontem",
    );
    const picked = [option("hours", "15m hoje"), option("day", "yesterday")];
    expect(await answer(slashCommand("checkin", picked, pt))).toContain("✅ Registrei 15min para ontem");
    expect(await logged()).toEqual([
      { localDate: "2026-11-25", note, minutes: 120 },
      { localDate: "2026-11-24", note: "hoje é dia de SQL", minutes: 60 },
      { localDate: "2026-11-24", note: null, minutes: 30 },
      { localDate: "2026-11-24", note: null, minutes: 15 },
    ]);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN the same time again moments later THEN it says how to confirm with the form's fields, and the note confirms", async () => {
    await h.startAdapter();
    const twice = [option("hours", "2h"), option("day", "yesterday")];
    await answer(slashCommand("checkin", twice, pt));
    const asked = await answer(slashCommand("checkin", twice, pt));
    expect(asked).toContain("Você registrou 2h para ontem agora há pouco. Registrar mais 2h?");
    expect(asked).toContain(
      `faça o ${h.mention("checkin")} de novo com o mesmo tempo e o mesmo dia, e “de novo” na nota`,
    );

    expect(await answer(slashCommand("checkin", [...twice, option("note", "de novo")], pt))).toContain(
      "✅ Registrei 2h para ontem",
    );
    expect((await logged()).map((row) => row.localDate)).toEqual(["2026-11-24", "2026-11-24"]);
  });
});

/** An interaction id as Discord makes them: the milliseconds since Discord's epoch, shifted past 22 bits. */
const createdAt = (iso: string, serial: number) =>
  ((BigInt(Date.parse(iso) - 1_420_070_400_000) << 22n) + BigInt(serial)).toString();

describe.each(testDatabases)("the time of a Discord check-in on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  it("GIVEN /checkin created on Sunday 23:59:59 and answered after midnight THEN it counts for Sunday and Sunday's week", async () => {
    let clock = new Date("2026-11-29T23:00:00Z");
    await h.startAdapter({ clock: () => clock });
    const answer = async (interaction: ReturnType<typeof slashCommand>) => {
      await h.fake.dispatch("INTERACTION_CREATE", interaction);
      return (await h.fake.answerTo(interaction.id)).content ?? "";
    };
    const hours = (value: string) => [option("hours", value)];
    // Sunday 20:00 in São Paulo.
    await answer(slashCommand("checkin", hours("2h"), {}, createdAt("2026-11-29T23:00:00Z", 1)));

    clock = new Date("2026-11-30T03:00:01Z");
    const late = slashCommand("checkin", hours("1h"), {}, createdAt("2026-11-30T02:59:59.500Z", 2));
    const reply = await answer(late);
    expect(reply).toContain("✅ Logged 1h.");
    expect(reply).toContain("This week: 3h of 20h");
    expect(
      await answer(slashCommand("checkin", hours("30m"), {}, createdAt("2026-11-30T03:00:00Z", 3))),
    ).toContain("This week: 30min of 20h");
    const days = await h.database.db
      .select({ localDate: checkins.localDate, recordedAt: checkins.recordedAt })
      .from(checkins)
      .orderBy(asc(checkins.id));
    expect(days).toEqual([
      { localDate: "2026-11-29", recordedAt: new Date("2026-11-29T23:00:00Z") },
      { localDate: "2026-11-29", recordedAt: new Date("2026-11-30T02:59:59.500Z") },
      { localDate: "2026-11-30", recordedAt: new Date("2026-11-30T03:00:00Z") },
    ]);
    expect(h.errors).toEqual([]);
  });
});
