// What Discord suggests while a member types: their likely zones first, offsets, times and durations.
import { describe, expect, it } from "vitest";
import { suggestDurations, suggestTimes, suggestZones } from "../../../src/platforms/discord/suggestions.js";

// A day in December: São Paulo at UTC-3, Lisbon at UTC+0, New York at UTC-5.
const now = new Date("2026-12-04T12:00:00Z");

describe("zone suggestions", () => {
  it("GIVEN nothing typed THEN a Portuguese speaker sees Brazil's zones and Lisbon first; an English one, Lisbon and London", () => {
    const pt = suggestZones("", { locale: "pt-BR", now });
    expect(pt.slice(0, 3)).toEqual(["America/Sao_Paulo", "America/Manaus", "America/Fortaleza"]);
    expect(pt).toContain("Europe/Lisbon");
    expect(suggestZones("", { locale: "en", now }).slice(0, 2)).toEqual(["Europe/Lisbon", "Europe/London"]);
    expect(pt.length).toBeLessThanOrEqual(25);
  });

  it("GIVEN são paulo, lisboa or an offset THEN the zone meant, first", () => {
    expect(suggestZones("são paulo", { locale: "pt-BR", now })[0]).toBe("America/Sao_Paulo");
    expect(suggestZones("lisboa", { locale: "pt-BR", now })[0]).toBe("Europe/Lisbon");
    const minusThree = suggestZones("GMT-3", { locale: "pt-BR", now });
    expect(minusThree[0]).toBe("America/Sao_Paulo");
    expect(minusThree).toContain("America/Bahia");
    expect(minusThree).not.toContain("America/New_York");
    expect(suggestZones("UTC-5", { locale: "en", now })).toContain("America/New_York");
    expect(suggestZones("+0", { locale: "en", now })[0]).toBe("Europe/Lisbon");
  });
});

describe("time and duration suggestions", () => {
  it("GIVEN an hour typed THEN its quarter hours; minutes started THEN those; a full time as written", () => {
    expect(suggestTimes("8")).toEqual(["08:00", "08:15", "08:30", "08:45"]);
    expect(suggestTimes("20:3")).toEqual(["20:30", "20:35"]);
    expect(suggestTimes("7h")).toContain("07:00");
    expect(suggestTimes("21:05")).toEqual(["21:05"]);
    expect(suggestTimes("")).toContain("09:00");
    expect(suggestTimes("99")).toEqual([]);
  });

  it("GIVEN a number THEN hours, hours and a half, minutes; what the check-in reads stays as typed", () => {
    expect(suggestDurations("2")).toEqual(["2h", "2h30", "20min", "2min"]);
    expect(suggestDurations("1h45")[0]).toBe("1h45");
    expect(suggestDurations("")).toContain("1h30");
    expect(suggestDurations("1h")).toEqual(["1h", "1h30"]);
  });
});
