// The shape of a roadmap once loaded and validated: what the core reasons about.

export const LOCALES = ["en", "pt-BR"] as const;
export type Locale = (typeof LOCALES)[number];

/** A text given in every supported language. */
export type LocalizedText = Record<Locale, string>;

export interface KeyPoint {
  text: LocalizedText;
  /** Words or short phrases (any language) whose presence shows the point was covered. */
  keywords: string[];
}

/** What a question asks for: a story of one's own (STAR), an explanation, a design, one's reasons. */
export const QUESTION_KINDS = ["story", "concept", "design", "motivation"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface InterviewQuestion {
  id: string;
  text: LocalizedText;
  keyPoints: KeyPoint[];
  kind: QuestionKind;
  /** The roadmap week whose material it draws on: asked from that week on, before it only on request. */
  fromWeek: number;
}

export interface InterviewTopic {
  id: string;
  aliases: string[];
  name: LocalizedText;
  guidance: LocalizedText;
  questions: InterviewQuestion[];
}

/** Something to study from: a course, a book, a page of documentation. */
export interface RoadmapResource {
  title: LocalizedText;
  url?: string;
}

export interface RoadmapWeek {
  number: number;
  focus: LocalizedText;
  tasks: LocalizedText[];
  resources?: RoadmapResource[];
}

/** What the plan builds: the skills a first job asks for, and those that set a candidate apart. */
export interface RoadmapSkills {
  core: LocalizedText[];
  niceToHave: LocalizedText[];
}

/** A stretch of the plan with a name ("Mês 2 — Prática"), from its first week to the next month's. */
export interface RoadmapMonth {
  firstWeek: number;
  title: LocalizedText;
}

/** What a deliverable's GitHub link should show: the repository, a Dockerfile in it, or a CI workflow. */
export const EVIDENCE_KINDS = ["repo", "dockerfile", "ci"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A portfolio deliverable; `check` absent: a GitHub link is checked as a repository. */
export type Deliverable = LocalizedText & { check?: EvidenceKind };

export interface Roadmap {
  id: string;
  title: LocalizedText;
  weeklyTargetHours: number;
  weeks: RoadmapWeek[];
  months: RoadmapMonth[];
  skills?: RoadmapSkills;
  tools?: LocalizedText[];
  project: {
    title: LocalizedText;
    description: LocalizedText;
    deliverables: Deliverable[];
  };
  interview: { topics: InterviewTopic[] };
  motto: LocalizedText;
}
