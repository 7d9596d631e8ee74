// Golden output of client mode for the weather model (golden/weather/). After a deliberate
// change to the output: UPDATE_GOLDEN=1 npx vitest run test/codegen/client/golden.test.ts (from
// codegen-plugin/), then review the diff.
import { fileURLToPath } from "node:url";
import { generate } from "../../../src/codegen/index.js";
import { describeGolden } from "../golden-files.js";
import { TEMPLATES } from "../templates.js";
import { weatherModel } from "./weather-model.js";

describeGolden("client mode golden output (weather model)", fileURLToPath(new URL("./golden/weather/", import.meta.url)), () =>
  generate(weatherModel(), { mode: "client", generatorVersion: "0.0.0-golden", runtimeVersion: "0.0.0-golden", templates: TEMPLATES }),
);
