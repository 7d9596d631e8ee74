// Golden output of types mode for the basic model (golden/types-basic/). After a deliberate
// change to the output: UPDATE_GOLDEN=1 npx vitest run test/codegen/golden.test.ts (from
// codegen-plugin/), then review the diff.
import { fileURLToPath } from "node:url";
import { generate } from "../../src/codegen/index.js";
import { describeGolden } from "./golden-files.js";
import { basicModel } from "./sample-models.js";
import { TEMPLATES } from "./templates.js";

describeGolden("types mode golden output (basic model)", fileURLToPath(new URL("./golden/types-basic/", import.meta.url)), () =>
  generate(basicModel(), { mode: "types", generatorVersion: "0.0.0-golden", templates: TEMPLATES }),
);
