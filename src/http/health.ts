// /healthz: 200 when the database answers and every enabled platform is connected, 503 otherwise.
import type { ServerResponse } from "node:http";

export interface HealthSources {
  database(): Promise<boolean>;
  platforms: ReadonlyArray<{ name: string; connected(): boolean }>;
}

export async function serveHealth(sources: HealthSources, response: ServerResponse): Promise<void> {
  const database = await sources.database().catch(() => false);
  const platforms = Object.fromEntries(sources.platforms.map((p) => [p.name, p.connected()]));
  const healthy = database && Object.values(platforms).every(Boolean);
  response.writeHead(healthy ? 200 : 503, { "content-type": "application/json" });
  response.end(JSON.stringify({ status: healthy ? "ok" : "unavailable", database, platforms }));
}
