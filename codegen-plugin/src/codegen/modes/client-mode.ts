// `--mode client`: a TypeScript client package for one service and protocol (see
// ../client/client-package.ts for the layout and ../client/client-names.ts for the names).
import { generateClientPackage } from "../client/client-package.js";
import type { GeneratorMode } from "./mode.js";

export const clientMode: GeneratorMode = {
  name: "client",
  packageSuffix: "client",
  defaultNullability: "client",
  generate: generateClientPackage,
};
