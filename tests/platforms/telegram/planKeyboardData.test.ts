// The plan keyboard's callback data: the state it carries, read back; what is not the plan's is no press.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../../src/core/plans/parsePlan.js";
import {
  planArgs,
  planKeyboard,
  planPressOf,
  stateOf,
} from "../../../src/platforms/telegram/planKeyboard.js";

describe("the plan keyboard's data", () => {
  it("GIVEN every button of a keyboard THEN its data reads back as a press, within Telegram's 64 bytes", () => {
    const keyboard = planKeyboard({ days: 0b0010101, preset: 3, locale: "pt-BR" });
    const [days = [], presets = [], actions = []] = keyboard.inline_keyboard;
    const data = (b: object | undefined) =>
      String(b !== undefined && "callback_data" in b ? b.callback_data : "");
    for (const b of keyboard.inline_keyboard.flat())
      expect(Buffer.byteLength(data(b))).toBeLessThanOrEqual(64);
    expect(planPressOf(data(days[1]))).toEqual({
      action: "pick",
      state: { days: 0b0010111, preset: 3, locale: "pt-BR" },
    });
    expect(planPressOf(data(presets[0]))?.state.preset).toBe(0);
    expect(planPressOf(data(actions[0]))?.action).toBe("save");
    expect(planPressOf(data(actions[1]))?.action).toBe("clear");
  });

  it("GIVEN data that is not the plan's, or out of range THEN no press", () => {
    for (const junk of [
      "",
      "mock-answer",
      "plan:k:128:0:en",
      "plan:k:1:4:en",
      "plan:x:1:0:en",
      "plan:k:1:0:fr",
    ]) {
      expect(planPressOf(junk)).toBeNull();
    }
  });

  it("GIVEN a state THEN the /plan it stands for reads back as its days at its time; none without both", () => {
    const args = planArgs({ days: 0b0000101, preset: 2, locale: "pt-BR" });
    expect(args).toBe("seg qua 19:00-21:00");
    expect(parsePlan(args ?? "").ok).toBe(true);
    expect(planArgs({ days: 0, preset: 2, locale: "en" })).toBeNull();
    expect(planArgs({ days: 1, preset: null, locale: "en" })).toBeNull();
  });

  it("GIVEN a plan THEN the keyboard shows it when it fits one preset, and nothing chosen otherwise", () => {
    const form = (blocks: string) => ({ blocks, obstacle: "", fallback: "", locale: "en" as const });
    expect(stateOf(form("mon fri 07:00-09:00"))).toEqual({ days: 0b0010001, preset: 0, locale: "en" });
    expect(stateOf(form("mon 07:00-09:00; sat 10:00-12:00"))).toEqual({
      days: 0,
      preset: null,
      locale: "en",
    });
    expect(stateOf(form(""))).toEqual({ days: 0, preset: null, locale: "en" });
  });
});
