// Scheduled sends in the console: printed, with chart images written under DATA_DIR.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Writable } from "node:stream";
import type { OutgoingMessage, PlatformSender } from "../../core/delivery.js";

export function consoleSender(output: Writable, chartDir: string): PlatformSender {
  async function print(to: string, message: OutgoingMessage, signal?: AbortSignal) {
    const lines = [`📬 → ${to}`, message.text];
    if (message.image) {
      await mkdir(chartDir, { recursive: true });
      const file = join(chartDir, message.image.filename);
      await writeFile(file, message.image.png, signal ? { signal } : {});
      lines.push(`🖼️ ${file}`);
    }
    // Past its deadline, nothing is printed: the send counts as not made, and is retried.
    if (signal?.aborted) return { ok: false, error: "transient", detail: "abandoned" } as const;
    output.write(`${lines.join("\n")}\n`);
    return { ok: true } as const;
  }
  return {
    platform: "console",
    sendToMember: (userId, message, signal) => print(`@${userId}`, message, signal),
    sendToChannel: (channelId, message, signal) => print(`#${channelId}`, message, signal),
  };
}
