// The generator modes `smithy-ts generate --mode` accepts. Adding a mode: write a module
// exporting a GeneratorMode and list it here.
import { clientMode } from "./client-mode.js";
import type { GeneratorMode } from "./mode.js";
import { serverMode } from "./server-mode.js";
import { typesMode } from "./types-mode.js";

export const MODES: Readonly<Record<string, GeneratorMode>> = {
  client: clientMode,
  server: serverMode,
  types: typesMode,
};

export const MODE_NAMES: readonly string[] = Object.keys(MODES);
