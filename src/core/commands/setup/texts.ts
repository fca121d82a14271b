// /setup in both languages, and the names of its choices.

import type { CheckinVisibility } from "../../messages/schedule.js";
import type { Locale } from "../../roadmap/types.js";
import type { ChannelPermission } from "../context.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { Choice, CommandTexts, OptionTexts } from "../spec.js";

export const names: CommandNames = { name: "setup", aliases: { en: [], "pt-BR": ["configurar"] } };

const DAYS: Array<[string, string, string]> = [
  ["monday", "Monday", "Segunda-feira"],
  ["tuesday", "Tuesday", "Terça-feira"],
  ["wednesday", "Wednesday", "Quarta-feira"],
  ["thursday", "Thursday", "Quinta-feira"],
  ["friday", "Friday", "Sexta-feira"],
  ["saturday", "Saturday", "Sábado"],
  ["sunday", "Sunday", "Domingo"],
];

/** "toda segunda-feira", but "todo sábado" and "todo domingo". */
function everyWeekdayPt(index: number): string {
  const day = DAYS[index]?.[2].toLowerCase() ?? "?";
  return `${index >= 5 ? "todo" : "toda"} ${day}`;
}

export const WEEKDAYS: Choice[] = DAYS.map(([value, en, pt]) => ({ value, label: { en, "pt-BR": pt } }));

export const CHECKINS: Choice[] = [
  {
    value: "public",
    label: { en: "Public: everyone in the channel sees them", "pt-BR": "Públicas: todos no canal veem" },
  },
  {
    value: "private",
    label: { en: "Private: only the member who checks in", "pt-BR": "Privadas: só quem faz o check-in" },
  },
];

/** Discord's role options of /setup, by name: the milestone each role comes with (ROLE_MILESTONES). */
export const MILESTONE_ROLE_OPTIONS: ReadonlyMap<string, string> = new Map([
  ["role-7-days", "streak:7"],
  ["role-30-days", "streak:30"],
  ["role-60-days", "streak:60"],
  ["role-84-days", "streak:84"],
  ["role-50-hours", "hours:50"],
  ["role-100-hours", "hours:100"],
  ["role-200-hours", "hours:200"],
  ["role-deliverable", "deliverable"],
]);

function roleOptionTexts(locale: Locale): Record<string, OptionTexts> {
  const en = (milestone: string) => {
    const [kind, n] = milestone.split(":");
    if (kind === "streak")
      return { name: `role-${n}-days`, description: `A role for a ${n}-day streak (needs Manage Roles)` };
    if (kind === "hours")
      return { name: `role-${n}-hours`, description: `A role for ${n} hours of study (needs Manage Roles)` };
    return {
      name: "role-deliverable",
      description: "A role for a deliverable verified on GitHub (needs Manage Roles)",
    };
  };
  const pt = (milestone: string) => {
    const [kind, n] = milestone.split(":");
    if (kind === "streak")
      return {
        name: `cargo-${n}-dias`,
        description: `Um cargo para ${n} dias seguidos (precisa de Gerenciar cargos)`,
      };
    if (kind === "hours")
      return {
        name: `cargo-${n}-horas`,
        description: `Um cargo para ${n} horas de estudo (precisa de Gerenciar cargos)`,
      };
    return {
      name: "cargo-entrega",
      description: "Um cargo para uma entrega verificada no GitHub (precisa de Gerenciar cargos)",
    };
  };
  return Object.fromEntries(
    [...MILESTONE_ROLE_OPTIONS].map(([option, milestone]) => [
      option,
      locale === "en" ? en(milestone) : pt(milestone),
    ]),
  );
}

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Set the study channel, timezone and weekly summary time",
    menu: "Admins: post the group's weekly summary here",
    help: () =>
      "/setup [timezone] [weekday] [HH:MM] [public|private] [roadmap <id>] — group admins: post the weekly summary here, and choose the roadmap the group follows",
    options: {
      channel: { name: "channel", description: "Where the weekly summary is posted" },
      timezone: { name: "timezone", description: "The group's timezone" },
      day: { name: "day", description: "The day of the weekly summary" },
      time: { name: "time", description: "The time of the weekly summary, HH:MM" },
      checkins: {
        name: "checkins",
        description: "Who sees check-in confirmations here (empty: keep the current choice)",
      },
      roadmap: { name: "roadmap", description: "The id of the roadmap the group follows (empty: keep it)" },
      ...roleOptionTexts("en"),
    },
  },
  "pt-BR": {
    description: "Define o canal de estudo, o fuso e o horário do resumo semanal",
    menu: "Admins: publicar aqui o resumo semanal do grupo",
    help: () =>
      "/configurar (/setup) [fuso] [dia] [HH:MM] [público|privado] [trilha <id>] — admins do grupo: o resumo semanal vai para este chat, e a trilha que o grupo segue",
    options: {
      channel: { name: "canal", description: "Onde o resumo semanal é publicado" },
      timezone: { name: "fuso", description: "O fuso horário do grupo" },
      day: { name: "dia", description: "O dia do resumo semanal" },
      time: { name: "horario", description: "O horário do resumo semanal, HH:MM" },
      checkins: {
        name: "checkins",
        description: "Quem vê as confirmações de check-in aqui (vazio: mantém a escolha atual)",
      },
      roadmap: { name: "trilha", description: "O id da trilha que o grupo segue (vazio: mantém a atual)" },
      ...roleOptionTexts("pt-BR"),
    },
  },
};

/** The fields of /setup's form. */
export type SetupOption = "channel" | "timezone" | "day" | "time" | "checkins" | "roadmap";

/** The permissions as Discord's server settings name them, so an admin finds them there. */
const PERMISSIONS: Record<Locale, Record<ChannelPermission, string>> = {
  en: { viewChannel: "View Channel", sendMessages: "Send Messages", attachFiles: "Attach Files" },
  "pt-BR": { viewChannel: "Ver canal", sendMessages: "Enviar mensagens", attachFiles: "Anexar arquivos" },
};

/** What a field takes, as the reply to a value we could not read suggests. */
const FIELD_HINTS: Record<Locale, Record<SetupOption, string>> = {
  en: {
    channel: "a text channel of this server",
    timezone: "a zone such as America/Sao_Paulo, Europe/Lisbon or UTC-3",
    day: "one of the days in the list",
    time: "HH:MM, e.g. 20:00",
    checkins: "one of the choices in the list",
    roadmap: "a roadmap id, e.g. mlops-90-dias",
  },
  "pt-BR": {
    channel: "um canal de texto deste servidor",
    timezone: "um fuso como America/Sao_Paulo, Europe/Lisbon ou UTC-3",
    day: "um dos dias da lista",
    time: "HH:MM, ex.: 20:00",
    checkins: "uma das opções da lista",
    roadmap: "o id de uma trilha, ex.: mlops-90-dias",
  },
};

/** "A, B and C" in English, "A, B e C" in Portuguese. */
function listed(locale: Locale, missing: readonly ChannelPermission[]): string {
  const names = missing.map((p) => PERMISSIONS[locale][p]);
  const last = names.pop();
  if (last === undefined) return "";
  return names.length === 0 ? last : `${names.join(", ")} ${locale === "en" ? "and" : "e"} ${last}`;
}

/** A field as the admin saw it in the form, in their language. */
const fieldName = (locale: Locale, option: SetupOption): string =>
  texts[locale].options?.[option]?.name ?? option;

/** What /setup answers. */
export type SetupReplies = {
  done(p: {
    title: string;
    /** The channel the summary goes to, as members see it named; null: this chat. */
    channel: string | null;
    zone: string;
    weekday: number;
    time: string;
    checkins: CheckinVisibility;
    /** The roadmap chosen now, and how many members follow it; null when none was chosen. */
    roadmap: { title: string; following: number } | null;
  }): string;
  unknownRoadmap(p: { input: string; installed: string[] }): string;
  noRoadmapId(p: Record<string, never>): string;
  notAdmin(p: Record<string, never>): string;
  notGroup(p: Record<string, never>): string;
  invalid(p: { input: string }): string;
  /** A field of the form we could not read. */
  invalidOption(p: { option: SetupOption; input: string }): string;
  /** The bot lacks these permissions in the chosen channel: nothing was saved. */
  cannotPost(p: { channel: string; missing: readonly ChannelPermission[] }): string;
  /** Roles chosen for milestones. */
  milestoneRoles(p: { count: number }): string;
};

export const replies: Record<Locale, SetupReplies> = {
  en: {
    done: ({ title, channel, zone, weekday, time, checkins, roadmap }) =>
      [
        `✅ ${title}: the weekly summary will be posted ${channel === null ? "here" : `in ${channel}`} every ${DAYS[weekday]?.[1] ?? "?"} at ${time} (${zone}).`,
        {
          public: "Check-in confirmations are public: everyone here sees them.",
          private: "Check-in confirmations are private: only the member who checks in sees them.",
          noPrivateReplies: "Check-in confirmations are visible to everyone in this chat.",
        }[checkins],
        ...(roadmap === null
          ? []
          : [
              `The group follows “${roadmap.title}” from now on (${roadmap.following} member${roadmap.following === 1 ? "" : "s"}, and everyone who joins); ticks of other roadmaps are kept.`,
            ]),
      ].join("\n"),
    unknownRoadmap: ({ input, installed }) =>
      `There is no roadmap “${input}” here. Installed: ${installed.join(", ")}; or one this group imported with /roadmap import. Nothing was changed. E.g. ${call(names, "en", `roadmap ${installed[0] ?? "mlops-90-dias"}`)}`,
    noRoadmapId: () =>
      `Which roadmap? Give its id after the word, e.g. ${call(names, "en", "roadmap mlops-90-dias")}`,
    notAdmin: () => `Only the group's admins can run ${call(names, "en")}.`,
    notGroup: () =>
      `Run ${call(names, "en")} in the group or channel that should get the weekly summary, e.g. ${call(names, "en")} America/Sao_Paulo sunday 20:00`,
    invalid: ({ input }) =>
      `I couldn't read “${input}”. Use ${call(names, "en")} [timezone] [weekday] [HH:MM] [public|private], e.g. ${call(names, "en")} America/Sao_Paulo sunday 20:00 public`,
    invalidOption: ({ option, input }) =>
      `I couldn't read “${input}” in the “${fieldName("en", option)}” field: use ${FIELD_HINTS.en[option]}. Nothing was changed.`,
    cannotPost: ({ channel, missing }) =>
      `I can't post the weekly summary in ${channel}: I'm missing the ${listed("en", missing)} permission${missing.length === 1 ? "" : "s"} there. Allow ${missing.length === 1 ? "it" : "them"} for me in the channel's settings (Permissions) and run ${call(names, "en")} again. Nothing was changed.`,
    milestoneRoles: ({ count }) =>
      count === 1
        ? "🏅 Milestone role saved: members get it when they reach the milestone (I need Manage Roles, with my role above it)."
        : `🏅 ${count} milestone roles saved: members get each when they reach its milestone (I need Manage Roles, with my role above them).`,
  },
  "pt-BR": {
    done: ({ title, channel, zone, weekday, time, checkins, roadmap }) =>
      [
        `✅ ${title}: o resumo semanal será publicado ${channel === null ? "aqui" : `em ${channel}`} ${everyWeekdayPt(weekday)} às ${time} (${zone}).`,
        {
          public: "As confirmações de check-in são públicas: todos aqui as veem.",
          private: "As confirmações de check-in são privadas: só quem faz o check-in as vê.",
          noPrivateReplies: "As confirmações de check-in aparecem para todos neste chat.",
        }[checkins],
        ...(roadmap === null
          ? []
          : [
              `A partir de agora o grupo segue “${roadmap.title}” (${roadmap.following} ${roadmap.following === 1 ? "pessoa" : "pessoas"}, e quem entrar também); o que já foi marcado em outras trilhas fica guardado.`,
            ]),
      ].join("\n"),
    unknownRoadmap: ({ input, installed }) =>
      `Não tem nenhuma trilha “${input}” por aqui. Instaladas: ${installed.join(", ")}; ou uma que o grupo importou com /trilha importar. Nada foi alterado. Ex.: ${call(names, "pt-BR", `trilha ${installed[0] ?? "mlops-90-dias"}`)}`,
    noRoadmapId: () =>
      `Qual trilha? Coloque o id depois da palavra, ex.: ${call(names, "pt-BR", "trilha mlops-90-dias")}`,
    notAdmin: () => `Só os administradores do grupo podem usar ${call(names, "pt-BR")}.`,
    notGroup: () =>
      `Use ${call(names, "pt-BR")} no grupo ou canal que vai receber o resumo semanal, ex.: ${call(names, "pt-BR")} America/Sao_Paulo domingo 20:00`,
    invalid: ({ input }) =>
      `Não entendi “${input}”. Use ${call(names, "pt-BR")} [fuso] [dia da semana] [HH:MM] [público|privado], ex.: ${call(names, "pt-BR")} America/Sao_Paulo domingo 20:00 público`,
    invalidOption: ({ option, input }) =>
      `Não entendi “${input}” no campo “${fieldName("pt-BR", option)}”: use ${FIELD_HINTS["pt-BR"][option]}. Nada foi alterado.`,
    cannotPost: ({ channel, missing }) =>
      `Não consigo publicar o resumo semanal em ${channel}: falta ${missing.length === 1 ? "a permissão" : "as permissões"} ${listed("pt-BR", missing)} lá. Libere nas configurações do canal (Permissões) e use ${call(names, "pt-BR")} de novo. Nada foi alterado.`,
    milestoneRoles: ({ count }) =>
      count === 1
        ? "🏅 Cargo de conquista salvo: quem chegar lá ganha o cargo (preciso da permissão Gerenciar cargos, com o meu cargo acima dele)."
        : `🏅 ${count} cargos de conquista salvos: quem chegar em cada conquista ganha o cargo dela (preciso da permissão Gerenciar cargos, com o meu cargo acima deles).`,
  },
};
