// A member's file, downloaded from where the platform keeps it: bounded in size and in time, as text.
import type { Attachment } from "../core/commands/context.js";

/** Long enough for a slow link and a file of a few hundred kilobytes; a command waits on it. */
const DOWNLOAD_TIMEOUT_MS = 10_000;

/** The body as UTF-8 text, or "tooLarge" as soon as it passes `maxBytes` (the rest is never read). */
export async function download(
  url: string,
  maxBytes: number,
  fetchImpl: typeof fetch = fetch,
): Promise<Awaited<ReturnType<Attachment["read"]>>> {
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  // The URL may carry a token (Telegram's file path): only the status is said.
  if (!response.ok || response.body === null) throw new Error(`download failed: ${response.status}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Leaving the loop early cancels the stream: nothing past the limit is downloaded.
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) return { kind: "tooLarge" };
    chunks.push(chunk);
  }
  return { kind: "text", text: new TextDecoder("utf-8").decode(Buffer.concat(chunks)) };
}
