import { describe, expect, it } from "vitest";
import { parseLinkCode, shownCode } from "../../../src/core/commands/link/parseLinkCode.js";

describe("parseLinkCode", () => {
  it("GIVEN nothing THEN a new code is asked for", () => {
    expect(parseLinkCode("  ")).toEqual({ ok: true, value: { kind: "issue" } });
  });

  it.each(["K7MQ-4X2P", "k7mq4x2p", " k7mq 4x2p ", "K7MQ - 4X2P"])(
    "GIVEN %j THEN the code as it was given",
    (text) => {
      expect(parseLinkCode(text)).toEqual({ ok: true, value: { kind: "redeem", code: "K7MQ4X2P" } });
    },
  );

  it.each(["K7MQ", "K7MQ-4X2P-9", "código!!", "K7MQ_4X2P"])(
    "GIVEN %j THEN the code's form is explained",
    (text) => {
      expect(parseLinkCode(text)).toEqual({ ok: false, error: { own: "badCode", params: {} } });
    },
  );

  it("GIVEN a code THEN it is shown in two groups of four", () => {
    expect(shownCode("K7MQ4X2P")).toBe("K7MQ-4X2P");
  });
});
