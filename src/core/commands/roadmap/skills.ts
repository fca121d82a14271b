// /roadmap skills: the skills map (core, nice to have) and the tools, in the member's language.
import type { Locale, Roadmap } from "../../roadmap/types.js";
import type { RoadmapReplies } from "./texts.js";

/** "skills", "habilidades": what a member types after /roadmap to see the skills map. */
export const SKILLS_WORDS = /^(?:skills?|habilidades?|competências|competencias)$/i;

export function skillsText(plan: Roadmap, locale: Locale, say: RoadmapReplies): string {
  const core = plan.skills?.core ?? [];
  const niceToHave = plan.skills?.niceToHave ?? [];
  const tools = plan.tools ?? [];
  if (core.length + niceToHave.length + tools.length === 0) return say.noSkills({});
  const list = (heading: string, items: typeof core) =>
    items.length === 0 ? [] : [heading, ...items.map((item) => `• ${item[locale]}`)];
  return [
    say.skillsTitle({ title: plan.title[locale] }),
    ...list(say.coreSkills({}), core),
    ...list(say.niceToHaveSkills({}), niceToHave),
    ...(tools.length === 0 ? [] : [say.tools({ tools: tools.map((tool) => tool[locale]) })]),
  ].join("\n");
}
