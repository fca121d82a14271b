import { describe, expect, it } from "vitest";
import { parsePlan } from "../../../src/core/plans/parsePlan.js";

const blocks = (text: string) => {
  const parsed = parsePlan(text);
  return parsed.ok && parsed.value.kind === "blocks" ? parsed.value.blocks : parsed;
};

describe("parsePlan", () => {
  it("GIVEN days and a range, in Portuguese or English, separated by ; THEN the blocks in week order", () => {
    expect(blocks("seg qua sex 19:00-21:00; sáb 09:00-12:00")).toEqual([
      { weekday: 0, start: "19:00", end: "21:00" },
      { weekday: 2, start: "19:00", end: "21:00" },
      { weekday: 4, start: "19:00", end: "21:00" },
      { weekday: 5, start: "09:00", end: "12:00" },
    ]);
    expect(blocks("mon wed fri 7pm-9pm")).toEqual(blocks("seg qua sex 19:00-21:00"));
    expect(blocks("sat 9am - 12pm")).toEqual([{ weekday: 5, start: "09:00", end: "12:00" }]);
    expect(blocks("ter qui 19h às 21h30")).toEqual([
      { weekday: 1, start: "19:00", end: "21:30" },
      { weekday: 3, start: "19:00", end: "21:30" },
    ]);
  });

  it("GIVEN a run of days THEN every day in it", () => {
    const weekdays = blocks("seg a sex 06:30-07:30");
    expect(Array.isArray(weekdays) ? weekdays.map((b) => b.weekday) : weekdays).toEqual([0, 1, 2, 3, 4]);
    expect(blocks("mon-fri 6:30-7:30")).toEqual(weekdays);
  });

  it("GIVEN show, off and an if-then line THEN those requests", () => {
    expect(parsePlan("")).toEqual({ ok: true, value: { kind: "show" } });
    expect(parsePlan("desligar")).toEqual({ ok: true, value: { kind: "off" } });
    expect(parsePlan("se eu chegar cansado então 20 minutos de revisão")).toEqual({
      ok: true,
      value: { kind: "ifThen", obstacle: "eu chegar cansado", fallback: "20 minutos de revisão" },
    });
    expect(parsePlan("if I get home tired, then 20 minutes of flashcards")).toEqual({
      ok: true,
      value: { kind: "ifThen", obstacle: "I get home tired", fallback: "20 minutes of flashcards" },
    });
  });

  it.each([
    ["19:00-21:00", "noDays"],
    ["seg qua", "noTime"],
    ["seg 21:00-19:00", "badRange"],
    ["seg 19:00", "badRange"],
    ["seg 19:00-21:00; seg 20:00-22:00", "overlap"],
    ["se eu cansar", "ifThenShape"],
  ])("GIVEN %j THEN refused as %s", (text, kind) => {
    const parsed = parsePlan(text);
    expect(parsed.ok ? null : parsed.error.kind).toBe(kind);
  });
});
