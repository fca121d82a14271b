// Builds replies from catalog keys, so handlers never hold text themselves.
import type { MessageKey, MessageParams } from "../messages/catalog.js";
import { type Messages, render, type UserError } from "../messages/index.js";
import type { Reply } from "./context.js";

export function say<K extends MessageKey>(t: Messages, key: K, params: MessageParams<K>): Reply {
  const message = t[key] as (p: MessageParams<K>) => string;
  return { text: message(params) };
}

export function refuse(t: Messages, error: UserError): Reply {
  return { text: render(t, error) };
}
