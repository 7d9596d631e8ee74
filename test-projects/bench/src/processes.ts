// Child processes of the benchmarks: one-shot programs that print a JSON line, and
// long-running services that print "ready PORT" and then answer commands on stdin.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/** Runs `node program args...` to completion and parses the last line it printed as JSON. */
export function runJson<T>(program: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trimEnd().split("\n").at(-1) ?? "";
      if (code !== 0) {
        reject(new Error(`${program} ${args.join(" ")} exited with ${code}:\n${stderr || stdout}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${program} printed no JSON result:\n${stdout}${stderr}`));
      }
    });
  });
}

/** A service started in its own process. */
export interface RunningService {
  readonly port: number;
  readonly pid: number;
  /** Sends one command line; resolves with the next line the service prints. */
  command(line: string): Promise<string>;
  /** Closes its stdin (the service exits) and waits for it to exit. */
  stop(): Promise<void>;
}

export async function startService(program: string, args: readonly string[] = []): Promise<RunningService> {
  const child = spawn(process.execPath, [program, ...args], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  lines.on("line", (line) => waiting.shift()?.(line));
  const nextLine = (): Promise<string> =>
    new Promise((resolve, reject) => {
      waiting.push(resolve);
      void exited.then((code) => reject(new Error(`${program} exited (${code}) before answering`)));
    });
  const ready = await nextLine();
  const match = /^ready (\d+)$/.exec(ready);
  if (match === null) {
    child.kill();
    throw new Error(`${program} did not start: printed ${JSON.stringify(ready)}`);
  }
  return {
    port: Number(match[1]),
    pid: child.pid!,
    command: (line) => {
      const answer = nextLine();
      child.stdin!.write(`${line}\n`);
      return answer;
    },
    stop: async () => {
      lines.close();
      child.stdin!.end();
      await exited;
    },
  };
}
