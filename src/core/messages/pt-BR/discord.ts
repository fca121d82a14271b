// Os textos dos comandos do Discord em português do Brasil.
import type { DiscordMessages, SlashCommand, SlashOption, Weekday } from "../discord.js";

const NAMES: Record<SlashCommand, string> = {
  start: "comecar",
  checkin: "checkin",
  undo: "desfazer",
  progress: "progresso",
  roadmap: "trilha",
  mock: "simulado",
  leaderboard: "placar",
  "leaderboard-optout": "placar-sair",
  "leaderboard-optin": "placar-entrar",
  remind: "lembrete",
  quiet: "silencio",
  pause: "pausar",
  resume: "retomar",
  timezone: "fuso",
  language: "idioma",
  setup: "configurar",
  export: "exportar",
  forget: "esquecer",
  help: "ajuda",
};

const DESCRIPTIONS: Record<SlashCommand, string> = {
  start: "Entre e defina o dia 1 do seu roadmap",
  checkin: "Registre tempo de estudo, ex.: 3h, 90m, 1h30",
  undo: "Remove seu check-in mais recente (até 24 h)",
  progress: "A semana contra a meta, sua sequência e a semana do roadmap",
  roadmap: "O foco e as tarefas de uma semana do roadmap",
  mock: "Treine uma pergunta de entrevista",
  leaderboard: "O placar de horas do grupo",
  "leaderboard-optout": "Sair do placar (suas horas ainda contam no total do grupo)",
  "leaderboard-optin": "Voltar a aparecer no placar",
  remind: "O horário do seu lembrete diário",
  quiet: "Horários em que não envio nada",
  pause: "Pausa os lembretes",
  resume: "Retoma os lembretes",
  timezone: "Seu fuso horário, ex.: America/Sao_Paulo",
  language: "Responder em português do Brasil ou inglês",
  setup: "Define o canal de estudo, o fuso e o horário do resumo semanal",
  export: "Tudo o que está guardado sobre você, em um arquivo",
  forget: "Apaga tudo o que está guardado sobre você",
  help: "O que eu sei fazer",
};

const OPTION_NAMES: Record<SlashOption, string> = {
  date: "data",
  hours: "horas",
  note: "nota",
  week: "semana",
  topic: "tema",
  period: "periodo",
  time: "horario",
  range: "intervalo",
  until: "ate",
  zone: "fuso",
  language: "idioma",
  channel: "canal",
  timezone: "fuso",
  day: "dia",
  checkins: "checkins",
  confirm: "confirmar",
};

const OPTIONS: Partial<Record<`${SlashCommand}.${SlashOption}`, string>> = {
  "start.date": "Dia 1, AAAA-MM-DD (padrão: hoje; pode ser um dia futuro, para uma turma)",
  "checkin.hours": "Quanto tempo você estudou: 3h, 90m, 1h30, 2h ontem",
  "checkin.note": "O que você estudou (opcional)",
  "roadmap.week": "O número da semana (padrão: a sua semana atual)",
  "mock.topic": "O tema da entrevista (padrão: o que você mais precisa treinar)",
  "leaderboard.period": "Quais semanas entram no placar (padrão: esta semana)",
  "remind.time": "Horário do lembrete, HH:MM (vazio: mostra o atual)",
  "quiet.range": "HH:MM-HH:MM, ex.: 22:00-07:00, ou desligar (vazio: mostra o atual)",
  "pause.until": "Número de dias ou uma data AAAA-MM-DD (vazio: até /retomar)",
  "timezone.zone": "Um fuso IANA, ex.: Europe/Lisbon",
  "language.language": "O idioma das minhas respostas",
  "forget.confirm": "Digite sim para confirmar: não há como desfazer",
  "setup.channel": "Onde o resumo semanal é publicado",
  "setup.timezone": "O fuso horário do grupo",
  "setup.day": "O dia do resumo semanal",
  "setup.time": "O horário do resumo semanal, HH:MM",
  "setup.checkins": "Quem vê as confirmações de check-in aqui (vazio: mantém a escolha atual)",
};

const WEEKDAYS: Record<Weekday, string> = {
  monday: "Segunda-feira",
  tuesday: "Terça-feira",
  wednesday: "Quarta-feira",
  thursday: "Quinta-feira",
  friday: "Sexta-feira",
  saturday: "Sábado",
  sunday: "Domingo",
};

export const discord: DiscordMessages = {
  "discord.command.name": ({ command }) => NAMES[command],
  "discord.command.description": ({ command }) => DESCRIPTIONS[command],
  "discord.option.name": ({ option }) => OPTION_NAMES[option],
  "discord.option.description": ({ command, option }) => OPTIONS[`${command}.${option}`] ?? option,
  "discord.choice.period": ({ period }) =>
    ({ this: "Esta semana", last: "Semana passada", all: "Desde o início" })[period],
  "discord.choice.language": ({ language }) => ({ en: "English", "pt-BR": "Português (Brasil)" })[language],
  "discord.choice.weekday": ({ day }) => WEEKDAYS[day],
  "discord.choice.checkins": ({ visibility }) =>
    ({
      public: "Públicas: todos no canal veem",
      private: "Privadas: só quem faz o check-in",
    })[visibility],
  "discord.mock.modalTitle": () => "Entrevista simulada",
  "discord.mock.answerLabel": () => "Sua resposta",
  "discord.mock.answerPlaceholder": () => "Situação, tarefa, ação, resultado — com números sempre que puder.",
  "discord.mock.answerButton": () => "Responder à pergunta de acompanhamento",
};
