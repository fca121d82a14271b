// A TCP proxy in front of Postgres that can hold what clients send, to freeze a query mid-flight.
import { type AddressInfo, connect, createServer, type Socket } from "node:net";

export interface HoldingProxy {
  /** host:port to put in a postgres:// URL instead of the server's. */
  address: string;
  /** From now on, bytes from clients wait in the proxy. */
  hold(): void;
  /** Resolves once a client has sent something while held: a query is in flight. */
  heldTraffic(): Promise<void>;
  /** Forwards what waited, and everything after. */
  release(): void;
  close(): Promise<void>;
}

export async function startHoldingProxy(target: { host: string; port: number }): Promise<HoldingProxy> {
  let held = false;
  const waiting: Array<() => void> = [];
  let onHeld: (() => void) | null = null;
  const sockets = new Set<Socket>();

  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    upstream.pipe(client);
    client.on("data", (chunk: Buffer) => {
      if (!held) {
        upstream.write(chunk);
        return;
      }
      waiting.push(() => upstream.write(chunk));
      onHeld?.();
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: `127.0.0.1:${port}`,
    hold() {
      held = true;
    },
    heldTraffic() {
      if (waiting.length > 0) return Promise.resolve();
      return new Promise((resolve) => {
        onHeld = () => {
          onHeld = null;
          resolve();
        };
      });
    },
    release() {
      held = false;
      for (const write of waiting.splice(0)) write();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
