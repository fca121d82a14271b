import { describe, expect, it } from "vitest";
import { parsePause, parsePeriod, parseQuiet, parseSetup } from "../../../src/core/nudges/parseArgs.js";

describe("parseQuiet", () => {
  it("reads ranges and off", () => {
    expect(parseQuiet("22:00-07:00")).toEqual({ ok: true, value: { start: "22:00", end: "07:00" } });
    expect(parseQuiet("22:00 - 7:00")).toEqual({ ok: true, value: { start: "22:00", end: "07:00" } });
    expect(parseQuiet("22h-7h")).toEqual({ ok: true, value: { start: "22:00", end: "07:00" } });
    expect(parseQuiet("off")).toEqual({ ok: true, value: null });
  });
  it.each(["22:00", "later", "22:00-22:00", "25:00-07:00", "22:00-07:00-09:00"])("refuses %s", (bad) => {
    expect(parseQuiet(bad).ok).toBe(false);
  });
});

describe("parsePause", () => {
  it("GIVEN days THEN the last paused day; GIVEN a date THEN through it", () => {
    expect(parsePause("7", "2026-12-03")).toEqual({ ok: true, value: "2026-12-09" });
    expect(parsePause("1", "2026-12-03")).toEqual({ ok: true, value: "2026-12-03" });
    expect(parsePause("2026-12-20", "2026-12-03")).toEqual({ ok: true, value: "2026-12-20" });
  });
  it.each([
    ["7 dias", "2026-12-09"],
    ["duas semanas", "2026-12-16"],
    ["three weeks", "2026-12-23"],
    ["dez dias", "2026-12-12"],
    ["10 days", "2026-12-12"],
    ["1 semana", "2026-12-09"],
    ["2 weeks", "2026-12-16"],
    ["2 semanas", "2026-12-16"],
    ["1 day", "2026-12-03"],
    ["uma semana", "2026-12-09"],
    ["a week", "2026-12-09"],
    ["um dia", "2026-12-03"],
    ["7d", "2026-12-09"],
    ["20/12", "2026-12-20"],
    ["20/12/2026", "2026-12-20"],
    ["01/01", "2027-01-01"],
    ["amanhã", "2026-12-04"],
    ["tomorrow", "2026-12-04"],
    ["hoje", "2026-12-03"],
  ])("reads %j as paused through %s", (input, until) => {
    expect(parsePause(input, "2026-12-03")).toEqual({ ok: true, value: until });
  });
  it.each([
    "",
    "0",
    "366",
    "2026-12-01",
    "next week",
    "2028-01-01",
    "60 weeks",
    "7 months",
    "ontem",
    "31/02",
    "uma",
    "a",
  ])("refuses %j", (bad) => {
    expect(parsePause(bad, "2026-12-03").ok).toBe(false);
  });
});

describe("parseSetup", () => {
  const HINTS = {
    current: "America/Sao_Paulo",
    locale: "pt-BR",
    at: new Date("2026-12-03T12:00:00Z"),
  } as const;
  it("reads zone, weekday and time in any order, in English or Portuguese", () => {
    expect(parseSetup("America/Sao_Paulo domingo 20:00", HINTS)).toEqual({
      ok: true,
      value: { zone: "America/Sao_Paulo", weekday: 6, time: "20:00" },
    });
    expect(parseSetup("18:30 friday", HINTS)).toEqual({ ok: true, value: { weekday: 4, time: "18:30" } });
    expect(parseSetup("", HINTS)).toEqual({ ok: true, value: {} });
  });
  it("reads a timezone of several words, or an offset, among the other parts", () => {
    expect(parseSetup("São Paulo domingo 20:00", HINTS)).toEqual({
      ok: true,
      value: { zone: "America/Sao_Paulo", weekday: 6, time: "20:00" },
    });
    expect(parseSetup("sexta New York 18:00 público", HINTS)).toEqual({
      ok: true,
      value: { zone: "America/New_York", weekday: 4, time: "18:00", publicCheckins: true },
    });
    expect(parseSetup("UTC-4 sábado", HINTS)).toEqual({
      ok: true,
      value: { zone: "America/Manaus", weekday: 5 },
    });
  });
  it("names the word it could not read", () => {
    expect(parseSetup("Mars/Base sunday", HINTS)).toEqual({ ok: false, error: { input: "Mars/Base" } });
    expect(parseSetup("sunday funday", HINTS)).toEqual({ ok: false, error: { input: "funday" } });
  });
  it.each([
    ["public", true],
    ["PUBLIC", true],
    ["público", true],
    ["publico", true],
    ["Pública", true],
    ["private", false],
    ["privado", false],
    ["privada", false],
  ])("reads %j as check-in confirmations public: %s", (word, publicCheckins) => {
    expect(parseSetup(`sunday ${word} 20:00`, HINTS)).toEqual({
      ok: true,
      value: { weekday: 6, time: "20:00", publicCheckins },
    });
  });
  it("leaves the check-in choice out when no word names it, and refuses a second or unknown one", () => {
    expect(parseSetup("America/Sao_Paulo", HINTS)).toEqual({
      ok: true,
      value: { zone: "America/Sao_Paulo" },
    });
    expect(parseSetup("public private", HINTS)).toEqual({ ok: false, error: { input: "private" } });
    expect(parseSetup("publicly", HINTS)).toEqual({ ok: false, error: { input: "publicly" } });
    // Words every object inherits are no choice.
    expect(parseSetup("constructor", HINTS)).toEqual({ ok: false, error: { input: "constructor" } });
  });
});

describe("parsePeriod", () => {
  it("reads this, last and all, defaulting to this week", () => {
    expect(parsePeriod("")).toEqual({ ok: true, value: "this" });
    expect(parsePeriod("LAST")).toEqual({ ok: true, value: "last" });
    expect(parsePeriod("tudo")).toEqual({ ok: true, value: "all" });
    expect(parsePeriod("yesterday").ok).toBe(false);
  });
});
