// A plan written back the way /plan reads it ("seg qua sex 19:00-21:00; sáb 09:00-12:00"), to prefill a form.
import type { Locale } from "../roadmap/types.js";
import { hoursGroups, type PlanBlock, type StudyPlan } from "./plan.js";

/** Day words parsePlan reads, Monday first. */
export const DAY_WORDS: Record<Locale, readonly string[]> = {
  en: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
  "pt-BR": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
};

/** Days that share hours together, in the order their hours first come: the text form of /plan. */
export function blocksText(blocks: readonly PlanBlock[], locale: Locale): string {
  return hoursGroups(blocks)
    .map((g) => `${g.days.map((d) => DAY_WORDS[locale][d] ?? "").join(" ")} ${g.start}-${g.end}`)
    .join("; ");
}

/** The plan as a form shows it: its blocks as /plan reads them, and its if-then line in two parts. */
export interface PlanForm {
  blocks: string;
  obstacle: string;
  fallback: string;
  /** The language the form speaks: the member's. */
  locale: Locale;
}

export function planForm(plan: StudyPlan, locale: Locale): PlanForm {
  return {
    blocks: blocksText(plan.blocks, locale),
    obstacle: plan.ifThen?.obstacle ?? "",
    fallback: plan.ifThen?.fallback ?? "",
    locale,
  };
}
