// Telegram refuses an edit that changes nothing: a press repeated, or a keyboard already showing it.
import { GrammyError } from "grammy";

function unchanged(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes("message is not modified");
}

export async function ignoringUnchanged(edit: Promise<unknown>): Promise<void> {
  try {
    await edit;
  } catch (error) {
    if (!unchanged(error)) throw error;
  }
}
