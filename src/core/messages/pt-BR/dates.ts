// Datas como um brasileiro escreve numa mensagem: "seg, 07/12", com o ano só quando não é o atual.
import { type LocalDate, weekdayIndex } from "../../time/dates.js";

const WEEKDAYS = ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"] as const;

/** "2026-12-07" → "seg, 07/12" (em 2026), "seg, 07/12/2026" (visto de outro ano). */
export function dia(date: LocalDate, today: LocalDate): string {
  const [y = "", m = "", d = ""] = date.split("-");
  const text = `${WEEKDAYS[weekdayIndex(date)]}, ${d}/${m}`;
  return y === today.slice(0, 4) ? text : `${text}/${y}`;
}

/** "2026-12-07" → "07/12": a day as a member types it in a command. */
export function typed(date: LocalDate): string {
  const [, m, d] = date.split("-");
  return `${d}/${m}`;
}
