import { describe, expect, it } from "vitest";
import { zonesMatching } from "../../../src/platforms/discord/timezones.js";

describe("zonesMatching", () => {
  it("GIVEN a city's start THEN its zone first", () => {
    expect(zonesMatching("sao pa")[0]).toBe("America/Sao_Paulo");
    expect(zonesMatching("sao")).toEqual(expect.arrayContaining(["America/Sao_Paulo", "Africa/Sao_Tome"]));
    expect(zonesMatching("new york")[0]).toBe("America/New_York");
  });

  it("GIVEN anything THEN at most 25 suggestions", () => {
    expect(zonesMatching("").length).toBe(25);
    expect(zonesMatching("a").length).toBe(25);
    expect(zonesMatching("nowhere-at-all")).toEqual([]);
  });
});
