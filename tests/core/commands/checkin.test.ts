// /checkin through the bot: what a member types, what is recorded, and what the reply says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_NOTE_LENGTH } from "../../../src/core/checkin/limits.js";
import { dispatch } from "../../../src/core/dispatch.js";
import type { Locale } from "../../../src/core/roadmap/types.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Saturday 2026-11-28, 14:00 in São Paulo.
const SAT = "2026-11-28T17:00:00Z";

describe.each(botBackends)("/checkin on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  /** The member's check-ins of the last day, newest first, as /undo removes them. */
  async function undoAll(as: string, locale: Locale = "en"): Promise<string[]> {
    const removed: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const reply = (await bot.send("/undo", { as, at: SAT, locale })) ?? "";
      if (!reply.startsWith("↩️")) return removed;
      removed.push(reply.split("\n")[0] ?? "");
    }
    return removed;
  }

  it("GIVEN a number opening the note THEN it stays in the note and the time is the hours alone", async () => {
    expect(
      await bot.send("/checkin 2h 10 exercícios de pandas", { as: "carla", at: SAT, locale: "pt-BR" }),
    ).toContain("✅ Registrei 2h — 10 exercícios de pandas.");
    expect(await bot.send("/checkin 1h 3 videos", { as: "carla", at: SAT })).toContain(
      "✅ Logged 1h — 3 videos.",
    );
    expect(await bot.send("/checkin 1h 30", { as: "carla", at: SAT })).toContain("✅ Logged 1h30.");
    expect(await bot.send("/progress", { as: "carla", at: SAT })).toContain("This week: 4h30 of 20h");
    expect(await undoAll("carla")).toEqual([
      "↩️ Removed 1h30 from Sat 28 Nov.",
      "↩️ Removed 1h from Sat 28 Nov (3 videos).",
      "↩️ Removed 2h from Sat 28 Nov (10 exercícios de pandas).",
    ]);
  });

  it("GIVEN halves in words THEN the half hour counts", async () => {
    expect(
      await bot.send("/checkin 2 horas e meia de sql", { as: "davi", at: SAT, locale: "pt-BR" }),
    ).toContain("✅ Registrei 2h30 — de sql.");
    expect(await bot.send("/checkin meia hora ontem", { as: "davi", at: SAT, locale: "pt-BR" })).toContain(
      "✅ Registrei 30min para ontem (sex, 27/11).",
    );
    expect(await bot.send("/checkin an hour and a half", { as: "davi", at: SAT })).toContain(
      "✅ Logged 1h30.",
    );
    expect(await bot.send("/progress", { as: "davi", at: SAT })).toContain("This week: 4h30 of 20h");
  });

  it.each([
    [
      "pt-BR",
      "/checkin 3h amanhã",
      "Só dá para registrar hoje ou ontem, então não registrei nada para “amanhã”.",
    ],
    [
      "pt-BR",
      "/checkin sexta-feira 2h",
      "Só dá para registrar hoje ou ontem, então não registrei nada para “sexta-feira”.",
    ],
    [
      "en",
      "/checkin 2h 16/12 pandas",
      "I can only log time for today or yesterday, so nothing was logged for “16/12”.",
    ],
    [
      "en",
      "/checkin 2h tomorrow",
      "I can only log time for today or yesterday, so nothing was logged for “tomorrow”.",
    ],
  ] as const)(
    "GIVEN %s %s THEN refused, with an example, and nothing recorded",
    async (locale, text, refusal) => {
      const as = `planner-${text}`;
      const reply = await bot.send(text, { as, at: SAT, locale });
      expect(reply).toContain(refusal);
      expect(reply).toContain(
        locale === "en" ? "For example: /checkin 2h yesterday" : "Por exemplo: /checkin 2h ontem",
      );
      expect(await undoAll(as)).toEqual([]);
    },
  );

  it("GIVEN time the bot cannot read whole THEN refused and nothing recorded", async () => {
    expect(await bot.send("/checkin 2h e uns 20", { as: "vague", at: SAT, locale: "pt-BR" })).toContain(
      "Não entendi “2h e uns 20” como duração.",
    );
    expect(await bot.send("/checkin 1h and a bit", { as: "vague", at: SAT })).toContain(
      "I couldn't read “1h and a bit” as a duration.",
    );
    expect(await undoAll("vague")).toEqual([]);
  });

  it("GIVEN a note over the limit THEN the time is recorded, the note cut to fit, and the reply says so", async () => {
    const long = `${"pandas ".repeat(100)}fim`;
    const reply = (await bot.send(`/checkin 2h ${long}`, { as: "eva", at: SAT, locale: "pt-BR" }))?.split(
      "\n",
    );
    expect(reply?.[0]).toMatch(/^✅ Registrei 2h — pandas pandas .*…\.$/);
    expect(reply?.[1]).toBe("✂️ Sua anotação era muito longa, então guardei só o começo.");
    expect(await bot.send("/checkin 1h pandas", { as: "eva", at: SAT })).not.toContain("✂️");
    const [, first] = await undoAll("eva");
    const note = /\((.*)\)\.$/.exec(first ?? "")?.[1] ?? "";
    expect(note).toHaveLength(MAX_NOTE_LENGTH);
    expect(note.endsWith("…")).toBe(true);
  });

  it("GIVEN a form whose note field runs over the limit THEN it is cut the same way", async () => {
    const reply = await dispatch(
      bot.deps,
      {
        platform: "discord",
        eventId: "form-1",
        user: { id: "fil", displayName: "fil", locale: "en" },
        chat: { id: "study-group", kind: "group", title: "Study group" },
        text: "",
        form: { kind: "command", name: "checkin", options: { hours: "1h30 sql", note: "x".repeat(600) } },
      },
      new Date(SAT),
    );
    expect(reply?.text).toContain(`✅ Logged 1h30 — sql ${"x".repeat(MAX_NOTE_LENGTH - 5)}…`);
    expect(reply?.text).toContain("✂️ Your note was very long, so I kept just the start of it.");
  });

  it("GIVEN the same time again within minutes THEN it asks, and counts it only once confirmed", async () => {
    const as = "gabi";
    const at = (minutes: number) => new Date(Date.parse(SAT) + minutes * 60_000).toISOString();
    expect(await bot.send("/checkin 2h", { as, at: at(0), locale: "pt-BR" })).toContain("✅ Registrei 2h");
    expect(await bot.send("/checkin 2h", { as, at: at(3), locale: "pt-BR" })).toBe(
      "Você registrou 2h agora há pouco. Registrar mais 2h? Mande /checkin 2h de novo para confirmar.",
    );
    expect(await bot.send("/progress", { as, at: at(4) })).toContain("This week: 2h of 20h");
    expect(await bot.send("/checkin 2h de novo", { as, at: at(5), locale: "pt-BR" })).toContain(
      "✅ Registrei 2h.",
    );
    // Another time, or the same one later, is a new session: no question asked.
    expect(await bot.send("/checkin 1h", { as, at: at(6) })).toContain("✅ Logged 1h.");
    expect(await bot.send("/checkin 2h", { as, at: at(30) })).toContain("✅ Logged 2h.");
    expect(await bot.send("/progress", { as, at: at(31) })).toContain("This week: 7h of 20h");
    expect(await bot.send("/checkin 1h yesterday", { as, at: at(32) })).toContain(
      "✅ Logged 1h for yesterday",
    );
    expect(await bot.send("/checkin 1h yesterday", { as, at: at(33) })).toBe(
      "You logged 1h for yesterday a moment ago. Log another 1h? Send /checkin 1h yesterday again to confirm.",
    );
  });
});
