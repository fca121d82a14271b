// English texts of mock interviews.

import { names as mockNames } from "../../commands/mock/texts.js";
import { call } from "../../commands/names.js";
import type { FailureReason } from "../../mock/judge.js";
import type { Trend } from "../../mock/practice.js";
import { topicWord } from "../../mock/topics.js";
import type { FollowUp, OfflineNote, ScreenReason, StarPart, Verdict } from "../../mock/verdict.js";
import type { KeyPoint } from "../../roadmap/types.js";
import type { AnswerWith, MediaKind, MockMessages, PromptParams } from "../mock.js";
import {
  compactVerdictLines,
  feedbackText,
  keyPointText,
  outlineText,
  type VerdictWords,
  verdictLines,
} from "../verdictLines.js";
import { day } from "./dates.js";

const MOCK = call(mockNames, "en");

const PART: Record<StarPart, string> = {
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
};

const SCREENED: Record<ScreenReason, string> = {
  empty: "There is no answer to judge",
  dontKnow: "“I don't know” is an honest start, but there is nothing to score yet",
  tooShort: "This answer is too short to judge (a few words)",
  offTopic: "This answer does not touch the question",
  otherQuestion: "This answers a different question, however good it is",
};

const FAILURE: Record<FailureReason, string> = {
  timeout: "it took too long to reply",
  rateLimited: "the server is rate-limiting requests",
  serverError: "the server had an error",
  unavailable: "the server could not be reached or refused the request",
  malformed: "its reply was not valid JSON",
  noVerdict: "its reply held no verdict",
  outOfSchema: "its reply did not follow the scoring rules (e.g. a score out of range)",
};

const MEDIA: Record<MediaKind, string> = {
  voice: "a voice note",
  audio: "an audio file",
  photo: "a photo",
  video: "a video",
  sticker: "a sticker",
  file: "a file",
};

const TREND: Record<Trend, string> = { up: "↗ improving", down: "↘ slipping", steady: "→ steady" };

function point(keyPoints: KeyPoint[], index: number): string {
  return keyPointText(keyPoints, index, "en");
}

function note(n: OfflineNote, keyPoints: KeyPoint[]): string {
  switch (n.id) {
    case "coverage":
      return n.covered === n.total
        ? "You covered every key point."
        : `You covered ${n.covered} of the ${n.total} key points.`;
    case "structure":
      return "Clear structure: situation, task, action and result are easy to follow.";
    case "specifics":
      return `Concrete tools and metrics (${n.terms.join(", ")}) make it believable.`;
    case "measuredResult":
      return "You closed with a measured result — interviewers remember numbers.";
    case "onTopic":
      return "You went straight to the point of the question.";
    case "missedPoint":
      return `Cover this key point: ${point(keyPoints, n.keyPoint)}`;
    case "addSituation":
      return "Open with the situation: where, when, and what problem you faced.";
    case "addTask":
      return "Say what you had to deliver — the goal — before how you did it.";
    case "addAction":
      return "Say what you did yourself, step by step: “I configured…”, “I compared…”.";
    case "addResult":
      return "End with a measurable result, e.g. “F1 went from 0.71 to 0.83” or “deploys went from 2h to 10min”.";
    case "addSpecifics":
      return "Name the tools and numbers: MLflow, DVC, Docker, a metric, a time saved.";
    case "develop":
      return `Develop it: ${n.words} ${n.words === 1 ? "word" : "words"} is short — aim for 120 to 250 (about a minute and a half spoken).`;
    case "rehearse":
      return "Rehearse it aloud and keep it under two minutes.";
  }
}

function followUpQuestion(followUp: FollowUp, keyPoints: KeyPoint[]): string {
  switch (followUp.kind) {
    case "text":
      return followUp.text;
    case "missedPoint":
      return `You didn't mention this: ${point(keyPoints, followUp.keyPoint)} How would you cover it, with an example?`;
    case "example":
      return "Good coverage. Now give me one concrete example from your own project, ending with a number.";
  }
}

const WORDS: VerdictWords = {
  locale: "en",
  ignoredInstructions: "Your answer held instructions to the judge; they were ignored and did not count.",
  disagreement: (d, counted) =>
    `The LLM judge gave ${d.llmOverall}/10, but the answer's own words touch only ${d.covered} of the ${d.total} key points: that score disagrees with what the answer says, so it counts as ${counted}/10.`,
  samplesDisagree: (s) =>
    `The judge was asked ${s.count} times and the answers disagreed on ${[...s.split.map((part) => PART[part]), ...(s.overallSplit ? ["the overall"] : [])].join(", ")}: each score shown is the middle one.`,
  budgetSpent:
    "The LLM judge's budget for the last 24 hours is used up, so the offline judge scored this answer.",
  screened: (reason, max) => `${SCREENED[reason]}, so it scores at most ${max}/10.`,
  answersOther: (question) => `It answers this one instead: “${question}”`,
  keyPointsToCover: "Key points to cover:",
  starPart: PART,
  missing: "missing",
  keyPointsCovered: (covered, total) => `Key points covered: ${covered} of ${total}`,
  strengths: "Strengths:",
  improvements: "To improve:",
  outlineTitle: "A stronger outline:",
  note,
  detailsHint: `The full breakdown and a stronger outline: ${MOCK} details`,
  pointsOutline: (kind, points) =>
    [
      {
        concept: "1. Say what it is, in one sentence.",
        design: "1. Name the goal and the constraints.",
        motivation: "1. Say why, in one sentence of your own.",
      }[kind],
      ...points.map((point, i) => `${i + 2}. ${point}.`),
      {
        concept: `${points.length + 2}. An example from your own work, with a tool or a number.`,
        design: `${points.length + 2}. A trade-off you would accept, and how you would know it works.`,
        motivation: `${points.length + 2}. Something you did that shows it, with a result.`,
      }[kind],
    ].join("\n"),
  starOutline: (points) =>
    [
      "1. Situation — the project, the data and the problem, in one or two sentences.",
      "2. Task — what you had to deliver.",
      `3. Action — what you did, covering: ${points.join("; ")}.`,
      "4. Result — a number: a metric, a time saved, an error avoided.",
    ].join("\n"),
};

/** Where answers go in forms, the breakdown is a button under the verdict. */
const FORM_WORDS: VerdictWords = {
  ...WORDS,
  detailsHint: "The full breakdown and a stronger outline: the button below.",
};

function report(verdict: Verdict, keyPoints: KeyPoint[], answerWith: AnswerWith = "message"): string {
  const words = answerWith === "message" ? WORDS : FORM_WORDS;
  return [
    `🎯 Score: ${verdict.overall}/10 (${judgeLabel(verdict)})`,
    ...compactVerdictLines(verdict, keyPoints, words),
  ].join("\n");
}

function judgeLabel(v: Verdict): string {
  return v.judge === "llm" ? "LLM judge" : "offline judge";
}

function prompt({ topic, question, suggested, redrill, today }: PromptParams): string {
  const why =
    redrill !== null
      ? ` (re-drill: you scored ${redrill.score}/10 on ${day(redrill.on, today)})`
      : suggested
        ? " (your weakest or least-practised topic)"
        : "";
  return [`🎤 Mock interview — ${topic.name.en}${why}`, question.text.en, `Tip: ${topic.guidance.en}`].join(
    "\n",
  );
}

export const mock: MockMessages = {
  "mock.prompt": (p) => prompt(p),
  "mock.question": ({ minutes, answerWith, ...p }) =>
    [
      prompt(p),
      answerWith === "reply"
        ? `Tap ✍️ Answer below, or reply to this message with your answer (you have ${minutes} minutes). Skip for another question, Stop to end.`
        : `Answer in your next message (you have ${minutes} minutes). ${MOCK} skip for another question, ${MOCK} stop to end.`,
    ].join("\n"),
  "mock.unknownTopic": ({ input, topics }) =>
    `“${input}” is not an interview topic. Pick one of ${topics.map((topic) => topicWord(topic, "en")).join(", ")} — e.g. ${MOCK} versioning — or just ${MOCK} for your weakest topic.`,
  "mock.alreadyOpen": ({ question, minutesLeft, answerWith }) =>
    `You already have a question open (${minutesLeft} min left): ${question}\n${
      {
        form: "Answer it, skip it or stop it with the buttons below.",
        reply:
          "Tap ✍️ Answer below, or reply to the question with your answer; skip it or stop it with the buttons.",
        message: `Answer it in your next message, or send ${MOCK} skip or ${MOCK} stop.`,
      }[answerWith]
    }`,
  "mock.switchTopic": ({ open, question, minutesLeft, topic, answerWith }) =>
    `You have a question on ${open.name.en} open (${minutesLeft} min left): ${question}\n${
      answerWith !== "message"
        ? `Switch to a question on ${topic.name.en} and leave this one unanswered, or answer it first?`
        : `Answer it in your next message — or, to drop it for a question on ${topic.name.en}, send ${MOCK} stop and then ${MOCK} ${topicWord(topic, "en")}.`
    }`,
  "mock.openElsewhere": ({ question, minutesLeft, where, topic, answerWith }) => {
    const place = where === null ? "in our private chat" : `in “${where}”`;
    const next =
      answerWith !== "message"
        ? `Answer it there — or, with the buttons below, ${topic === null ? "skip it for a new question here" : `drop it for a question on ${topic.name.en} here`}, or stop it.`
        : `Answer it there, or send ${MOCK} stop${topic === null ? " to end it and start again here" : ` and then ${MOCK} ${topicWord(topic, "en")} to start here`}.`;
    return `Your open question is ${place} (${minutesLeft} min left): ${question}\n${next}`;
  },
  "mock.notAnAnswer": () =>
    "Was that your answer? I only judge a reply to the question, so nothing was judged yet. Tap ✍️ Answer below (or reply to the question's message) and write it there.",
  "mock.mediaNotAnswer": ({ media }) =>
    `I can only judge a written answer — ${MEDIA[media]} doesn't reach the judge. Tap ✍️ Answer below and type it out.`,
  "mock.answerNowButton": () => "Answer it now",
  "mock.nothingOpen": () =>
    `You have no mock interview open. Start one with ${MOCK} versioning, or ${MOCK} for your weakest topic.`,
  "mock.questionClosed": () =>
    `That question is no longer open — it was answered, skipped or stopped. ${MOCK} for another one.`,
  "mock.stopped": () => `Mock interview ended; nothing was recorded. Start another with ${MOCK}.`,
  "mock.stoppedAfterVerdict": () =>
    `Mock interview ended. Your verdict on the question stays in ${MOCK} history; the follow-up was left unanswered, and that is fine. Start another with ${MOCK}.`,
  "mock.expired": ({ minutes, topic }) =>
    `Your mock interview question expired (no answer within ${minutes} minutes), so nothing was recorded. Start again with ${topic === null ? MOCK : `${MOCK} ${topicWord(topic, "en")}`}.`,
  "mock.limitReached": ({ limit, minutesLeft }) =>
    `You've had ${limit} ${limit === 1 ? "answer" : "answers"} judged in the last 24 hours, the limit. The next one frees up in ${minutesLeft < 60 ? `${minutesLeft} min` : `about ${Math.ceil(minutesLeft / 60)} h`} — meanwhile ${MOCK} history shows how you're doing.`,
  "mock.judging": () =>
    "Your answer is already being judged — the verdict is on its way. This message was not taken as a second answer.",
  "mock.followUpSkipped": () => `Follow-up skipped; the session is over. ${MOCK} for another question.`,
  "mock.duplicate": () => "That answer was already counted.",
  "mock.answerTooLong": ({ length, max }) =>
    `That answer has ${length} characters; I judge at most ${max} (about two minutes spoken). Send a tighter version in your next message — e.g. situation, task, action and result in one short paragraph each.`,
  "mock.sessionChanged": () =>
    `That question was already answered or closed; nothing new was recorded. ${MOCK} for another one.`,
  "mock.followUpQuestion": ({ followUp, keyPoints }) => followUpQuestion(followUp, keyPoints),
  "mock.verdictReport": ({ verdict, keyPoints }) => report(verdict, keyPoints),
  "mock.feedback": ({ feedback: f, keyPoints }) => feedbackText(f, keyPoints, WORDS),
  "mock.outline": ({ outline: o, keyPoints, kind }) => outlineText(o, keyPoints, WORDS, kind),
  "mock.verdict": ({ verdict, keyPoints, followUp, answerWith }) =>
    [
      report(verdict, keyPoints, answerWith),
      ...(followUp === null
        ? [
            answerWith !== "message"
              ? "For another question or your history, use the buttons below."
              : `${MOCK} for another question, ${MOCK} history for your progress.`,
          ]
        : [
            `Follow-up: ${followUp}`,
            {
              form: "Answer it, or skip it to finish, with the buttons below.",
              reply: "To answer it, tap ✍️ Answer or reply to this message; Skip finishes.",
              message: `Answer it in your next message, or ${MOCK} skip to finish.`,
            }[answerWith],
          ]),
    ].join("\n"),
  "mock.unscored": ({ reason, offline, keyPoints }) =>
    [
      `⚠️ The LLM judge could not score this answer: ${FAILURE[reason]}.`,
      "Your answer is saved as unscored — no score was made up.",
      `For reference only, the offline judge's view (not an LLM score): ${offline.overall}/10`,
      ...compactVerdictLines(offline, keyPoints, WORDS),
      `Try again later with ${MOCK}.`,
    ].join("\n"),
  "mock.details": ({ topic, question, verdict, keyPoints }) =>
    [
      `🔎 Your latest answer in full — ${topic.name.en}: ${question.text.en}`,
      `🎯 ${verdict.overall}/10 (${judgeLabel(verdict)})`,
      ...verdictLines(verdict, keyPoints, WORDS),
    ].join("\n"),
  "mock.noDetails": () => `No judged answer yet. Start one with ${MOCK}.`,
  "mock.history": ({ sessions, topics, weakest, today }) =>
    [
      "📈 Your mock interviews",
      "Latest:",
      ...sessions.map((s) => {
        const score = s.overall === null ? "unscored" : `${s.overall}/10`;
        const follow =
          s.followUp === undefined
            ? ""
            : `, follow-up ${s.followUp === null ? "unscored" : `${s.followUp}/10`}`;
        return `  ${day(s.localDate, today)} ${s.topic?.name.en ?? s.topicId}: ${score} (${s.judge})${follow}`;
      }),
      "By topic:",
      ...topics.map(
        (t) =>
          `  ${t.topic.name.en}: ${t.average === null ? "no score yet" : `average ${t.average}/10`} over ${t.answered} ${t.answered === 1 ? "answer" : "answers"}${t.trend === null ? "" : `, ${TREND[t.trend]}`}`,
      ),
      `Drill next: ${weakest.name.en} — ${MOCK} ${weakest.id}`,
    ].join("\n"),
  "mock.historyEmpty": ({ weakest }) =>
    `No mock interviews yet. Start with ${MOCK} ${weakest.id}, or ${MOCK} to let me pick.`,
};
