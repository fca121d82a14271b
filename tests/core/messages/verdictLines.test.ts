import { describe, expect, it } from "vitest";
import { messagesFor } from "../../../src/core/messages/index.js";
import type { JudgeInput } from "../../../src/core/mock/judge.js";
import { offlineVerdict } from "../../../src/core/mock/offlineJudge.js";
import { screenAnswer } from "../../../src/core/mock/screen.js";
import type { InterviewQuestion, InterviewTopic } from "../../../src/core/roadmap/types.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

const roadmap = await loadRoadmap();
function firstQuestion(): { topic: InterviewTopic; question: InterviewQuestion } {
  const topic = roadmap.interview.topics[0];
  const question = topic?.questions[0];
  if (topic === undefined || question === undefined) throw new Error("the roadmap has no interview question");
  return { topic, question };
}
const { topic, question } = firstQuestion();

function input(answer: string, locale: "en" | "pt-BR"): JudgeInput {
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

describe("the verdict layout shared by both languages", () => {
  it("GIVEN a screened answer THEN each language says why and lists every key point; the details hold the outline", () => {
    for (const [locale, why, outline] of [
      ["en", "so it scores at most 2/10.", "A stronger outline:"],
      ["pt-BR", "então vale no máximo 2/10.", "Um roteiro mais forte:"],
    ] as const) {
      const screened = screenAnswer(input("no idea", locale));
      if (screened.kind !== "screened") throw new Error("expected a screened answer");
      const text = messagesFor(locale)["mock.verdictReport"]({
        verdict: screened.verdict,
        keyPoints: question.keyPoints,
      });
      expect(text).toContain(why);
      for (const point of question.keyPoints) expect(text).toContain(`  ✗ ${point.text[locale]}`);
      const details = messagesFor(locale)["mock.details"]({
        topic,
        question,
        verdict: screened.verdict,
        keyPoints: question.keyPoints,
      });
      expect(details).toContain(why);
      expect(details).toContain(outline);
    }
  });

  it("GIVEN a judged answer THEN the STAR parts are named in the member's language", () => {
    const answer =
      "I versioned the dataset with DVC and logged the hash in MLflow, so the model was reproducible.";
    const verdict = offlineVerdict(input(answer, "en"));
    const en = messagesFor("en")["mock.verdictReport"]({ verdict, keyPoints: question.keyPoints });
    const pt = messagesFor("pt-BR")["mock.verdictReport"]({ verdict, keyPoints: question.keyPoints });
    expect(en).toMatch(/^STAR: Situation \d\/4 · Task \d\/4 · Action \d\/4 · Result \d\/4$/m);
    expect(pt).toMatch(/^STAR: Situação \d\/4 · Tarefa \d\/4 · Ação \d\/4 · Resultado \d\/4$/m);
    const details = (locale: "en" | "pt-BR") =>
      messagesFor(locale)["mock.details"]({ topic, question, verdict, keyPoints: question.keyPoints });
    expect(details("en")).toMatch(/^ {2}Situation \d\/\d — /m);
    expect(details("pt-BR")).toMatch(/^ {2}Situação \d\/\d — /m);
    expect(en).toContain(`Key points covered: ${verdict.covered.length} of ${question.keyPoints.length}`);
    expect(pt).toContain(`Pontos-chave cobertos: ${verdict.covered.length} de ${question.keyPoints.length}`);
  });
});
