// Each benchmark also writes its figures as results/<benchmark>.json, for scripts (e.g. one
// that renders the main README's table). Every file starts with the same header.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { BenchOptions } from "./options.js";

export interface ResultsHeader {
  readonly benchmark: string;
  readonly date: string;
  readonly quick: boolean;
  readonly node: string;
  readonly platform: string;
  readonly cpus: number;
  readonly cpuModel: string;
  /** 1-minute load average when the benchmark finished: other work on the machine adds noise. */
  readonly loadAverage: number;
}

export function writeResults(options: BenchOptions, benchmark: string, body: object): string {
  const cpuList = cpus();
  const header: ResultsHeader = {
    benchmark,
    date: new Date().toISOString(),
    quick: options.quick,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? "unknown",
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
  };
  mkdirSync(options.resultsDir, { recursive: true });
  const file = join(options.resultsDir, `${benchmark}.json`);
  writeFileSync(file, `${JSON.stringify({ ...header, ...body }, null, 2)}\n`);
  return file;
}

export function environmentLine(): string {
  const cpuList = cpus();
  return `node ${process.version}, ${cpuList.length} x ${cpuList[0]?.model ?? "unknown CPU"}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`;
}
