// The console platform: each line typed is a message from a member of one local study group.
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Capabilities, CoreDeps } from "../../core/commands/context.js";
import { dispatch } from "../../core/dispatch.js";
import { messagesFor } from "../../core/messages/index.js";
import type { Locale } from "../../core/roadmap/types.js";
import { parseConsoleLine } from "./consoleLine.js";
import { localFile } from "./localFile.js";
import { saveFile } from "./saveFile.js";

export interface ConsoleOptions {
  deps: CoreDeps;
  input: Readable;
  output: Writable;
  /** Interactive: prompt and banner. Otherwise every line is handled in order until the input ends. */
  interactive: boolean;
  locale: Locale;
  /** The name the local member speaks as when a line names nobody. */
  localName: string;
  databaseLabel: string;
  /** Where attached files (data exports) are saved. */
  fileDir: string;
  clock: () => Date;
}

export const CONSOLE_CHAT = { id: "console", kind: "group", title: "console" } as const;

/** Plain replies in the one chat; files are named by their path, for want of attachments. */
const CONSOLE_CAPABILITIES: Capabilities = { privateReplies: false, forms: false, localFile };

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { deps, output, interactive, locale, localName, clock } = options;
  const t = messagesFor(locale);
  const lines = createInterface({ input: options.input, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  const prompt = () => {
    if (interactive) output.write("> ");
  };

  if (interactive) write(t["console.banner"]({ database: options.databaseLabel }));
  prompt();
  for await (const line of lines) {
    const { speaker, text } = parseConsoleLine(line);
    if (text === "") {
      prompt();
      continue;
    }
    const name = speaker ?? localName;
    const reply = await dispatch(
      deps,
      {
        platform: "console",
        eventId: randomUUID(),
        // The person at the keyboard runs the local group; the members they speak for do not.
        user: { id: name.toLowerCase(), displayName: name, locale, isGroupAdmin: speaker === null },
        chat: CONSOLE_CHAT,
        text,
        capabilities: CONSOLE_CAPABILITIES,
      },
      clock(),
    );
    write(reply === null ? t["text.notCommand"]({}) : speaker ? `[${name}] ${reply.text}` : reply.text);
    if (reply?.file) write(`📎 ${await saveFile(options.fileDir, reply.file)}`);
    prompt();
  }
}
