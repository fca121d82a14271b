// The board members read each week: equal hours share a place, and a first week has no trend to show.
import { describe, expect, it } from "vitest";
import { boardLines } from "../../../src/core/messages/format.js";
import { messagesFor } from "../../../src/core/messages/index.js";

describe("the board", () => {
  it("GIVEN equal hours THEN the same medal, and the next place counts those above it", () => {
    expect(
      boardLines([
        { name: "ana", minutes: 300 },
        { name: "bia", minutes: 300 },
        { name: "caio", minutes: 120 },
        { name: "davi", minutes: 60 },
        { name: "eva", minutes: 60 },
      ]),
    ).toEqual(["🥇 ana — 5h", "🥇 bia — 5h", "🥉 caio — 2h", "4. davi — 1h", "4. eva — 1h"]);
  });

  const summary = {
    title: "MLOps turma 1",
    weekStart: "2026-11-23",
    weekEnd: "2026-11-29",
    rows: [{ name: "ana", minutes: 300 }],
    hiddenCount: 0,
    reached: [],
    totalMinutes: 300,
    streaks: [],
    tasks: { members: [], group: { done: 0, of: 0 } },
    unreachable: [],
    today: "2026-11-29",
  };

  it.each([
    ["en", /^Group total: 5h$/m],
    ["pt-BR", /^Total do grupo: 5h$/m],
  ] as const)("GIVEN %s and no hours the week before THEN the total without a trend", (locale, line) => {
    expect(messagesFor(locale)["summary.group"]({ ...summary, lastTotalMinutes: 0 })).toMatch(line);
  });

  it("GIVEN hours the week before THEN the trend against them", () => {
    expect(messagesFor("pt-BR")["summary.group"]({ ...summary, lastTotalMinutes: 360 })).toContain(
      "Total do grupo: 5h (▼ abaixo das 6h da semana passada)",
    );
  });

  it("GIVEN tasks ticked THEN the group's share and the named members' counts; nothing when no one is in a week", () => {
    const tasks = { members: [{ name: "ana", done: 3, of: 5 }], group: { done: 4, of: 10 } };
    expect(messagesFor("en")["summary.group"]({ ...summary, lastTotalMinutes: 0, tasks })).toContain(
      "✅ Tasks this week: 40% done by the group — ana 3/5",
    );
    expect(messagesFor("pt-BR")["summary.group"]({ ...summary, lastTotalMinutes: 0, tasks })).toContain(
      "✅ Tarefas da semana: 40% feitas pelo grupo — ana 3/5",
    );
    expect(messagesFor("en")["summary.group"]({ ...summary, lastTotalMinutes: 0 })).not.toContain("Tasks:");
  });
});
