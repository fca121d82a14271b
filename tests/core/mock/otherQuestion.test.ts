// A good answer to another question of the bank is no answer to this one: it is screened at 2/10, and the
// member is told which question it answers.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { messagesFor } from "../../../src/core/messages/index.js";
import type { JudgeInput } from "../../../src/core/mock/judge.js";
import { screenAnswer } from "../../../src/core/mock/screen.js";
import type { Locale, Roadmap } from "../../../src/core/roadmap/types.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

describe("an answer to another question", () => {
  let roadmap: Roadmap;
  let answers: Map<string, string>;
  beforeAll(async () => {
    roadmap = await loadRoadmap();
    // The human-graded set's strong answers, by question and language.
    const lines = (await readFile("tests/fixtures/judge-labelled.jsonl", "utf8")).split("\n").filter(Boolean);
    answers = new Map(
      lines
        .map((line) => JSON.parse(line) as { question: string; lang: string; score: number; answer: string })
        .filter((item) => item.score >= 8)
        .map((item) => [`${item.question}:${item.lang}`, item.answer]),
    );
  });

  function inputFor(questionId: string, answer: string, locale: Locale = "en"): JudgeInput {
    const topic = roadmap.interview.topics.find((t) => t.questions.some((q) => q.id === questionId));
    const question = topic?.questions.find((q) => q.id === questionId);
    if (topic === undefined || question === undefined) throw new Error(`no question ${questionId}`);
    return {
      topic,
      question: question.text[locale],
      keyPoints: question.keyPoints,
      kind: question.kind,
      answer,
      locale,
      wantFollowUp: false,
    };
  }

  const strong = (key: string) => {
    const answer = answers.get(key);
    if (answer === undefined) throw new Error(`no strong answer for ${key}`);
    return answer;
  };

  it("GIVEN a strong walk through the project asked for the hardest problem THEN 2/10 at most, and which question it answers", () => {
    const screened = screenAnswer(inputFor("project-4", strong("project-1:en")));
    expect(screened.kind).toBe("screened");
    if (screened.kind !== "screened") return;
    expect(screened.verdict.screened).toBe("otherQuestion");
    expect(screened.verdict.overall).toBeLessThanOrEqual(2);
    expect(screened.verdict.otherQuestion?.en).toBe(
      roadmap.interview.topics.flatMap((t) => t.questions).find((q) => q.id === "project-1")?.text.en,
    );
    const input = inputFor("project-4", "");
    const text = messagesFor("en")["mock.verdict"]({
      verdict: screened.verdict,
      keyPoints: input.keyPoints,
      followUp: null,
      answerWith: "message",
    });
    expect(text).toContain(
      "This answers a different question, however good it is, so it scores at most 2/10.",
    );
    expect(text).toContain("It answers this one instead: “Walk me through your portfolio project");
  });

  it("GIVEN the same answer to its own question THEN it goes on to the judge", () => {
    expect(screenAnswer(inputFor("monitoring-2", strong("monitoring-2:pt-BR"), "pt-BR")).kind).toBe("pass");
    expect(screenAnswer(inputFor("versioning-2", strong("versioning-2:en"))).kind).toBe("pass");
  });

  it("GIVEN a follow-up on some key points answered with the question's others THEN it is not another question", () => {
    const input = inputFor("monitoring-2", strong("monitoring-2:pt-BR"), "pt-BR");
    const [first, ...rest] = input.keyPoints;
    if (first === undefined) throw new Error("no key points");
    const followUp = { ...input, question: "E como você mediria isso?", keyPoints: [first] };
    const screened = screenAnswer({ ...followUp, answer: `${input.answer} ${rest.length}` });
    expect(screened.kind === "screened" ? screened.verdict.screened : null).not.toBe("otherQuestion");
  });
});
