// Textos dos envios avulsos, em português do Brasil.
import type { OneOffMessages } from "../oneOffs.js";

export const oneOffs: OneOffMessages = {
  "buddy.nudge": ({ from }) =>
    `👋 ${from} te deu uma cutucada: bora estudar hoje? Quando terminar, registra com /checkin 1h.\n\nNão curte cutucadas? /cutucar desligar desliga (e /cutucar ligar liga de novo).`,
  "milestone.reached": ({ name, milestone }) => {
    if (milestone.kind === "streak")
      return `🔥 ${name} estudou ${milestone.days} dias seguidos! Continua assim!`;
    if (milestone.kind === "hours")
      return `🏆 ${name} chegou a ${milestone.hours} horas de estudo. Mandou bem!`;
    return `🎓 ${name} entregou o projeto ${milestone.id.toUpperCase()} do portfólio, verificado no GitHub. Parabéns!`;
  },
};
