// /mock details: the full breakdown of the member's latest judged answer, which the verdict only sums up.
import type { CommandContext, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import { judgedKeyPoints } from "./openPrompt.js";
import { findQuestion } from "./topics.js";

export async function showDetails(ctx: CommandContext): Promise<Reply> {
  const { deps, member, t } = ctx;
  const latest = await deps.mock.latestAnswer(member.id);
  const found = latest === null ? null : findQuestion(deps.roadmap, latest.topicId, latest.questionId);
  if (latest === null || found === null) return say(t, "mock.noDetails", {});
  return say(t, "mock.details", {
    topic: found.topic,
    question: found.question,
    verdict: latest.verdict,
    keyPoints: judgedKeyPoints(found.question, latest.stage, latest.followUp),
  });
}
