// Updates in order per chat and chats in parallel, each chat with a bounded backlog: a chat that floods
// the bot or answers slowly holds only its own updates, never another chat's.

export interface ChatQueues {
  /** Queues work behind the chat's earlier work; false (and dropped) when the chat's backlog is full. */
  push(chat: string, work: () => Promise<void>): boolean;
  /** Resolves once every queue is empty and nothing runs. */
  settled(): Promise<void>;
}

export function chatQueues(maxWaiting: number): ChatQueues {
  // A chat has an entry while it has work running; the array holds what waits behind it.
  const waitingByChat = new Map<string, Array<() => Promise<void>>>();
  const draining = new Set<Promise<void>>();

  async function drain(chat: string, waiting: Array<() => Promise<void>>): Promise<void> {
    for (let work = waiting.shift(); work !== undefined; work = waiting.shift()) {
      // Work reports its own failures; one that throws anyway must not stall the chat.
      await work().catch(() => {});
    }
    waitingByChat.delete(chat);
  }

  return {
    push(chat, work) {
      const waiting = waitingByChat.get(chat);
      if (waiting !== undefined) {
        if (waiting.length >= maxWaiting) return false;
        waiting.push(work);
        return true;
      }
      const queue = [work];
      waitingByChat.set(chat, queue);
      const drained = drain(chat, queue).finally(() => draining.delete(drained));
      draining.add(drained);
      return true;
    },
    async settled() {
      while (draining.size > 0) await Promise.allSettled([...draining]);
    },
  };
}
