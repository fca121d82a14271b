// Textos de /export e /forget.
import type { PrivacyMessages } from "../privacy.js";

export const privacy: PrivacyMessages = {
  "export.ready": ({ checkins, mockAnswers }) => {
    const answers =
      mockAnswers === 0
        ? ""
        : `, ${mockAnswers} ${mockAnswers === 1 ? "resposta" : "respostas"} de entrevista simulada`;
    return `📦 Aqui está tudo o que a Constância guarda sobre você (${checkins} ${checkins === 1 ? "check-in" : "check-ins"}${answers} e mais), em um arquivo JSON.`;
  },
  "forget.confirm": ({ word }) =>
    `⚠️ Isto apaga para sempre o seu perfil, todos os check-ins, entrevistas simuladas e mensagens agendadas sobre você. Para confirmar, mande: /forget ${word}`,
  "forget.done": () => "🗑️ Pronto: tudo sobre você foi apagado. Se voltar, /start começa do zero.",
};
