// Textos da simulação, `constancia nudges`.
import type { PreviewMessages } from "../preview.js";

export const preview: PreviewMessages = {
  "preview.nothingDue": ({ from, until }) =>
    `Nada a enviar entre ${from} e ${until}: nenhum lembrete, balanço da semana ou resumo do grupo cai nesse intervalo (ou já foi enviado). Para olhar mais adiante, use --until.`,
};
