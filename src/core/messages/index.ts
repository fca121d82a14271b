// Picks the catalog for a locale, and renders user errors through it.
import type { Locale } from "../roadmap/types.js";
import type { MessageKey, MessageParams, Messages } from "./catalog.js";
import { en } from "./en/index.js";
import { ptBR } from "./pt-BR/index.js";

export type { Messages } from "./catalog.js";

const CATALOGS: Record<Locale, Messages> = { en, "pt-BR": ptBR };

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}

/** A platform or system locale ("pt", "pt_BR.UTF-8", "en-US") → a supported locale, or null if none fits. */
export function localeFrom(tag: string | null | undefined): Locale | null {
  const lower = (tag ?? "").trim().toLowerCase();
  if (lower.startsWith("pt") || lower.startsWith("português") || lower.startsWith("portugues"))
    return "pt-BR";
  if (lower.startsWith("en") || lower === "english" || lower === "inglês" || lower === "ingles") return "en";
  return null;
}

/** A user error: the identifier is also the key of its message. */
export type UserError = { [K in MessageKey]: { id: K; params: MessageParams<K> } }[MessageKey];

export function render(t: Messages, error: UserError): string {
  const message = t[error.id] as (params: typeof error.params) => string;
  return message(error.params);
}
