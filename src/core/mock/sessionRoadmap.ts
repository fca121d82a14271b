// The roadmap an open question came from: the one its chat follows (a group's), else the member's own.
import type { CoreDeps } from "../commands/context.js";
import type { Member } from "../ports.js";
import type { MockSession } from "./ports.js";

export async function withSessionRoadmap(
  deps: CoreDeps,
  open: { member: Member; session: MockSession },
): Promise<CoreDeps> {
  const { member, session } = open;
  const group = await deps.schedule.groupByChat(session.platform, session.chatId);
  return { ...deps, roadmap: await deps.roadmaps.resolve(group?.roadmapKey ?? member.roadmapKey) };
}
