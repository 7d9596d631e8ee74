// `--mode server`: a TypeScript server package for one service and protocol (see
// ../server/server-package.ts for what it contains and ../server/server-names.ts for the layout).
import { generateServerPackage } from "../server/server-package.js";
import type { GeneratorMode } from "./mode.js";

export const serverMode: GeneratorMode = {
  name: "server",
  packageSuffix: "server",
  defaultNullability: "server",
  generate: generateServerPackage,
};
