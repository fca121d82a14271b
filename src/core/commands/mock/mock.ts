// /mock [topic|stop|skip|history]: interview drills judged by the LLM or the offline judge.
import { showDetails } from "../../mock/details.js";
import { showHistory, skipDrill, startDrill, stopDrill } from "../../mock/drill.js";
import { type MockRequest, parseMockArgs } from "../../mock/parseMockArgs.js";
import { argText, defineCommand } from "../spec.js";
import { type MockReplies, names, replies, texts } from "./texts.js";

/** Discord lists at most 25 choices. */
const MAX_CHOICES = 25;

export const mock = defineCommand<MockRequest, MockReplies>({
  ...names,
  options: [
    {
      name: "topic",
      kind: "text",
      choices: (roadmap) =>
        roadmap.interview.topics
          .slice(0, MAX_CHOICES)
          .map((topic) => ({ value: topic.id, label: topic.name })),
    },
  ],
  where: "any",
  // An answer takes time and thought: not in front of the group.
  visibility: "private",
  privateLink: (link) => ({ own: "privateLink", params: { link } }),
  menus: ["private", "group"],
  asksQuestions: true,
  changesData: false,
  texts,
  replies,
  parse: (args, { roadmap }) => parseMockArgs(argText(args, "topic"), roadmap),
  async run(ctx, request) {
    switch (request.kind) {
      case "start":
        return startDrill(ctx, request.topic);
      case "suggest":
        return startDrill(ctx, null);
      case "stop":
        return stopDrill(ctx);
      case "skip":
        return skipDrill(ctx);
      case "history":
        return showHistory(ctx);
      case "details":
        return showDetails(ctx);
    }
  },
});
