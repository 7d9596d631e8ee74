// Test cases of one protocol, read from the model's smithy.test traits:
//   @httpRequestTests          on operations          kind "request"
//   @httpResponseTests         on operations          kind "response"
//                              on error structures    kind "response" (an error answer)
//   @httpMalformedRequestTests on operations          kind "malformed" (servers only), one case
//                              per entry of `testParameters` ("<id>_case<N>", see
//                              ../server/test-parameters.ts)
// `appliesTo` ("client" / "server") limits a request or response case to one side.
import type { Model } from "../../../../codegen-plugin/src/model/index.js";
import { shapeClosure } from "../../../../codegen-plugin/src/model/closure.js";
import { isNodeArray, isNodeObject, type NodeObject } from "../../../../codegen-plugin/src/model/node-value.js";
import type { Shape } from "../../../../codegen-plugin/src/model/shape.js";
import { expandTestParameters } from "../server/test-parameters.js";
import type { CaseKind, Side } from "../suites.js";

export interface TestCase {
  readonly id: string;
  readonly kind: CaseKind;
  readonly protocol: string;
  /** The sides the case applies to. */
  readonly sides: readonly Side[];
  readonly serviceId: string;
  /**
   * The operation the case exercises. For a response case on an error structure: the first
   * operation (by shape id) that can return the error.
   */
  readonly operationId: string;
  /** For response cases on an error structure: the error's shape id. */
  readonly errorId?: string;
  /** The case as written in the model (for malformed cases, with the test parameters substituted). */
  readonly definition: NodeObject;
}

const TRAITS: readonly (readonly [string, CaseKind])[] = [
  ["smithy.test#httpRequestTests", "request"],
  ["smithy.test#httpResponseTests", "response"],
  ["smithy.test#httpMalformedRequestTests", "malformed"],
];

/** Services of the model that declare `protocol`, sorted by shape id. */
export function servicesWithProtocol(model: Model, protocol: string): Shape[] {
  return [...model.shapesOfType("service")].filter((s) => s.traits.has(protocol)).sort((a, b) => compare(a.id, b.id));
}

/**
 * Every case of `protocol` in the services that declare it. A case reachable from two
 * services (a shared operation or error) is kept once, for the first service by shape id.
 */
export function extractCases(model: Model, protocol: string): TestCase[] {
  const out: TestCase[] = [];
  const seen = new Set<string>();
  for (const service of servicesWithProtocol(model, protocol)) {
    const closure = [...shapeClosure(model, service.id).values()].filter((s): s is Shape => s.type !== "member").sort((a, b) => compare(a.id, b.id));
    const operations = closure.filter((s) => s.type === "operation");
    for (const shape of closure) {
      for (const [trait, kind] of TRAITS) {
        const entries = shape.traits.get(trait);
        if (!isNodeArray(entries)) continue;
        for (const entry of entries) {
          if (!isNodeObject(entry) || entry["protocol"] !== protocol) continue;
          const target = caseTarget(shape, service, operations);
          if (target === undefined) continue;
          for (const definition of kind === "malformed" ? expandTestParameters(entry) : [entry]) {
            const id = stringField(definition, "id");
            const key = `${kind}\u0000${id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ id, kind, protocol, sides: sidesOf(kind, definition), serviceId: service.id, ...target, definition });
          }
        }
      }
    }
  }
  return out;
}

function caseTarget(shape: Shape, service: Shape, operations: readonly Shape[]): { operationId: string; errorId?: string } | undefined {
  if (shape.type === "operation") return { operationId: shape.id };
  if (shape.type !== "structure") return undefined;
  const thrower = operations.find((op) => op.errors.includes(shape.id)) ?? (service.errors.includes(shape.id) ? operations[0] : undefined);
  return thrower === undefined ? undefined : { operationId: thrower.id, errorId: shape.id };
}

function sidesOf(kind: CaseKind, definition: NodeObject): Side[] {
  if (kind === "malformed") return ["server"];
  const appliesTo = definition["appliesTo"];
  return appliesTo === "client" ? ["client"] : appliesTo === "server" ? ["server"] : ["client", "server"];
}

function stringField(obj: NodeObject, key: string): string {
  const v = obj[key];
  if (typeof v !== "string") throw new Error(`test case without a string "${key}": ${JSON.stringify(obj).slice(0, 200)}`);
  return v;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
