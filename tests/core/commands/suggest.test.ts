// A mistyped command is answered with the one that was most likely meant, never with a wild guess.
import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../../src/core/commands/index.js";
import { closestName } from "../../../src/core/commands/suggest.js";

describe("closestName", () => {
  it.each([
    ["chekin", "checkin"],
    ["chcekin", "checkin"],
    ["checkni", "checkin"],
    ["progres", "progress"],
    ["desfaser", "desfazer"],
    ["helpme", "help"],
    ["leaderbord", "leaderboard"],
    ["lembret", "lembrete"],
    ["moc", "mock"],
    ["checkin3h", "checkin"],
  ])("GIVEN /%s THEN /%s", (typed, meant) => {
    expect(closestName(typed, COMMAND_NAMES)).toBe(meant);
  });

  it.each(["dance", "weather", "x", "ab", "stats"])("GIVEN /%s THEN no guess", (typed) => {
    expect(closestName(typed, COMMAND_NAMES)).toBeNull();
  });
});
