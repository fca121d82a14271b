import { describe, expect, it } from "vitest";
import { canonicalZone } from "../../../src/core/time/dates.js";
import { resolveZone } from "../../../src/core/time/resolveZone.js";
import { BRAZIL_BY_OFFSET, ZONE_BY_ODD_OFFSET, ZONE_NAMES } from "../../../src/core/time/zoneNames.js";
import { parseOffset, zoneLabel } from "../../../src/core/time/zoneOffset.js";

// December: Lisbon is on UTC+0, New York on UTC-5, São Paulo (no daylight saving time) on UTC-3.
const AT = new Date("2026-12-03T12:00:00Z");
const inLisbon = { current: "Europe/Lisbon", locale: "en", at: AT } as const;
const inBrazil = { current: "America/Sao_Paulo", locale: "pt-BR", at: AT } as const;

describe("resolveZone", () => {
  it.each([
    ["São Paulo", "America/Sao_Paulo"],
    ["Sao Paulo", "America/Sao_Paulo"],
    ["sao_paulo", "America/Sao_Paulo"],
    ["Brasília", "America/Sao_Paulo"],
    ["America/São_Paulo", "America/Sao_Paulo"],
    ["america/sao paulo", "America/Sao_Paulo"],
    ["Lisbon", "Europe/Lisbon"],
    ["Lisboa", "Europe/Lisbon"],
    ["Europe/Lisboa", "Europe/Lisbon"],
    ["New York", "America/New_York"],
    ["Nova York", "America/New_York"],
    ["Manaus", "America/Manaus"],
    ["Salvador", "America/Bahia"],
    ["Asia/Tokyo", "Asia/Tokyo"],
    ["UTC", "UTC"],
    ["GMT", "UTC"],
  ])("GIVEN %j THEN %s", (input, zone) => {
    expect(resolveZone(input, inLisbon)).toEqual({ kind: "zone", zone });
  });

  it("GIVEN an offset a Brazilian writes THEN the Brazilian zone that keeps it all year", () => {
    const hints = { ...inBrazil, current: "Europe/Lisbon" };
    for (const input of ["GMT-3", "UTC-3", "-03:00", "utc −3", "UTC-03"]) {
      expect(resolveZone(input, hints), input).toEqual({
        kind: "zone",
        zone: "America/Sao_Paulo",
        offset: -180,
      });
    }
    expect(resolveZone("UTC-4", hints)).toEqual({ kind: "zone", zone: "America/Manaus", offset: -240 });
  });

  it("GIVEN the offset the member's zone keeps now THEN the zone stays", () => {
    expect(resolveZone("UTC-5", { ...inLisbon, current: "America/New_York" })).toEqual({
      kind: "zone",
      zone: "America/New_York",
      offset: -300,
    });
    expect(resolveZone("GMT+0", inLisbon)).toEqual({ kind: "zone", zone: "Europe/Lisbon", offset: 0 });
  });

  it("GIVEN any other whole-hour offset THEN a fixed offset, shown as written", () => {
    const resolved = resolveZone("UTC-3", inLisbon);
    expect(resolved).toEqual({ kind: "fixed", zone: "Etc/GMT+3", offset: -180 });
    expect(zoneLabel("Etc/GMT+3")).toBe("UTC-3");
    expect(zoneLabel("Etc/GMT-9")).toBe("UTC+9");
    expect(resolveZone("+09:00", inLisbon)).toEqual({ kind: "fixed", zone: "Etc/GMT-9", offset: 540 });
    expect(resolveZone("Etc/GMT+3", inLisbon)).toEqual({ kind: "fixed", zone: "Etc/GMT+3", offset: -180 });
  });

  it("GIVEN a half-hour offset THEN the zone that keeps it; one no zone keeps THEN unknown", () => {
    expect(resolveZone("UTC+5:30", inLisbon)).toEqual({
      kind: "zone",
      zone: canonicalZone("Asia/Kolkata"),
      offset: 330,
    });
    expect(resolveZone("UTC+1:30", inLisbon)).toEqual({ kind: "unknown", suggestions: [] });
    expect(parseOffset("UTC+15")).toBeNull();
    expect(parseOffset("+3:20")).toBeNull();
  });

  it("GIVEN an unknown name THEN the three closest zones", () => {
    const sao = resolveZone("Sao Paolo", inBrazil);
    expect(sao.kind).toBe("unknown");
    expect(sao.kind === "unknown" ? sao.suggestions : []).toHaveLength(3);
    expect(sao.kind === "unknown" ? sao.suggestions[0] : null).toBe("America/Sao_Paulo");
    const lisbon = resolveZone("Europe/Lisbonn", inLisbon);
    expect(lisbon.kind === "unknown" ? lisbon.suggestions[0] : null).toBe("Europe/Lisbon");
    expect(resolveZone("Mars/Olympus", inLisbon).kind).toBe("unknown");
    expect(resolveZone("constructor", inLisbon).kind).toBe("unknown");
  });

  it("GIVEN the tables of names THEN every zone they name exists", () => {
    for (const zone of [
      ...Object.values(ZONE_NAMES),
      ...Object.values(BRAZIL_BY_OFFSET),
      ...Object.values(ZONE_BY_ODD_OFFSET),
    ]) {
      expect(canonicalZone(zone), zone).not.toBeNull();
    }
  });
});
