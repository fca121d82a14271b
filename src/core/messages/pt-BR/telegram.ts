// Textos em português que só o Telegram mostra.
import type { TelegramMessages } from "../telegram.js";

export const telegram: TelegramMessages = {
  "telegram.command.start": () => "Entrar; o seu roadmap começa hoje (ou /start AAAA-MM-DD)",
  "telegram.command.checkin": () => "Registrar estudo: /checkin 2h, /checkin 1h30 pandas",
  "telegram.command.undo": () => "Remover o seu último check-in",
  "telegram.command.progress": () => "A semana contra a meta, sequência, semana do roadmap",
  "telegram.command.roadmap": () => "Foco e tarefas de uma semana",
  "telegram.command.timezone": () => "O seu fuso horário, ex.: /timezone America/Sao_Paulo",
  "telegram.command.language": () => "Responder em português ou inglês: /language pt|en",
  "telegram.command.help": () => "O que eu sei fazer",
  "telegram.command.remind": () => "Horário do seu lembrete diário, ex.: /remind 08:30",
  "telegram.command.quiet": () => "Horas sem mensagens, ex.: /quiet 22:00-07:00, ou off",
  "telegram.command.pause": () => "Pausar os lembretes, ex.: /pause 7 ou /pause 2026-12-20",
  "telegram.command.resume": () => "Retomar os lembretes",
  "telegram.command.export": () => "Tudo o que está guardado sobre você, num arquivo",
  "telegram.command.forget": () => "Apagar tudo sobre você (pergunta antes)",
  "telegram.command.join": () => "Entrar no grupo de estudos deste grupo",
  "telegram.command.leaderboard": () => "As horas da semana no grupo",
  "telegram.command.setup": () => "Admins: publicar aqui o resumo semanal do grupo",
  "telegram.command.mock": () => "Treinar uma pergunta de entrevista de emprego",

  "telegram.progressInPrivate": ({ link }) =>
    `O seu progresso completo fica na nossa conversa privada, para o grupo continuar legível: ${link}`,
  "telegram.mockInPrivate": ({ link }) =>
    `As entrevistas simuladas acontecem numa conversa privada, para você responder no seu ritmo: ${link}`,
  "telegram.personalInPrivate": ({ command, link }) =>
    `/${command} trata dos seus dados, então acontece na nossa conversa privada: ${link}`,

  "telegram.running": ({ username, webhook }) =>
    [
      `A Constância está rodando no Telegram como @${username} (${webhook ? "webhook" : "long polling"}).`,
      `Abra https://t.me/${username} e mande /start; adicione o bot a um grupo e mande /entrar lá. Ctrl+C para parar.`,
    ].join("\n"),
};
