// A labelled set of answers (JSON Lines): topic, question id or text, answer, human score 0–10.
import { z } from "zod";
import { findQuestion, resolveTopic } from "../core/mock/topics.js";
import { err, ok, type Result } from "../core/result.js";
import type { InterviewQuestion, InterviewTopic, Locale, Roadmap } from "../core/roadmap/types.js";

const lineSchema = z.object({
  topic: z.string().min(1),
  question: z.string().min(1),
  answer: z.string(),
  score: z.number().min(0).max(10),
  lang: z.enum(["en", "pt-BR", "pt"]).optional(),
});

export interface LabelledAnswer {
  /** 1-based line in the file. */
  line: number;
  topic: InterviewTopic;
  question: InterviewQuestion;
  answer: string;
  human: number;
  locale: Locale;
}

function questionFor(topic: InterviewTopic, roadmap: Roadmap, wanted: string): InterviewQuestion | null {
  const byId = findQuestion(roadmap, topic.id, wanted);
  if (byId !== null) return byId.question;
  return topic.questions.find((q) => q.text.en === wanted || q.text["pt-BR"] === wanted) ?? null;
}

/** Every line, or every problem (with its line number). Blank lines are skipped. */
export function parseLabelledSet(text: string, roadmap: Roadmap): Result<LabelledAnswer[], string[]> {
  const items: LabelledAnswer[] = [];
  const problems: string[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      problems.push(`line ${line}: not valid JSON`);
      return;
    }
    const parsed = lineSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`line ${line}: ${issue?.path.join(".") || "(line)"}: ${issue?.message ?? "invalid"}`);
      return;
    }
    const topic = resolveTopic(roadmap, parsed.data.topic);
    if (!topic.ok) {
      problems.push(`line ${line}: unknown topic "${parsed.data.topic}"`);
      return;
    }
    const question = questionFor(topic.value, roadmap, parsed.data.question);
    if (question === null) {
      problems.push(`line ${line}: topic ${topic.value.id} has no question "${parsed.data.question}"`);
      return;
    }
    const lang = parsed.data.lang ?? "en";
    items.push({
      line,
      topic: topic.value,
      question,
      answer: parsed.data.answer,
      human: parsed.data.score,
      locale: lang === "en" ? "en" : "pt-BR",
    });
  });
  return problems.length > 0 ? err(problems) : ok(items);
}
