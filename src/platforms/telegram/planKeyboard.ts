// The plan's inline keyboard: a row of weekdays, a row of time presets, Save and Clear. Each button's
// callback data carries the whole state it leads to (`plan:<action>:<days mask>:<preset>:<language>`), so
// a press needs nothing remembered, and an old keyboard still works.
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { messagesFor } from "../../core/messages/index.js";
import { parsePlan } from "../../core/plans/parsePlan.js";
import { blocksText, type PlanForm } from "../../core/plans/planText.js";
import type { Locale } from "../../core/roadmap/types.js";

export const TIME_PRESETS = [
  { start: "07:00", end: "09:00" },
  { start: "12:00", end: "13:00" },
  { start: "19:00", end: "21:00" },
  { start: "20:00", end: "22:00" },
] as const;

export interface KeyboardState {
  /** Bit d set: weekday d (Monday = 0) chosen. */
  days: number;
  /** Index in TIME_PRESETS; null before one is chosen. */
  preset: number | null;
  locale: Locale;
}

/** What a press asks: show the keyboard in this state, save it as the plan, or clear the plan. */
export type PlanPress = { action: "pick" | "save" | "clear"; state: KeyboardState };

const ACTIONS = { k: "pick", s: "save", c: "clear" } as const;
const LOCALES: Record<string, Locale> = { en: "en", pt: "pt-BR" };
const PRESS = /^plan:([ksc]):(\d{1,3}):(\d|-):(en|pt)$/;

function data(action: keyof typeof ACTIONS, state: KeyboardState): string {
  const locale = state.locale === "en" ? "en" : "pt";
  return `plan:${action}:${state.days}:${state.preset ?? "-"}:${locale}`;
}

/** A press on the plan's keyboard; null for any other button. */
export function planPressOf(callbackData: string): PlanPress | null {
  const match = PRESS.exec(callbackData);
  if (match === null) return null;
  const days = Number(match[2]);
  const preset = match[3] === "-" ? null : Number(match[3]);
  if (days > 127 || (preset !== null && preset >= TIME_PRESETS.length)) return null;
  const action = ACTIONS[match[1] as keyof typeof ACTIONS];
  return { action, state: { days, preset, locale: LOCALES[match[4] ?? "en"] ?? "en" } };
}

/** The keyboard for a plan: its days and hours chosen when every block shares one preset's hours. */
export function stateOf(form: PlanForm): KeyboardState {
  const parsed = parsePlan(form.blocks);
  const blocks = parsed.ok && parsed.value.kind === "blocks" ? parsed.value.blocks : [];
  const preset = TIME_PRESETS.findIndex((p) => blocks.every((b) => b.start === p.start && b.end === p.end));
  if (blocks.length === 0 || preset === -1) return { days: 0, preset: null, locale: form.locale };
  return { days: blocks.reduce((mask, b) => mask | (1 << b.weekday), 0), preset, locale: form.locale };
}

/** The /plan arguments the state stands for ("seg qua 19:00-21:00"); null until a day and a time are chosen. */
export function planArgs(state: KeyboardState): string | null {
  const time = state.preset === null ? undefined : TIME_PRESETS[state.preset];
  if (time === undefined || state.days === 0) return null;
  const weekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => (state.days & (1 << d)) !== 0);
  return blocksText(
    weekdays.map((weekday) => ({ weekday, ...time })),
    state.locale,
  );
}

export function planKeyboard(state: KeyboardState): InlineKeyboardMarkup {
  const t = messagesFor(state.locale);
  const chosen = (on: boolean, label: string) => (on ? `✓ ${label}` : label);
  const button = (text: string, callback_data: string): InlineKeyboardButton => ({ text, callback_data });
  const days = [0, 1, 2, 3, 4, 5, 6].map((d) => {
    const bit = 1 << d;
    const label = chosen((state.days & bit) !== 0, t["telegram.plan.day"]({ weekday: d }));
    return button(label, data("k", { ...state, days: state.days ^ bit }));
  });
  const presets = TIME_PRESETS.map((p, i) =>
    button(chosen(state.preset === i, `${p.start}-${p.end}`), data("k", { ...state, preset: i })),
  );
  return {
    inline_keyboard: [
      days,
      presets,
      [
        button(t["telegram.plan.save"]({}), data("s", state)),
        button(t["telegram.plan.clear"]({}), data("c", { ...state, days: 0, preset: null })),
      ],
    ],
  };
}
