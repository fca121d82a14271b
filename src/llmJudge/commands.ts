// `constancia judge` and `constancia eval-judge`: one answer from standard input, or a labelled set.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Config } from "../config.js";
import { localeFrom, messagesFor } from "../core/messages/index.js";
import { assessAnswer } from "../core/mock/assess.js";
import type { Judge } from "../core/mock/judge.js";
import { offlineJudge } from "../core/mock/offlineJudge.js";
import { questionById, resolveTopic } from "../core/mock/topics.js";
import type { Locale, Roadmap } from "../core/roadmap/types.js";
import { evaluateJudge } from "./evaluate.js";
import { judgeFor } from "./fromConfig.js";
import { parseLabelledSet } from "./labelledSet.js";
import { assessmentJson } from "./verdictJson.js";

const JUDGE_USAGE = `Usage: constancia judge --topic <topic> [--question <id>] [--json] [--offline] [--lang en|pt]
  Reads an answer on standard input and prints the verdict.`;

const EVAL_USAGE = `Usage: constancia eval-judge <file.jsonl> [--offline] [--json]
  Each line: {"topic": "...", "question": "<id or text>", "answer": "...", "score": 0-10, "lang": "en|pt-BR"}`;

export interface CommandIO {
  stdin: AsyncIterable<Buffer | string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
  return text;
}

function chooseJudge(config: Config, offline: boolean): Judge {
  return offline ? offlineJudge : judgeFor(config);
}

function localeOf(config: Config, lang: string | undefined): Locale {
  return localeFrom(lang) ?? localeFrom(config.LANG) ?? (config.DEFAULT_LANGUAGE as Locale);
}

export async function judgeCommand(
  argv: string[],
  config: Config,
  roadmap: Roadmap,
  io: CommandIO,
): Promise<number> {
  let values: { topic?: string; question?: string; json?: boolean; offline?: boolean; lang?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        topic: { type: "string" },
        question: { type: "string" },
        json: { type: "boolean" },
        offline: { type: "boolean" },
        lang: { type: "string" },
      },
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${JUDGE_USAGE}\n`);
    return 2;
  }
  if (values.topic === undefined) {
    io.stderr(`--topic is required.\n\n${JUDGE_USAGE}\n`);
    return 2;
  }
  const topic = resolveTopic(roadmap, values.topic);
  if (!topic.ok) {
    io.stderr(
      `Unknown topic "${values.topic}". Topics: ${topic.error.params.topics.map((t) => t.id).join(", ")}.\n`,
    );
    return 2;
  }
  const question =
    values.question === undefined ? topic.value.questions[0] : questionById(topic.value, values.question);
  if (question === null || question === undefined) {
    const ids = topic.value.questions.map((q) => q.id).join(", ");
    io.stderr(`Topic ${topic.value.id} has no question "${values.question}". Questions: ${ids}.\n`);
    return 2;
  }
  const t = messagesFor(localeOf(config, values.lang));
  const answer = await readAll(io.stdin);
  const assessment = await assessAnswer(chooseJudge(config, values.offline === true), {
    topic: topic.value,
    question: question.text[t.locale],
    keyPoints: question.keyPoints,
    kind: question.kind,
    answer,
    locale: t.locale,
    wantFollowUp: true,
  });
  if (values.json === true) {
    const json = {
      topic: topic.value.id,
      question: question.id,
      ...assessmentJson(assessment, question.keyPoints, t),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const keyPoints = question.keyPoints;
  const body =
    assessment.kind === "scored"
      ? t["mock.verdictReport"]({ verdict: assessment.verdict, keyPoints })
      : t["mock.unscored"]({ reason: assessment.reason, offline: assessment.offline, keyPoints });
  io.stdout(`${question.text[t.locale]}\n\n${body}\n`);
  return 0;
}

function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export async function evalJudgeCommand(
  argv: string[],
  config: Config,
  roadmap: Roadmap,
  io: CommandIO,
): Promise<number> {
  let parsed: { values: { offline?: boolean; json?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { offline: { type: "boolean" }, json: { type: "boolean" } },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${EVAL_USAGE}\n`);
    return 2;
  }
  const [file] = parsed.positionals;
  if (file === undefined || parsed.positionals.length > 1) {
    io.stderr(`${EVAL_USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    io.stderr(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "unknown error"}\n`);
    return 2;
  }
  const set = parseLabelledSet(text, roadmap);
  if (!set.ok) {
    io.stderr(`${file} is not a valid labelled set:\n${set.error.map((p) => `  - ${p}`).join("\n")}\n`);
    return 2;
  }
  if (set.value.length === 0) {
    io.stderr(`${file} has no answers: one JSON object a line.\n\n${EVAL_USAGE}\n`);
    return 2;
  }
  const judge = chooseJudge(config, parsed.values.offline === true);
  const result = await evaluateJudge(judge, set.value);
  const judgeName = judge.kind === "llm" ? `llm (${config.OPENAI_MODEL})` : "offline";
  const round = (n: number | null, digits: number) => (n === null ? null : Number(n.toFixed(digits)));
  if (parsed.values.json === true) {
    io.stdout(
      `${JSON.stringify(
        {
          judge: judgeName,
          answers: result.items.length,
          scored: result.scored,
          unscored: result.unscored,
          spearman: round(result.spearman, 3),
          meanAbsoluteError: round(result.meanAbsoluteError, 2),
          worst: result.worst.map((w) => ({
            line: w.item.line,
            topic: w.item.topic.id,
            question: w.item.question.id,
            human: w.item.human,
            judge: w.judged,
            answer: excerpt(w.item.answer),
          })),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const lines = [
    `Judge: ${judgeName}`,
    `Answers: ${result.items.length} (${result.scored} scored, ${result.unscored} unscored)`,
    `Spearman correlation: ${result.spearman === null ? "n/a" : result.spearman.toFixed(3)}`,
    `Mean absolute error: ${result.meanAbsoluteError === null ? "n/a" : result.meanAbsoluteError.toFixed(2)}`,
    "Worst disagreements:",
    ...result.worst.map(
      (w) =>
        `  line ${w.item.line} ${w.item.question.id} (${w.item.locale}): human ${w.item.human}, judge ${w.judged} — “${excerpt(w.item.answer)}”`,
    ),
  ];
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
