// The example server program: `npm start -w test-projects/pokemon` (after `npm run generate`).
//
//   PORT          port to listen on (default 8080; 0 picks a free one)
//   HOST          interface to listen on (default: all)
//   POKEMON_NOW   a fixed ISO-8601 time to stamp catches with, for reproducible output
//
// Serves restJson1 and, for requests with an X-Amz-Target header, the awsJson1_0 twin. Logs one
// line per request. SIGINT or SIGTERM stops accepting connections, lets requests in flight
// finish (idle keep-alive connections are closed at once, busy ones after at most 5 s) and exits 0;
// a second SIGINT stops at once.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeListener } from "@smithy-ts/runtime/node-server";
import { createPokemonApp } from "./app.js";
import { PokedexStore } from "./store.js";

const SHUTDOWN_GRACE_MS = 5000;

function fail(message: string): never {
  process.stderr.write(`pokemon server: ${message}\n`);
  process.exit(1);
}

function readPort(text: string | undefined): number {
  if (text === undefined || text === "") return 8080;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be an integer from 0 to 65535, not ${JSON.stringify(text)}`);
  return port;
}

function readClock(text: string | undefined): (() => Date) | undefined {
  if (text === undefined || text === "") return undefined;
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) fail(`POKEMON_NOW must be an ISO-8601 time such as 2024-06-01T12:00:00Z, not ${JSON.stringify(text)}`);
  return () => new Date(time);
}

const port = readPort(process.env["PORT"]);
const now = readClock(process.env["POKEMON_NOW"]);
const app = createPokemonApp({ store: new PokedexStore(now === undefined ? {} : { now }) });
const server = createServer(toNodeListener(app.service));

server.on("error", (e: NodeJS.ErrnoException) => {
  fail(e.code === "EADDRINUSE" ? `port ${port} is in use: set PORT to another port` : e.message);
});

server.listen(port, process.env["HOST"] || undefined, () => {
  const { port: bound } = server.address() as AddressInfo;
  process.stdout.write(`pokemon server listening on http://localhost:${bound} (restJson1; awsJson1_0 with X-Amz-Target)\n`);
});

let stopping = false;
function shutdown(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`pokemon server: ${signal} received, finishing requests in flight\n`);
  server.close(() => process.stdout.write("pokemon server: stopped\n"));
  server.closeIdleConnections();
  // Connections still busy after the grace period are cut; unref'd so it never delays the exit.
  setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
}

process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
