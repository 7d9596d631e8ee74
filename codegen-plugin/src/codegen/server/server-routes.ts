// Route checks at generation time. The runtime's REST router refuses to build a service whose
// routes are ambiguous; running the runtime's own check here (the same pure function, so the
// two cannot disagree) turns that into a generation error naming both operations, rather
// than a failure the first time the generated service starts.
import { findRouteConflicts } from "@smithy-ts/runtime/server";
import { nameOf } from "../../model/shape-id.js";
import { isNodeObject } from "../../model/node-value.js";
import type { Shape } from "../../model/shape.js";
import { GenerationError } from "../errors.js";
import { UNIT_ID } from "../traits.js";

/** Protocols whose servers route by method and URI (the others route by a header or path). */
const ROUTED_BY_URI: ReadonlySet<string> = new Set(["aws.protocols#restJson1", "aws.protocols#restXml"]);

type RoutedOperation = Parameters<typeof findRouteConflicts>[0][number];

/** Throws a model GenerationError listing every route problem of the service's operations. */
export function checkRoutes(protocolId: string, service: Shape, operations: readonly Shape[]): void {
  if (!ROUTED_BY_URI.has(protocolId)) return;
  const problems = findRouteConflicts(operations.map((op) => routedOperation(service, op)));
  if (problems.length === 0) return;
  throw new GenerationError(
    "model",
    `the operations of ${service.id} cannot be routed by ${protocolId}:\n  ${problems.map((p) => p.message).join("\n  ")}`,
  );
}

/** Just enough of an OperationSchema for the route check: its id, name and @http trait. */
function routedOperation(service: Shape, op: Shape): RoutedOperation {
  const unit = { kind: "structure", id: UNIT_ID, traits: {}, members: [] } as const;
  const http = op.traits.get("smithy.api#http");
  const method = isNodeObject(http) ? http["method"] : undefined;
  const uri = isNodeObject(http) ? http["uri"] : undefined;
  return {
    id: op.id,
    name: service.rename.get(op.id) ?? nameOf(op.id),
    input: unit,
    output: unit,
    errors: [],
    traits: typeof method === "string" && typeof uri === "string" ? { http: { method, uri, code: 200 } } : {},
  };
}
