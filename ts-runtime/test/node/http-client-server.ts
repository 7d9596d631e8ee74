// A loopback node:http server for HTTP client tests: records requests and answers through a
// handler the test sets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
  readonly remotePort: number;
}

export interface TestServer {
  readonly url: string;
  readonly port: number;
  readonly seen: SeenRequest[];
  /** Sockets the server has seen closed. */
  closedSockets: number;
  handler: (request: IncomingMessage, response: ServerResponse, body: string) => void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const state: { closedSockets: number } = { closedSockets: 0 };
  const seen: SeenRequest[] = [];
  let handler: TestServer["handler"] = (_, res) => res.end();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body, remotePort: req.socket.remotePort ?? 0 });
      handler(req, res, body);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => {
      sockets.delete(socket);
      state.closedSockets++;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    get closedSockets() {
      return state.closedSockets;
    },
    set closedSockets(value: number) {
      state.closedSockets = value;
    },
    get handler() {
      return handler;
    },
    set handler(h) {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
