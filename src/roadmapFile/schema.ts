// zod schema of a roadmap file; its output is the core's Roadmap type.
import { z } from "zod";
import { EVIDENCE_KINDS, QUESTION_KINDS, type Roadmap } from "../core/roadmap/types.js";

const text = z.string().trim().min(1, "must not be empty");
const localized = z.strictObject({ en: text, "pt-BR": text });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lowercase letters, digits and dashes");

const keyPoint = z.strictObject({
  text: localized,
  keywords: z.array(text).min(1),
});

const question = z.strictObject({
  id: slug,
  text: localized,
  keyPoints: z.array(keyPoint).min(2),
  kind: z.enum(QUESTION_KINDS).default("concept"),
  fromWeek: z.int().positive().default(1),
});

const topic = z.strictObject({
  id: slug,
  aliases: z.array(z.string().trim().toLowerCase().min(1)).default([]),
  name: localized,
  guidance: localized,
  questions: z.array(question).min(4, "each interview topic needs at least 4 questions"),
});

const resource = z.strictObject({
  title: localized,
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) address" }).optional(),
});

const week = z.strictObject({
  number: z.int().positive(),
  focus: localized,
  tasks: z.array(localized).min(3, "each week needs 3 to 6 tasks").max(6, "each week needs 3 to 6 tasks"),
  resources: z.array(resource).min(1).optional(),
});

const skills = z.strictObject({
  core: z.array(localized).min(1),
  niceToHave: z.array(localized).default([]),
});

const deliverable = localized.extend({ check: z.enum(EVIDENCE_KINDS).optional() });

const month = z.strictObject({ firstWeek: z.int().positive(), title: localized });

export const roadmapSchema = z
  .strictObject({
    id: slug,
    title: localized,
    weeklyTargetHours: z.number().positive().max(100),
    weeks: z.array(week).min(1),
    months: z.array(month).default([]),
    skills: skills.optional(),
    tools: z.array(localized).min(1).optional(),
    project: z.strictObject({
      title: localized,
      description: localized,
      deliverables: z.array(deliverable).min(1),
    }),
    interview: z.strictObject({ topics: z.array(topic).min(1) }),
    motto: localized,
  })
  .superRefine((roadmap, ctx) => {
    roadmap.months.forEach((m, i) => {
      const previous = roadmap.months[i - 1];
      if (
        m.firstWeek > roadmap.weeks.length ||
        (previous !== undefined && m.firstWeek <= previous.firstWeek)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["months", i, "firstWeek"],
          message: `expected a week after the previous month's and at most ${roadmap.weeks.length}`,
        });
      }
    });
    roadmap.weeks.forEach((w, i) => {
      if (w.number !== i + 1) {
        ctx.addIssue({ code: "custom", path: ["weeks", i, "number"], message: `expected week ${i + 1}` });
      }
    });
    const names = new Map<string, string>();
    roadmap.interview.topics.forEach((t, i) => {
      for (const name of [t.id, ...t.aliases]) {
        const owner = names.get(name);
        if (owner !== undefined && owner !== t.id) {
          ctx.addIssue({
            code: "custom",
            path: ["interview", "topics", i, "aliases"],
            message: `"${name}" already names topic ${owner}`,
          });
        }
        names.set(name, t.id);
      }
    });
    const questionIds = new Set<string>();
    roadmap.interview.topics.forEach((t, i) => {
      t.questions.forEach((q, j) => {
        if (questionIds.has(q.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["interview", "topics", i, "questions", j, "id"],
            message: `duplicate question id "${q.id}"`,
          });
        }
        questionIds.add(q.id);
        if (q.fromWeek > roadmap.weeks.length) {
          ctx.addIssue({
            code: "custom",
            path: ["interview", "topics", i, "questions", j, "fromWeek"],
            message: `week ${q.fromWeek} is past the roadmap's last week (${roadmap.weeks.length})`,
          });
        }
      });
    });
  }) satisfies z.ZodType<Roadmap, unknown>;
