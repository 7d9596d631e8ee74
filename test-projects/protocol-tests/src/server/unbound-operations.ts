// Test cases on operations that no service binds. Smithy lets a model define protocol tests on
// any operation, but a server (or client) exists only for a service; the restJson1 corpus has
// two server request cases on such an operation (aws.protocoltests.misc#AcceptHeaderStarService).
// To run them, the model gets a minimal service per namespace, with the protocol trait, binding
// those operations: what a test runner has to supply, and nothing more.
import { shapeClosure } from "../../../../codegen-plugin/src/model/closure.js";
import { makeShape, NO_SOURCE, type Model, type Shape } from "../../../../codegen-plugin/src/model/index.js";
import { isNodeArray, isNodeObject } from "../../../../codegen-plugin/src/model/node-value.js";

const TEST_TRAITS = ["smithy.test#httpRequestTests", "smithy.test#httpResponseTests", "smithy.test#httpMalformedRequestTests"];

/** The name of the service added for a namespace's unbound operations. */
export const UNBOUND_SERVICE_NAME = "UnboundTestOperations";

/** `model` plus one service per namespace binding the operations with `protocol` cases that no service of that protocol binds. */
export function withUnboundTestOperations(model: Model, protocol: string): Model {
  const bound = new Set<string>();
  for (const service of model.shapesOfType("service")) {
    if (!service.traits.has(protocol)) continue;
    for (const id of shapeClosure(model, service.id).keys()) bound.add(id);
  }
  const byNamespace = new Map<string, string[]>();
  for (const op of model.shapesOfType("operation")) {
    if (bound.has(op.id) || !hasCasesFor(op, protocol)) continue;
    const namespace = op.id.slice(0, op.id.indexOf("#"));
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), op.id]);
  }
  if (byNamespace.size === 0) return model;
  const services: Shape[] = [...byNamespace].map(([namespace, operations]) =>
    makeShape({
      id: `${namespace}#${UNBOUND_SERVICE_NAME}`,
      type: "service",
      source: NO_SOURCE,
      version: "2024-01-01",
      operations: operations.sort(),
      traits: new Map([[protocol, {}]]),
    }),
  );
  return model.withChanges({ put: services });
}

function hasCasesFor(op: Shape, protocol: string): boolean {
  return TEST_TRAITS.some((trait) => {
    const cases = op.traits.get(trait);
    return isNodeArray(cases) && cases.some((c) => isNodeObject(c) && c["protocol"] === protocol);
  });
}
