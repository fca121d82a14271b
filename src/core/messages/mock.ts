// Texts of mock interviews: questions, verdicts, history.
import type { FailureReason } from "../mock/judge.js";
import type { TopicSummary } from "../mock/practice.js";
import type { Feedback, FollowUp, Outline, Verdict } from "../mock/verdict.js";
import type { InterviewQuestion, InterviewTopic, KeyPoint, QuestionKind } from "../roadmap/types.js";
import type { LocalDate } from "../time/dates.js";

type None = Record<string, never>;

/**
 * How the member answers an open question: their next message (the console), a form opened by a button
 * (Discord), or a reply to the question, or after its Answer button (Telegram).
 */
export type AnswerWith = "message" | "form" | "reply";

/** What a member sent that holds no text to judge. */
export type MediaKind = "voice" | "audio" | "photo" | "video" | "sticker" | "file";

/** One session in /mock history. */
export interface MockHistoryRow {
  localDate: LocalDate;
  topic: InterviewTopic | null;
  topicId: string;
  /** null: unscored. */
  overall: number | null;
  judge: Verdict["judge"];
  /** The follow-up's score: absent when not answered, null when unscored. */
  followUp?: number | null;
}

/** A question as asked: its topic, and why the bot picked it. */
export interface PromptParams {
  topic: InterviewTopic;
  question: InterviewQuestion;
  /** Picked by the bot as the member's weakest or least-practised topic. */
  suggested: boolean;
  /** Asked again, spaced, after a weak answer: its score and day. */
  redrill: { score: number; on: LocalDate } | null;
  today: LocalDate;
}

export interface MockMessages {
  /** The question as a form shows it: topic, question and tip, without how to answer. */
  "mock.prompt"(p: PromptParams): string;
  "mock.question"(
    p: PromptParams & {
      minutes: number;
      answerWith: AnswerWith;
    },
  ): string;
  "mock.unknownTopic"(p: { input: string; topics: InterviewTopic[] }): string;
  /** `answerWith`: how the member answers — their next message, or a form from a button. */
  "mock.alreadyOpen"(p: { question: string; minutesLeft: number; answerWith: AnswerWith }): string;
  /** `topic`: a different topic the member asked for, confirmed before the open question is dropped. */
  "mock.switchTopic"(p: {
    open: InterviewTopic;
    question: string;
    minutesLeft: number;
    topic: InterviewTopic;
    answerWith: AnswerWith;
  }): string;
  /**
   * The open question is in another chat, where alone it is answered: `where` is that group's name, null
   * for the private chat; `topic`, a different topic the member asked for here.
   */
  "mock.openElsewhere"(p: {
    question: string;
    minutesLeft: number;
    where: string | null;
    topic: InterviewTopic | null;
    answerWith: AnswerWith;
  }): string;
  /**
   * A message while a question is open that is not a reply to it, where only replies are answers: nothing
   * was judged, and how to answer.
   */
  "mock.notAnAnswer"(p: None): string;
  /** A voice note, a photo… while a question is open: only written answers are judged. */
  "mock.mediaNotAnswer"(p: { media: MediaKind }): string;
  /** The label of the button that opens the form for the open question. */
  "mock.answerNowButton"(p: None): string;
  "mock.nothingOpen"(p: None): string;
  /** Asked to answer a question that is no longer open (answered, skipped or stopped). */
  "mock.questionClosed"(p: None): string;
  "mock.stopped"(p: None): string;
  /** Stopped at the follow-up: the main answer's verdict was recorded and stays. */
  "mock.stoppedAfterVerdict"(p: None): string;
  "mock.expired"(p: { minutes: number; topic: InterviewTopic | null }): string;
  /** The attempts of the last 24 hours reached the limit; a place frees up in `minutesLeft`. */
  "mock.limitReached"(p: { limit: number; minutesLeft: number }): string;
  /** Another answer to the same question is with the judge: this one is not taken. */
  "mock.judging"(p: None): string;
  "mock.followUpSkipped"(p: None): string;
  "mock.duplicate"(p: None): string;
  "mock.answerTooLong"(p: { length: number; max: number }): string;
  "mock.sessionChanged"(p: None): string;
  /** The follow-up question, as the member reads it. */
  "mock.followUpQuestion"(p: { followUp: FollowUp; keyPoints: KeyPoint[] }): string;
  /** A verdict on its own: score, STAR, key points, strengths, improvements, outline. */
  "mock.verdictReport"(p: { verdict: Verdict; keyPoints: KeyPoint[] }): string;
  "mock.feedback"(p: { feedback: Feedback; keyPoints: KeyPoint[] }): string;
  "mock.outline"(p: { outline: Outline; keyPoints: KeyPoint[]; kind?: QuestionKind }): string;
  /** A judged answer; `followUp` is the follow-up to answer next, when one is offered. */
  /** `answerWith`: how the member answers the follow-up — their next message, or a form from a button. */
  "mock.verdict"(p: {
    verdict: Verdict;
    keyPoints: KeyPoint[];
    followUp: string | null;
    answerWith: AnswerWith;
  }): string;
  /** The judge gave no score: the answer is saved unscored; the offline verdict is shown as such. */
  "mock.unscored"(p: { reason: FailureReason; offline: Verdict; keyPoints: KeyPoint[] }): string;
  /** The full breakdown of the latest judged answer. */
  "mock.details"(p: {
    topic: InterviewTopic;
    question: InterviewQuestion;
    verdict: Verdict;
    keyPoints: KeyPoint[];
  }): string;
  "mock.noDetails"(p: None): string;
  "mock.history"(p: {
    sessions: MockHistoryRow[];
    topics: TopicSummary[];
    weakest: InterviewTopic;
    today: LocalDate;
  }): string;
  "mock.historyEmpty"(p: { weakest: InterviewTopic }): string;
}
