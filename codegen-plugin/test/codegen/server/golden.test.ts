// Golden output of server mode for the pokemon model (golden/pokemon/). After a deliberate
// change to the output: UPDATE_GOLDEN=1 npx vitest run test/codegen/server/golden.test.ts (from
// codegen-plugin/), then review the diff.
import { fileURLToPath } from "node:url";
import { generate } from "../../../src/codegen/index.js";
import { describeGolden } from "../golden-files.js";
import { TEMPLATES } from "../templates.js";
import { pokemonModel } from "./pokemon-model.js";

describeGolden("server mode golden output (pokemon model)", fileURLToPath(new URL("./golden/pokemon/", import.meta.url)), () =>
  generate(pokemonModel(), { mode: "server", generatorVersion: "0.0.0-golden", runtimeVersion: "0.0.0-golden", templates: TEMPLATES }),
);
