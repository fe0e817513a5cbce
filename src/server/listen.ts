/** Starts the server on a host and port, refusing to listen beyond this machine without a token. */
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/store.js";
import { buildApp, type AppOptions } from "./app.js";
import { isLoopback } from "./auth.js";

export interface ListenOptions extends AppOptions {
  readonly host: string;
  readonly port: number;
}

export interface Running {
  readonly app: FastifyInstance;
  readonly url: string;
}

export class ServeError extends Error {
  override name = "ServeError";
}

/** Builds the app and listens; the URL names the host as given (brackets for IPv6). */
export async function startServer(store: Store, o: ListenOptions): Promise<Running> {
  if (!isLoopback(o.host) && !o.token)
    throw new ServeError(
      `--host ${o.host} reaches beyond this machine: give --token TOKEN (or set DYAD_TOKEN) so only people with the token can use it`,
    );
  const app = await buildApp(store, { loopbackOnly: isLoopback(o.host), ...o });
  await app.listen({ host: o.host, port: o.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : o.port;
  const host = o.host.includes(":") ? `[${o.host}]` : o.host;
  return { app, url: `http://${host}:${port}/` };
}
