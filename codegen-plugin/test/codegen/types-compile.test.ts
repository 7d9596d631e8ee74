// Generated types packages compile under their own strict tsconfig, and behave as types
// should: the checks below are compiled together with the package (a `@ts-expect-error`
// that stops being an error fails the compile too).
import { afterAll, describe, expect, test } from "vitest";
import { generate, type GeneratedFile } from "../../src/codegen/index.js";
import { basicModel, nameClashModel } from "./sample-models.js";
import { TEMPLATES } from "./templates.js";
import { PackageWorkspace } from "./typecheck.js";

const workspace = new PackageWorkspace("types-compile");
afterAll(() => workspace.dispose());

function withChecks(files: GeneratedFile[], checks: string): GeneratedFile[] {
  return [...files, { path: "src/type-checks.ts", contents: checks }];
}

describe("types mode packages type-check strictly", () => {
  test("basic model, with behavioural type checks", () => {
    const files = generate(basicModel(), { mode: "types", generatorVersion: "0.0.0-test", templates: TEMPLATES });
    workspace.write(
      "basic",
      withChecks(
        files,
        `import { Units, Sky, type Day, type GetForecastInput, type Measurement, type Reading } from "./index.js";

// Input structures are all-optional for clients, even @required members.
export const emptyInput: GetForecastInput = {};
// Open enums accept modeled and future values.
export const metric: Units = Units.METRIC;
export const future: Units = "kelvin";
export const storm: Sky = Sky.STORM;
export const futureSky: Sky = 42;
// Required members of non-input structures are required; @clientOptional ones are not.
export const day: Day = { date: new Date(0), sky: Sky.CLEAR, low: 0 };
// @ts-expect-error missing required 'date'
export const noDate: Day = { sky: 1, low: 0 };
// Unions: exactly one member, or $unknown.
export const m1: Measurement = { celsius: 21.5 };
export const m2: Measurement = { missing: {} };
export const m3: Measurement = { $unknown: ["wind", { speed: 3 }] };
// @ts-expect-error two members set
export const m4: Measurement = { celsius: 1, pressure: 2 };
// Narrowing by key works.
export function celsius(m: Measurement): number | undefined {
  return m.celsius !== undefined ? m.celsius : undefined;
}
// Big numbers and blobs map as documented.
export const reading: Reading = { station: "s", precise: "1.10", counter: 10n ** 30n, bytes: new Uint8Array([1]), tags: ["a"] };
// exactOptionalPropertyTypes: optional members accept an explicit undefined.
export const explicitUndefined: Reading = { station: "s", value: undefined };
`,
      ),
    );
    const r = workspace.checkPackage("basic");
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  test("name-clash model (reserved words, globals, prototype keys, case-only differences)", () => {
    const files = generate(nameClashModel(), { mode: "types", generatorVersion: "0.0.0-test", templates: TEMPLATES });
    workspace.write(
      "clash",
      withChecks(
        files,
        `import { FOO, index, type Con, type DocumentValue, type Object_, type default_ } from "./index.js";

export const protoKey: FOO = FOO["__proto__"];
export const ctor: FOO = FOO.constructor;
export const proto2: index = index["__proto__"];
export const input: default_ = { constructor: "c", toString: "t", hasOwnProperty: true, default: "d", import: "i" };
export const con: Con = { import: {} };
export const con2: Con = { constructor: {} };
// @ts-expect-error two union members set, one of them named like an Object.prototype member
export const con3: Con = { import: {}, constructor: {} };
// Optional members named like Object.prototype members do not reject an empty object.
export const emptyInput: default_ = {};
// The runtime's DocumentValue and the model's DocumentValue are both reachable.
export const doc: DocumentValue = { doc: { a: [1, "x", null] }, self: { doc: null } };
export const obj: Object_ = { when: new Date(), rec: { k: new Uint8Array() } };
// The enum object really has an own "__proto__" key and kept Object.prototype.
export const hasOwnProto: boolean = Object.prototype.hasOwnProperty.call(FOO, "__proto__") && Object.getPrototypeOf(FOO) === Object.prototype;
`,
      ),
    );
    const r = workspace.checkPackage("clash");
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });
});
