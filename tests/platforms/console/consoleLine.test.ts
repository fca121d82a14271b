import { describe, expect, it } from "vitest";
import { parseConsoleLine } from "../../../src/platforms/console/consoleLine.js";

describe("parseConsoleLine", () => {
  it("GIVEN @name THEN that member speaks", () => {
    expect(parseConsoleLine("@ana /checkin 2h")).toEqual({ speaker: "ana", text: "/checkin 2h" });
    expect(parseConsoleLine("  @joão.silva   /progress ")).toEqual({
      speaker: "joão.silva",
      text: "/progress",
    });
  });

  it("GIVEN no @name THEN the local member speaks", () => {
    expect(parseConsoleLine("/checkin 2h")).toEqual({ speaker: null, text: "/checkin 2h" });
    expect(parseConsoleLine("email me@example.com")).toEqual({ speaker: null, text: "email me@example.com" });
    expect(parseConsoleLine("@ana")).toEqual({ speaker: null, text: "@ana" });
  });
});
