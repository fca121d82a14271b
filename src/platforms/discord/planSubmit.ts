// A submitted plan form, as the /plan commands a member would type: the blocks (or off, when emptied), then
// the if-then line when both its parts are filled. The first refusal is the answer and stops the rest, so
// a wrong blocks field changes nothing.
import type { Reply } from "../../core/commands/context.js";
import type { PlanForm } from "../../core/plans/planText.js";

/** Runs `/plan <args>` as its own event (`step` keeps the events of one submit apart). */
export type RunPlan = (args: string, step: string) => Promise<Reply>;

export async function submitPlan(run: RunPlan, values: Omit<PlanForm, "locale">): Promise<Reply> {
  const blocks = await run(values.blocks === "" ? "off" : values.blocks, "");
  // Only a /plan that did what it was asked answers with the plan's form.
  if (blocks.planForm === undefined || values.obstacle === "" || values.fallback === "") return blocks;
  const ifThen = await run(`if ${values.obstacle} then ${values.fallback}`, ":if");
  if (ifThen.planForm === undefined) return ifThen;
  // Both changed: the whole plan answers, as /plan shows it.
  return run("", ":show");
}
