// /plan: the member's study blocks and if-then line, shown with the Monday plan.

import { pointersAfterChange } from "../../nudges/reschedule.js";
import { type PlanRequest, parsePlan } from "../../plans/parsePlan.js";
import { EMPTY_PLAN, type StudyPlan } from "../../plans/plan.js";
import { planForm } from "../../plans/planText.js";
import { goalMinutesOf } from "../../progress/goal.js";
import { err, ok } from "../../result.js";
import { dmNotice } from "../dmNotice.js";
import { argText, defineCommand } from "../spec.js";
import { names, type PlanReplies, replies, texts } from "./texts.js";

export const plan = defineCommand<PlanRequest, PlanReplies>({
  ...names,
  options: [{ name: "blocks", kind: "text", maxLength: 300 }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const parsed = parsePlan(argText(args, "blocks"));
    if (parsed.ok) return ok(parsed.value);
    const e = parsed.error;
    return err(
      e.kind === "tooMany"
        ? { own: e.kind, params: { max: e.max } }
        : { own: e.kind, params: { input: e.input } },
    );
  },
  async run(ctx, request) {
    const { deps, member, now, t, replies: say } = ctx;
    const goalMinutes = goalMinutesOf(member, deps.roadmap);
    // The plan reminders follow the blocks: a changed plan moves the next one.
    const form = (plan: StudyPlan) => planForm(plan, t.locale);
    const save = (plan: StudyPlan) =>
      deps.store.updateMember(member.id, { plan, pointers: pointersAfterChange({ ...member, plan }, now) });
    switch (request.kind) {
      case "show":
        return { text: say.shown({ plan: member.plan, goalMinutes }), planForm: form(member.plan) };
      case "off":
        await save(EMPTY_PLAN);
        return { text: say.cleared({}), planForm: form(EMPTY_PLAN) };
      case "ifThen": {
        const ifThen = { obstacle: request.obstacle, fallback: request.fallback };
        await save({ ...member.plan, ifThen });
        return { text: say.ifThenSaved(ifThen), planForm: form({ ...member.plan, ifThen }) };
      }
      case "blocks": {
        const updated = { ...member.plan, blocks: request.blocks };
        await save(updated);
        const saved = say.saved({ plan: updated, goalMinutes });
        return { text: [saved, ...dmNotice(ctx)].join("\n"), planForm: form(updated) };
      }
    }
  },
});
