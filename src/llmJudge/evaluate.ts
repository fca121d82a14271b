// Scores a labelled set with a judge, and measures the agreement with the human scores.
import { assessAnswer } from "../core/mock/assess.js";
import type { FailureReason, Judge } from "../core/mock/judge.js";
import { meanAbsoluteError, spearman } from "./agreement.js";
import type { LabelledAnswer } from "./labelledSet.js";

export interface JudgedItem {
  item: LabelledAnswer;
  /** null: the judge gave no score. */
  judged: number | null;
  failure: FailureReason | null;
}

export interface Evaluation {
  items: JudgedItem[];
  scored: number;
  unscored: number;
  spearman: number | null;
  meanAbsoluteError: number | null;
  /** The largest disagreements first. */
  worst: Array<JudgedItem & { judged: number }>;
}

export async function evaluateJudge(
  judge: Judge,
  set: LabelledAnswer[],
  worstCount = 5,
): Promise<Evaluation> {
  const items: JudgedItem[] = [];
  // One at a time: a rate-limited server is not flooded.
  for (const item of set) {
    const assessment = await assessAnswer(judge, {
      topic: item.topic,
      question: item.question.text[item.locale],
      keyPoints: item.question.keyPoints,
      kind: item.question.kind,
      answer: item.answer,
      locale: item.locale,
      wantFollowUp: false,
    });
    items.push(
      assessment.kind === "scored"
        ? { item, judged: assessment.verdict.overall, failure: null }
        : { item, judged: null, failure: assessment.reason },
    );
  }
  const scored = items.flatMap((i) => (i.judged === null ? [] : [{ ...i, judged: i.judged }]));
  const humans = scored.map((i) => i.item.human);
  const judged = scored.map((i) => i.judged);
  return {
    items,
    scored: scored.length,
    unscored: items.length - scored.length,
    spearman: spearman(judged, humans),
    meanAbsoluteError: meanAbsoluteError(judged, humans),
    worst: [...scored]
      .sort(
        (a, b) =>
          Math.abs(b.judged - b.item.human) - Math.abs(a.judged - a.item.human) || a.item.line - b.item.line,
      )
      .slice(0, worstCount),
  };
}
