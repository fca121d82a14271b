// /plan in both languages.
import { formatMinutes as hm } from "../../messages/format.js";
import type { PlanBlock, StudyPlan } from "../../plans/plan.js";
import { hoursGroups, planMinutes } from "../../plans/plan.js";
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "plan", aliases: { en: [], "pt-BR": ["plano"] } };

const DAYS: Record<Locale, readonly string[]> = {
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  "pt-BR": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
};

/** "Mon, Wed, Fri 19:00–21:00 · Sat 09:00–12:00": days that share hours together, in week order. */
export function blocksLine(blocks: readonly PlanBlock[], locale: Locale): string {
  return hoursGroups(blocks)
    .map((g) => `${g.days.map((d) => DAYS[locale][d] ?? "?").join(", ")} ${g.start}–${g.end}`)
    .join(" · ");
}

const EXAMPLE = {
  en: "mon wed fri 19:00-21:00; sat 09:00-12:00",
  "pt-BR": "seg qua sex 19:00-21:00; sáb 09:00-12:00",
};
const IF_EXAMPLE = {
  en: "if I get home tired then 20 minutes of flashcards",
  "pt-BR": "se eu chegar cansado então 20 minutos de revisão",
};
const en = (args: string) => `${call(names, "en")} ${args}`;
const pt = (args: string) => `${call(names, "pt-BR")} ${args}`;

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "When you will study each week, and what you do if it goes wrong",
    menu: "Your study blocks, e.g. /plan mon wed fri 19:00-21:00",
    help: () => `/plan [days HH:MM-HH:MM; …|if … then …|off] — e.g. /plan ${EXAMPLE.en}`,
    options: {
      blocks: { name: "blocks", description: "e.g. mon wed fri 19:00-21:00; sat 09:00-12:00, or off" },
    },
  },
  "pt-BR": {
    description: "Quando você vai estudar a cada semana, e o que fazer se der errado",
    menu: "Os seus horários de estudo, ex.: /plano seg qua sex 19:00-21:00",
    help: () =>
      `/plano (/plan) [dias HH:MM-HH:MM; …|se … então …|desligar] — ex.: /plano ${EXAMPLE["pt-BR"]}`,
    options: {
      blocks: { name: "horarios", description: "ex.: seg qua sex 19:00-21:00; sáb 09:00-12:00, ou desligar" },
    },
  },
};

/** What /plan answers. */
export type PlanReplies = {
  saved(p: { plan: StudyPlan; goalMinutes: number }): string;
  ifThenSaved(p: { obstacle: string; fallback: string }): string;
  cleared(p: Record<string, never>): string;
  shown(p: { plan: StudyPlan; goalMinutes: number }): string;
  noDays(p: { input: string }): string;
  noTime(p: { input: string }): string;
  badRange(p: { input: string }): string;
  overlap(p: { input: string }): string;
  tooMany(p: { max: number }): string;
  ifThenShape(p: { input: string }): string;
};

/** The lines the weekly plan and /plan share, in each language. */
const LINES: Record<
  Locale,
  {
    title: string;
    plan(plan: StudyPlan, goal: number): string;
    ifThen(obstacle: string, fallback: string): string;
    ask: string;
  }
> = {
  en: {
    title: "🗓️ Your plan",
    plan: (plan, goal) =>
      `${blocksLine(plan.blocks, "en")} — ${hm(planMinutes(plan))} a week (your goal: ${hm(goal)})`,
    ifThen: (obstacle, fallback) => `If ${obstacle}, then ${fallback}.`,
    ask: `When will you study this week? Name it and it gets far likelier to happen: ${en(EXAMPLE.en)}`,
  },
  "pt-BR": {
    title: "🗓️ O seu plano",
    plan: (plan, goal) =>
      `${blocksLine(plan.blocks, "pt-BR")} — ${hm(planMinutes(plan))} por semana (a sua meta: ${hm(goal)})`,
    ifThen: (obstacle, fallback) => `Se ${obstacle}, então ${fallback}.`,
    ask: `Quando você vai estudar nesta semana? Dizer quando aumenta muito a chance de acontecer: ${pt(EXAMPLE["pt-BR"])}`,
  },
};
const summaryEn = LINES.en.plan;
const summaryPt = LINES["pt-BR"].plan;

/** The plan as the weekly plan and /plan show it: its blocks, then its if-then line; empty without either. */
export function planLines(plan: StudyPlan, goalMinutes: number, locale: Locale): string[] {
  const lines = LINES[locale];
  return [
    ...(plan.blocks.length === 0 ? [] : [`${lines.title}: ${lines.plan(plan, goalMinutes)}`]),
    ...(plan.ifThen === null ? [] : [lines.ifThen(plan.ifThen.obstacle, plan.ifThen.fallback)]),
  ];
}

/** A line asking for a plan, for a week that has none. */
export function askForPlan(locale: Locale): string {
  return LINES[locale].ask;
}

export const replies: Record<Locale, PlanReplies> = {
  en: {
    saved: ({ plan, goalMinutes }) =>
      [
        `🗓️ Plan saved: ${summaryEn(plan, goalMinutes)}.`,
        ...(plan.ifThen === null
          ? [`Add what you'll do when it goes wrong: ${en(IF_EXAMPLE.en)}`]
          : [LINES.en.ifThen(plan.ifThen.obstacle, plan.ifThen.fallback)]),
      ].join("\n"),
    ifThenSaved: ({ obstacle, fallback }) => `✅ Noted: if ${obstacle}, then ${fallback}.`,
    cleared: () => "🗓️ Plan cleared.",
    shown: ({ plan, goalMinutes }) =>
      plan.blocks.length === 0 && plan.ifThen === null
        ? `You have no study plan yet. Naming when you'll study makes it far likelier to happen — e.g. ${en(EXAMPLE.en)}, and ${en(IF_EXAMPLE.en)}`
        : [
            ...planLines(plan, goalMinutes, "en"),
            `Change it with e.g. ${en(EXAMPLE.en)}, or ${en("off")}.`,
          ].join("\n"),
    noDays: ({ input }) => `“${input}” names no day of the week. For example: ${en(EXAMPLE.en)}`,
    noTime: ({ input }) => `Which hours on ${input}? For example: ${en(EXAMPLE.en)}`,
    badRange: ({ input }) =>
      `“${input}” is not a time range that starts before it ends on the same day, e.g. 19:00-21:00 or 7pm-9pm.`,
    overlap: ({ input }) => `Two blocks overlap on the same day (${input}). For example: ${en(EXAMPLE.en)}`,
    tooMany: ({ max }) => `That's more than ${max} blocks a week — keep the plan to what you'll really do.`,
    ifThenShape: ({ input }) =>
      `I couldn't read “${input}” as if … then …. For example: ${en(IF_EXAMPLE.en)}`,
  },
  "pt-BR": {
    saved: ({ plan, goalMinutes }) =>
      [
        `🗓️ Plano salvo: ${summaryPt(plan, goalMinutes)}.`,
        ...(plan.ifThen === null
          ? [`Diga também o que fazer se der errado: ${pt(IF_EXAMPLE["pt-BR"])}`]
          : [LINES["pt-BR"].ifThen(plan.ifThen.obstacle, plan.ifThen.fallback)]),
      ].join("\n"),
    ifThenSaved: ({ obstacle, fallback }) => `✅ Anotado: se ${obstacle}, então ${fallback}.`,
    cleared: () => "🗓️ Plano apagado.",
    shown: ({ plan, goalMinutes }) =>
      plan.blocks.length === 0 && plan.ifThen === null
        ? `Você ainda não tem um plano de estudo. Dizer quando vai estudar aumenta muito a chance de acontecer — ex.: ${pt(EXAMPLE["pt-BR"])}, e ${pt(IF_EXAMPLE["pt-BR"])}`
        : [
            ...planLines(plan, goalMinutes, "pt-BR"),
            `Para mudar, ex.: ${pt(EXAMPLE["pt-BR"])}, ou ${pt("desligar")}.`,
          ].join("\n"),
    noDays: ({ input }) => `“${input}” não diz nenhum dia da semana. Por exemplo: ${pt(EXAMPLE["pt-BR"])}`,
    noTime: ({ input }) => `Em que horário, em ${input}? Por exemplo: ${pt(EXAMPLE["pt-BR"])}`,
    badRange: ({ input }) =>
      `“${input}” não é um intervalo de horário que começa antes de terminar no mesmo dia, ex.: 19:00-21:00 ou 19h-21h.`,
    overlap: ({ input }) =>
      `Dois horários se sobrepõem no mesmo dia (${input}). Por exemplo: ${pt(EXAMPLE["pt-BR"])}`,
    tooMany: ({ max }) =>
      `São mais de ${max} horários por semana — deixe no plano o que você vai mesmo fazer.`,
    ifThenShape: ({ input }) =>
      `Não entendi “${input}” como se … então …. Por exemplo: ${pt(IF_EXAMPLE["pt-BR"])}`,
  },
};
