// The generator modes `smithy-ts generate --mode` accepts. A mode listed with `undefined`
// is planned but not implemented yet: asking for it is a usage error that says so.
import { clientMode } from "./client-mode.js";
import type { GeneratorMode } from "./mode.js";
import { serverMode } from "./server-mode.js";
import { typesMode } from "./types-mode.js";

export const MODES: Readonly<Record<string, GeneratorMode | undefined>> = {
  client: clientMode,
  server: serverMode,
  types: typesMode,
};

export const MODE_NAMES: readonly string[] = Object.keys(MODES);
