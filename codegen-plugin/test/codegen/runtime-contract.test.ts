// The generator <-> runtime contract: generated code imports values only from the runtime's
// versioned entry points, each value is one the runtime lists for that entry point, and a
// client never imports the server entry point (nor a server the client one).
import { describe, expect, test } from "vitest";
import { CODEGEN_V1_SYMBOLS } from "@smithy-ts/runtime/codegen-v1";
import { CODEGEN_V1_AWS_JSON_CLIENT_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/aws-json-client";
import { CODEGEN_V1_AWS_JSON_SERVER_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/aws-json-server";
import { CODEGEN_V1_CLIENT_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/client";
import { CODEGEN_V1_CLIENT_AUTH_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/client-auth";
import { CODEGEN_V1_CLIENT_INTERCEPTORS_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/client-interceptors";
import { CODEGEN_V1_LOSSLESS_JSON_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/lossless-json";
import { CODEGEN_V1_REST_JSON_1_CLIENT_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/rest-json1-client";
import { CODEGEN_V1_REST_JSON_1_SERVER_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/rest-json1-server";
import { CODEGEN_V1_SERVER_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/server";
import { CODEGEN_V1_TIMESTAMPS_SYMBOLS } from "@smithy-ts/runtime/codegen-v1/timestamps";
import { generate, type GeneratedFile } from "../../src/codegen/index.js";
import type { Model } from "../../src/model/index.js";
import { idlModel, restJsonService } from "./client/support.js";
import { weatherModel } from "./client/weather-model.js";
import { pokemonModel } from "./server/pokemon-model.js";
import { TEMPLATES } from "./templates.js";

const LISTS: Readonly<Record<string, readonly string[]>> = {
  "@smithy-ts/runtime/codegen-v1": CODEGEN_V1_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/client": CODEGEN_V1_CLIENT_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/client-auth": CODEGEN_V1_CLIENT_AUTH_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/client-interceptors": CODEGEN_V1_CLIENT_INTERCEPTORS_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/rest-json1-client": CODEGEN_V1_REST_JSON_1_CLIENT_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/aws-json-client": CODEGEN_V1_AWS_JSON_CLIENT_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/server": CODEGEN_V1_SERVER_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/rest-json1-server": CODEGEN_V1_REST_JSON_1_SERVER_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/aws-json-server": CODEGEN_V1_AWS_JSON_SERVER_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/timestamps": CODEGEN_V1_TIMESTAMPS_SYMBOLS,
  "@smithy-ts/runtime/codegen-v1/lossless-json": CODEGEN_V1_LOSSLESS_JSON_SYMBOLS,
};

/** The entry points of one side (a client must import none of the server's, and the reverse). */
const CLIENT_ONLY = ["client", "client-auth", "client-interceptors", "rest-json1-client", "aws-json-client"].map((e) => `@smithy-ts/runtime/codegen-v1/${e}`);
const SERVER_ONLY = ["server", "rest-json1-server", "aws-json-server"].map((e) => `@smithy-ts/runtime/codegen-v1/${e}`);

/** Runtime modules besides the codegen-v1 entry points that generated code may import. */
const OTHER_RUNTIME_MODULES = new Set(["@smithy-ts/runtime/default-http-client"]);

/** Value names (not `type` ones) each runtime module is imported or re-exported from, over all files. */
function runtimeValues(files: readonly GeneratedFile[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of files) {
    if (!f.path.endsWith(".ts")) continue;
    for (const m of f.contents.matchAll(/^(import|export)( type)? \{([^}]*)\} from "(@smithy-ts\/runtime[^"]*)";$/gm)) {
      const names = out.get(m[4]!) ?? new Set<string>();
      out.set(m[4]!, names);
      if (m[2] !== undefined) continue;
      for (const part of m[3]!.split(",").map((p) => p.trim()).filter((p) => p !== "" && !p.startsWith("type "))) names.add(part.split(" as ")[0]!);
    }
  }
  return out;
}

const BIG_NUMBERS_IDL = restJsonService(
  ["Put"],
  `@http(method: "PUT", uri: "/") operation Put { input := { big: BigInteger, dec: Amount } }
  bigDecimal Amount`,
);
const TIMESTAMPS_IDL = restJsonService(["Put"], `@http(method: "PUT", uri: "/") operation Put { input := { at: Stamps } }\nlist Stamps { member: Timestamp }`);
const PLAIN_IDL = restJsonService(["Put"], `@http(method: "PUT", uri: "/") operation Put { input := { n: Long, s: String } }`);

const PACKAGES: readonly [string, () => Model, "client" | "server"][] = [
  ["weather client", weatherModel, "client"],
  ["pokemon server", pokemonModel, "server"],
  ["weather server", weatherModel, "server"],
  ["pokemon client", pokemonModel, "client"],
];

describe.each(PACKAGES)("%s", (_name, model, mode) => {
  const files = generate(model(), { mode, generatorVersion: "0.0.0-test", runtimeVersion: "9.9.9", templates: TEMPLATES });
  const imported = runtimeValues(files);

  test("imports only listed values from the codegen-v1 entry points", () => {
    for (const [module, names] of imported) {
      if (OTHER_RUNTIME_MODULES.has(module)) continue;
      const list = LISTS[module];
      expect(list, `generated code imports from ${module}`).toBeDefined();
      expect([...names].filter((n) => !list!.includes(n)), module).toEqual([]);
    }
  });

  test(`imports from the shared and the ${mode} entry points, nothing from the ${mode === "client" ? "server" : "client"}'s`, () => {
    expect(imported.get("@smithy-ts/runtime/codegen-v1")?.size).toBeGreaterThan(0);
    expect(imported.get(`@smithy-ts/runtime/codegen-v1/${mode}`)?.size).toBeGreaterThan(0);
    expect([...imported.keys()].filter((m) => (mode === "client" ? SERVER_ONLY : CLIENT_ONLY).includes(m))).toEqual([]);
  });
});

describe("opt-in runtime code: the timestamp codec and the lossless JSON reader", () => {
  const generated = (idl: string, mode: "client" | "server"): GeneratedFile[] =>
    generate(idlModel(idl), { mode, generatorVersion: "0.0.0-test", runtimeVersion: "9.9.9", templates: TEMPLATES });

  test.each(["client", "server"] as const)("a %s whose shapes reach bigInteger or bigDecimal passes the lossless reader", (mode) => {
    const files = generated(BIG_NUMBERS_IDL, mode);
    expect(runtimeValues(files).get("@smithy-ts/runtime/codegen-v1/lossless-json")).toContain("parseLosslessJson");
    expect(files.map((f) => f.contents).join("\n")).toMatch(/protocol: restJson1(Client|Server)\.withOptions\(\{ losslessReader: parseLosslessJson \}\)/);
  });

  test.each(["client", "server"] as const)("a %s whose shapes have timestamps (prelude ones in a list included) passes the timestamp codec", (mode) => {
    const files = generated(TIMESTAMPS_IDL, mode);
    expect(runtimeValues(files).get("@smithy-ts/runtime/codegen-v1/timestamps")).toContain("timestampCodec");
    expect(files.map((f) => f.contents).join("\n")).toMatch(/protocol: restJson1(Client|Server)\.withOptions\(\{ timestamps: timestampCodec \}\)/);
  });

  test.each(["client", "server"] as const)("a %s without them (longs included) imports neither", (mode) => {
    const files = generated(PLAIN_IDL, mode);
    const modules = [...runtimeValues(files).keys()];
    expect(modules.filter((m) => m.endsWith("/timestamps") || m.endsWith("/lossless-json"))).toEqual([]);
    expect(files.map((f) => f.contents).join("\n")).toMatch(/protocol: restJson1(Client|Server)[,\s}]/);
  });
});
