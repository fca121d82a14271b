// Textos das simulações de entrevista.

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
import { dia } from "./dates.js";

const MOCK = call(mockNames, "pt-BR");

const PART: Record<StarPart, string> = {
  situation: "Situação",
  task: "Tarefa",
  action: "Ação",
  result: "Resultado",
};

const SCREENED: Record<ScreenReason, string> = {
  empty: "Não há resposta para avaliar",
  dontKnow: "“Não sei” é um começo honesto, mas ainda não há o que pontuar",
  tooShort: "Esta resposta é curta demais para avaliar (poucas palavras)",
  offTopic: "Esta resposta não fala do que a pergunta pede",
  otherQuestion: "Esta resposta é de outra pergunta, por melhor que seja",
};

const MEDIA: Record<MediaKind, string> = {
  voice: "um áudio",
  audio: "um arquivo de áudio",
  photo: "uma foto",
  video: "um vídeo",
  sticker: "uma figurinha",
  file: "um arquivo",
};

const FAILURE: Record<FailureReason, string> = {
  timeout: "ele demorou demais para responder",
  rateLimited: "o servidor está limitando as requisições",
  serverError: "o servidor teve um erro",
  unavailable: "não consegui falar com o servidor, ou ele recusou o pedido",
  malformed: "a resposta dele não era um JSON válido",
  noVerdict: "a resposta dele veio sem avaliação",
  outOfSchema: "a resposta dele não seguiu as regras de pontuação (ex.: uma nota fora da escala)",
};

const TREND: Record<Trend, string> = { up: "↗ melhorando", down: "↘ caindo", steady: "→ estável" };

function point(keyPoints: KeyPoint[], index: number): string {
  return keyPointText(keyPoints, index, "pt-BR");
}

function note(n: OfflineNote, keyPoints: KeyPoint[]): string {
  switch (n.id) {
    case "coverage":
      return n.covered === n.total
        ? "Você cobriu todos os pontos-chave."
        : `Você cobriu ${n.covered} dos ${n.total} pontos-chave.`;
    case "structure":
      return "Estrutura clara: situação, tarefa, ação e resultado fáceis de acompanhar.";
    case "specifics":
      return `Ferramentas e métricas concretas (${n.terms.join(", ")}) dão credibilidade.`;
    case "measuredResult":
      return "Você fechou com um resultado medido — entrevistadores lembram de números.";
    case "onTopic":
      return "Você foi direto ao ponto da pergunta.";
    case "missedPoint":
      return `Cubra este ponto-chave: ${point(keyPoints, n.keyPoint)}`;
    case "addSituation":
      return "Comece pela situação: onde, quando e qual problema você enfrentou.";
    case "addTask":
      return "Diga o que você precisava entregar — o objetivo — antes de como fez.";
    case "addAction":
      return "Diga o que você mesmo fez, passo a passo: “configurei…”, “comparei…”.";
    case "addResult":
      return "Termine com um resultado mensurável, ex.: “o F1 foi de 0,71 para 0,83” ou “o deploy caiu de 2h para 10min”.";
    case "addSpecifics":
      return "Cite ferramentas e números: MLflow, DVC, Docker, uma métrica, um tempo economizado.";
    case "develop":
      return `Desenvolva: ${n.words} ${n.words === 1 ? "palavra" : "palavras"} é pouco — mire em 120 a 250 (cerca de um minuto e meio falando).`;
    case "rehearse":
      return "Ensaie em voz alta e mantenha abaixo de dois minutos.";
  }
}

function followUpQuestion(followUp: FollowUp, keyPoints: KeyPoint[]): string {
  switch (followUp.kind) {
    case "text":
      return followUp.text;
    case "missedPoint":
      return `Você não mencionou isto: ${point(keyPoints, followUp.keyPoint)} Como você cobriria, com um exemplo?`;
    case "example":
      return "Boa cobertura. Agora me dê um exemplo concreto do seu próprio projeto, terminando com um número.";
  }
}

const WORDS: VerdictWords = {
  locale: "pt-BR",
  ignoredInstructions:
    "A sua resposta tinha instruções para o avaliador; elas foram ignoradas e não contaram.",
  disagreement: (d, counted) =>
    `O avaliador LLM deu ${d.llmOverall}/10, mas as palavras da resposta tocam só em ${d.covered} dos ${d.total} pontos-chave: essa nota não bate com o que a resposta diz, então vale ${counted}/10.`,
  samplesDisagree: (s) =>
    `O avaliador foi consultado ${s.count} vezes e as avaliações divergiram em ${[...s.split.map((part) => PART[part]), ...(s.overallSplit ? ["nota geral"] : [])].join(", ")}: cada nota mostrada é a do meio.`,
  budgetSpent:
    "A cota do avaliador LLM nas últimas 24 horas acabou, então quem deu a nota desta resposta foi o avaliador offline.",
  screened: (reason, max) => `${SCREENED[reason]}, então vale no máximo ${max}/10.`,
  answersOther: (question) => `Ela responde a esta outra: “${question}”`,
  keyPointsToCover: "Pontos-chave a cobrir:",
  starPart: PART,
  missing: "ausente",
  keyPointsCovered: (covered, total) => `Pontos-chave cobertos: ${covered} de ${total}`,
  strengths: "Pontos fortes:",
  improvements: "Para melhorar:",
  outlineTitle: "Um roteiro mais forte:",
  note,
  detailsHint: `A análise completa e um roteiro mais forte: ${MOCK} detalhes`,
  pointsOutline: (kind, points) =>
    [
      {
        concept: "1. Diga o que é, numa frase.",
        design: "1. Diga o objetivo e as restrições.",
        motivation: "1. Diga o porquê, numa frase sua.",
      }[kind],
      ...points.map((point, i) => `${i + 2}. ${point}.`),
      {
        concept: `${points.length + 2}. Um exemplo do seu próprio trabalho, com uma ferramenta ou um número.`,
        design: `${points.length + 2}. Um trade-off que você aceitaria, e como saberia que funciona.`,
        motivation: `${points.length + 2}. Algo que você fez e que mostra isso, com um resultado.`,
      }[kind],
    ].join("\n"),
  starOutline: (points) =>
    [
      "1. Situação — o projeto, os dados e o problema, em uma ou duas frases.",
      "2. Tarefa — o que você precisava entregar.",
      `3. Ação — o que você fez, cobrindo: ${points.join("; ")}.`,
      "4. Resultado — um número: uma métrica, um tempo economizado, um erro evitado.",
    ].join("\n"),
};

/** Where answers go in forms, the breakdown is a button under the verdict. */
const FORM_WORDS: VerdictWords = {
  ...WORDS,
  detailsHint: "A análise completa e um roteiro mais forte: no botão abaixo.",
};

function report(verdict: Verdict, keyPoints: KeyPoint[], answerWith: AnswerWith = "message"): string {
  const words = answerWith === "message" ? WORDS : FORM_WORDS;
  return [
    `🎯 Nota: ${verdict.overall}/10 (${judgeLabel(verdict)})`,
    ...compactVerdictLines(verdict, keyPoints, words),
  ].join("\n");
}

function judgeLabel(v: Verdict): string {
  return v.judge === "llm" ? "avaliador LLM" : "avaliador offline";
}

function prompt({ topic, question, suggested, redrill, today }: PromptParams): string {
  const why =
    redrill !== null
      ? ` (revisão: você tirou ${redrill.score}/10 em ${dia(redrill.on, today)})`
      : suggested
        ? " (o seu tema mais fraco ou menos treinado)"
        : "";
  return [
    `🎤 Simulação de entrevista — ${topic.name["pt-BR"]}${why}`,
    question.text["pt-BR"],
    `Dica: ${topic.guidance["pt-BR"]}`,
  ].join("\n");
}

export const mock: MockMessages = {
  "mock.prompt": (p) => prompt(p),
  "mock.question": ({ minutes, answerWith, ...p }) =>
    [
      prompt(p),
      answerWith === "reply"
        ? `Toque em ✍️ Responder abaixo, ou responda a esta mensagem (você tem ${minutes} minutos). Pular traz outra pergunta; Encerrar termina.`
        : `Responda na sua próxima mensagem (você tem ${minutes} minutos). ${MOCK} pular para outra pergunta, ${MOCK} parar para encerrar.`,
    ].join("\n"),
  "mock.unknownTopic": ({ input, topics }) =>
    `“${input}” não é um tema de entrevista. Escolha um de ${topics.map((topic) => topicWord(topic, "pt-BR")).join(", ")} — ex.: ${MOCK} versionamento — ou só ${MOCK} para o seu tema mais fraco.`,
  "mock.alreadyOpen": ({ question, minutesLeft, answerWith }) =>
    `Você já tem uma pergunta aberta (faltam ${minutesLeft} min): ${question}\n${
      {
        form: "Responda, pule ou encerre pelos botões abaixo.",
        reply:
          "Toque em ✍️ Responder abaixo, ou responda à mensagem da pergunta; para pular ou encerrar, use os botões.",
        message: `Responda na próxima mensagem, ou mande ${MOCK} pular ou ${MOCK} parar.`,
      }[answerWith]
    }`,
  "mock.switchTopic": ({ open, question, minutesLeft, topic, answerWith }) =>
    `Você tem uma pergunta de ${open.name["pt-BR"]} aberta (faltam ${minutesLeft} min): ${question}\n${
      answerWith !== "message"
        ? `Quer trocar por uma pergunta de ${topic.name["pt-BR"]} e deixar esta sem resposta, ou prefere responder esta antes?`
        : `Responda na próxima mensagem — ou, para trocar por uma pergunta de ${topic.name["pt-BR"]}, mande ${MOCK} parar e depois ${MOCK} ${topicWord(topic, "pt-BR")}.`
    }`,
  "mock.openElsewhere": ({ question, minutesLeft, where, topic, answerWith }) => {
    const place = where === null ? "na nossa conversa privada" : `em “${where}”`;
    const next =
      answerWith !== "message"
        ? `Responda por lá — ou, pelos botões abaixo, ${topic === null ? "pule para uma pergunta nova aqui" : `troque por uma pergunta de ${topic.name["pt-BR"]} aqui`}, ou encerre.`
        : `Responda por lá, ou mande ${MOCK} parar${topic === null ? " para encerrar e recomeçar aqui" : ` e depois ${MOCK} ${topicWord(topic, "pt-BR")} para começar aqui`}.`;
    return `A sua pergunta aberta está ${place} (faltam ${minutesLeft} min): ${question}\n${next}`;
  },
  "mock.notAnAnswer": () =>
    "Essa era a sua resposta? Eu só avalio o que chega como resposta à pergunta, então nada foi avaliado ainda. Toque em ✍️ Responder abaixo (ou responda à mensagem da pergunta) e escreva lá.",
  "mock.mediaNotAnswer": ({ media }) =>
    `Só consigo avaliar resposta escrita — ${MEDIA[media]} não chega ao avaliador. Toque em ✍️ Responder abaixo e digite a sua resposta.`,
  "mock.answerNowButton": () => "Responder agora",
  "mock.nothingOpen": () =>
    `Você não tem simulação aberta. Comece uma com ${MOCK} versionamento, ou ${MOCK} para o seu tema mais fraco.`,
  "mock.questionClosed": () =>
    `Essa pergunta não está mais aberta — já foi respondida, pulada ou encerrada. ${MOCK} para outra.`,
  "mock.stopped": () => `Simulação encerrada; nada foi registrado. Comece outra com ${MOCK}.`,
  "mock.stoppedAfterVerdict": () =>
    `Simulação encerrada. A avaliação da sua resposta continua no ${MOCK} histórico; a pergunta de acompanhamento ficou sem resposta, e tudo bem. Comece outra com ${MOCK}.`,
  "mock.expired": ({ minutes, topic }) =>
    `A pergunta da sua simulação expirou (sem resposta em ${minutes} minutos), então nada foi registrado. Recomece com ${topic === null ? MOCK : `${MOCK} ${topicWord(topic, "pt-BR")}`}.`,
  "mock.limitReached": ({ limit, minutesLeft }) =>
    `Você já usou ${limit === 1 ? "a resposta avaliada" : `as ${limit} respostas avaliadas`} que cabem em 24 horas. A próxima vaga abre em ${minutesLeft < 60 ? `${minutesLeft} min` : `umas ${Math.ceil(minutesLeft / 60)} h`} — enquanto isso, ${MOCK} histórico mostra como você está.`,
  "mock.judging": () =>
    "Sua resposta já está sendo avaliada — o resultado já vem. Esta mensagem não foi contada como outra resposta.",
  "mock.followUpSkipped": () =>
    `Pergunta de acompanhamento pulada; a sessão terminou. ${MOCK} para outra pergunta.`,
  "mock.duplicate": () => "Essa resposta já tinha sido contada.",
  "mock.answerTooLong": ({ length, max }) =>
    `Essa resposta tem ${length} caracteres; eu avalio no máximo ${max} (cerca de dois minutos falando). Mande uma versão mais enxuta na próxima mensagem — ex.: situação, tarefa, ação e resultado em um parágrafo curto cada.`,
  "mock.sessionChanged": () =>
    `Essa pergunta já foi respondida ou encerrada; nada novo foi registrado. ${MOCK} para outra.`,
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
              ? "Para outra pergunta ou o seu histórico, use os botões abaixo."
              : `${MOCK} para outra pergunta, ${MOCK} histórico para o seu progresso.`,
          ]
        : [
            `Pergunta de acompanhamento: ${followUp}`,
            {
              form: "Responda, ou pule para terminar, pelos botões abaixo.",
              reply: "Para responder, toque em ✍️ Responder ou responda a esta mensagem; Pular encerra.",
              message: `Responda na próxima mensagem, ou ${MOCK} pular para terminar.`,
            }[answerWith],
          ]),
    ].join("\n"),
  "mock.unscored": ({ reason, offline, keyPoints }) =>
    [
      `⚠️ O avaliador LLM não conseguiu pontuar esta resposta: ${FAILURE[reason]}.`,
      "A sua resposta foi salva sem nota — nenhuma nota foi inventada.",
      `Só como referência, a visão do avaliador offline (não é nota do LLM): ${offline.overall}/10`,
      ...compactVerdictLines(offline, keyPoints, WORDS),
      `Tente de novo mais tarde com ${MOCK}.`,
    ].join("\n"),
  "mock.details": ({ topic, question, verdict, keyPoints }) =>
    [
      `🔎 A sua última resposta, em detalhes — ${topic.name["pt-BR"]}: ${question.text["pt-BR"]}`,
      `🎯 ${verdict.overall}/10 (${judgeLabel(verdict)})`,
      ...verdictLines(verdict, keyPoints, WORDS),
    ].join("\n"),
  "mock.noDetails": () => `Você ainda não tem resposta avaliada. Comece uma com ${MOCK}.`,
  "mock.history": ({ sessions, topics, weakest, today }) =>
    [
      "📈 As suas simulações de entrevista",
      "Últimas:",
      ...sessions.map((s) => {
        const score = s.overall === null ? "sem nota" : `${s.overall}/10`;
        const follow =
          s.followUp === undefined
            ? ""
            : `, acompanhamento ${s.followUp === null ? "sem nota" : `${s.followUp}/10`}`;
        return `  ${dia(s.localDate, today)} ${s.topic?.name["pt-BR"] ?? s.topicId}: ${score} (${s.judge})${follow}`;
      }),
      "Por tema:",
      ...topics.map(
        (t) =>
          `  ${t.topic.name["pt-BR"]}: ${t.average === null ? "ainda sem nota" : `média ${String(t.average).replace(".", ",")}/10`} em ${t.answered} ${t.answered === 1 ? "resposta" : "respostas"}${t.trend === null ? "" : `, ${TREND[t.trend]}`}`,
      ),
      `Treine a seguir: ${weakest.name["pt-BR"]} — ${MOCK} ${topicWord(weakest, "pt-BR")}`,
    ].join("\n"),
  "mock.historyEmpty": ({ weakest }) =>
    `Nenhuma simulação ainda. Comece com ${MOCK} ${topicWord(weakest, "pt-BR")}, ou ${MOCK} para eu escolher.`,
};
