import { describe, expect, it } from "vitest";
import { parsePlan } from "../../../src/core/plans/parsePlan.js";
import type { PlanBlock } from "../../../src/core/plans/plan.js";
import { blocksText, planForm } from "../../../src/core/plans/planText.js";

const blocksOf = (text: string): PlanBlock[] => {
  const parsed = parsePlan(text);
  if (!parsed.ok || parsed.value.kind !== "blocks") throw new Error(`not blocks: ${text}`);
  return parsed.value.blocks;
};

describe("blocksText", () => {
  it("GIVEN blocks THEN the text /plan reads, days sharing hours together, in the member's language", () => {
    const blocks = blocksOf("mon wed fri 7pm-9pm; sat 9am-12pm");
    expect(blocksText(blocks, "pt-BR")).toBe("seg qua sex 19:00-21:00; sáb 09:00-12:00");
    expect(blocksText(blocks, "en")).toBe("mon wed fri 19:00-21:00; sat 09:00-12:00");
    expect(blocksText([], "en")).toBe("");
  });

  it("GIVEN any plan THEN its text reads back as the same blocks, in either language", () => {
    for (const text of [
      "seg a sex 06:30-07:30",
      "ter qui 19h às 21h30; sáb 9h-12h; dom 14:00-15:00",
      "mon 07:00-08:00; mon 19:00-21:00; sun 10:00-11:00",
      "sat sun 23:00-23:59",
    ]) {
      const blocks = blocksOf(text);
      expect(blocksOf(blocksText(blocks, "pt-BR"))).toEqual(blocks);
      expect(blocksOf(blocksText(blocks, "en"))).toEqual(blocks);
    }
  });

  it("GIVEN a plan with an if-then line THEN the form holds its two parts", () => {
    const plan = {
      blocks: blocksOf("seg 19:00-21:00"),
      ifThen: { obstacle: "eu chegar cansado", fallback: "20 minutos de revisão" },
    };
    expect(planForm(plan, "pt-BR")).toEqual({
      blocks: "seg 19:00-21:00",
      obstacle: "eu chegar cansado",
      fallback: "20 minutos de revisão",
      locale: "pt-BR",
    });
    expect(planForm({ blocks: [], ifThen: null }, "en")).toEqual({
      blocks: "",
      obstacle: "",
      fallback: "",
      locale: "en",
    });
  });
});
