// A document sent with a command (its caption), or the one a command replies to, as the core reads files.
import type { Api } from "grammy";
import type { Document, Message } from "grammy/types";
import type { Attachment } from "../../core/commands/context.js";
import { download } from "../download.js";

/** The document a message carries, or the one it answers (a command sent as a reply to a file). */
export function documentOf(message: Message): Document | undefined {
  return message.document ?? message.reply_to_message?.document;
}

/** `fileUrl`: where the Bot API serves a file_path (it holds the token: it is never logged). */
export function telegramAttachment(
  api: Api,
  fileUrl: (path: string) => string,
  document: Document,
): Attachment {
  return {
    name: document.file_name ?? null,
    bytes: document.file_size ?? null,
    async read(maxBytes) {
      const file = await api.getFile(document.file_id);
      if (file.file_size !== undefined && file.file_size > maxBytes) return { kind: "tooLarge" };
      if (file.file_path === undefined) throw new Error("telegram gave no file path");
      return download(fileUrl(file.file_path), maxBytes);
    },
  };
}
