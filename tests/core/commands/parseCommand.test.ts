// Commands are read whatever form of Unicode the keyboard sent, and unknown words never reach an object's
// inherited properties.
import { describe, expect, it } from "vitest";
import { commandNamed } from "../../../src/core/commands/index.js";
import { parseCommand } from "../../../src/core/commands/parseCommand.js";

describe("parseCommand", () => {
  it.each([
    ["/sile\u0302ncio 22:00-07:00", "silêncio", "quiet", "22:00-07:00"],
    ["/comec\u0327ar", "começar", "start", ""],
    ["/ＣＨＥＣＫＩＮ ３ｈ", "checkin", "checkin", "3h"],
    ["／checkin 2h", "checkin", "checkin", "2h"],
    ["/CheckIn 1h", "checkin", "checkin", "1h"],
    ["/SILÊNCIO off", "silêncio", "quiet", "off"],
  ])("GIVEN %j THEN /%s runs %s with %j", (text, name, command, args) => {
    const parsed = parseCommand(text);
    expect(parsed).toEqual({ name, addressee: null, args });
    expect(commandNamed(parsed?.name ?? "")?.name).toBe(command);
  });

  it("GIVEN a fullwidth command addressed to a bot THEN the addressee is read too", () => {
    expect(parseCommand("/ｃｈｅｃｋｉｎ＠ConstanciaBot ２ｈ")).toEqual({
      name: "checkin",
      addressee: "ConstanciaBot",
      args: "2h",
    });
  });
});

describe("commandNamed", () => {
  it.each(["constructor", "__proto__", "tostring", "toString", "hasownproperty", "valueof", "prototype"])(
    "GIVEN /%s THEN no command",
    (name) => {
      expect(commandNamed(name)).toBeNull();
    },
  );
});
