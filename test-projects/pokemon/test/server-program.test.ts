// The server program as users run it: `npm start -w test-projects/pokemon`, the port from PORT,
// graceful shutdown on SIGINT (Ctrl-C) and SIGTERM, clear start-up errors.
import { request } from "node:http";
import { createServer, type Server } from "node:net";
import { describe, expect, test } from "vitest";
import { runProgramToExit, startProgram } from "./program.js";

/** One GET over a keep-alive connection that stays open (idle) afterwards. */
function getKeepAlive(port: number, path: string): Promise<{ status: number; body: string; requestId: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, path, host: "127.0.0.1", headers: { connection: "keep-alive" }, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => void (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, requestId: res.headers["x-request-id"] as string | undefined }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the server program", () => {
  test("`npm start` serves on the PORT it is given and stops gracefully on Ctrl-C (SIGINT to its process group)", async () => {
    const server = await startProgram({ viaNpm: true });
    expect(server.stdout()).toMatch(new RegExp(`^pokemon server listening on http://localhost:${server.port} \\(restJson1; awsJson1_0 with X-Amz-Target\\)$`, "m"));
    const info = await getKeepAlive(server.port, "/info");
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ service: "PokemonService", requestId: info.requestId });

    // A terminal's Ctrl-C signals the whole foreground process group: npm, its shell and node.
    process.kill(-server.child.pid!, "SIGINT");
    await server.exited;
    await expect.poll(() => server.stdout()).toContain("pokemon server: stopped");
    expect(server.stdout()).toContain("pokemon server: SIGINT received, finishing requests in flight");
  });

  test("SIGTERM closes idle keep-alive connections and exits 0 without waiting for them", async () => {
    const server = await startProgram();
    const answer = await getKeepAlive(server.port, "/species/pikachu");
    expect(answer.status).toBe(200);
    const started = Date.now();
    server.child.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    // Far below the 5 s grace period and the keep-alive timeout: idle connections did not hold it up.
    expect(Date.now() - started).toBeLessThan(4000);
    expect(server.stdout()).toMatch(/SIGTERM received, finishing requests in flight\npokemon server: stopped\n$/);
    expect(server.stderr()).toBe("");
  });

  test("a bad PORT or POKEMON_NOW is refused with a message saying what is expected", async () => {
    expect(await runProgramToExit({ PORT: "eighty" })).toEqual({ code: 1, stderr: 'pokemon server: PORT must be an integer from 0 to 65535, not "eighty"\n' });
    expect(await runProgramToExit({ PORT: "0", POKEMON_NOW: "yesterday" })).toEqual({
      code: 1,
      stderr: 'pokemon server: POKEMON_NOW must be an ISO-8601 time such as 2024-06-01T12:00:00Z, not "yesterday"\n',
    });
  });

  test("a port in use is reported as such", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      expect(await runProgramToExit({ PORT: String(port) })).toEqual({ code: 1, stderr: `pokemon server: port ${port} is in use: set PORT to another port\n` });
    } finally {
      blocker.close();
    }
  });
});
