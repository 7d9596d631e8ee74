// A stand-in for the model layer in build-runner tests: reads a small JSON AST subset
// (shape types, members, traits, operations/input/output, metadata) and writes it back.
// A shape carrying the trait "test#invalid" makes validation report an ERROR on it, so tests
// can trigger validation failures on purpose.
import type { ModelPort } from "../../../src/build/model-port.js";
import type { ValidationEvent } from "../../../src/model/events.js";
import { Model } from "../../../src/model/model.js";
import { isNodeObject, nodeObject, type NodeObject, type NodeValue } from "../../../src/model/node-value.js";
import { isPreludeId } from "../../../src/model/shape-id.js";
import { makeMember, makeShape, type MemberShape, type Shape } from "../../../src/model/shape.js";

export const INVALID_TRAIT = "test#invalid";

export function fakeModelPort(): ModelPort {
  return {
    load(files) {
      const shapes: Shape[] = [makeShape({ id: "smithy.api#String", type: "string", source: { filename: "", line: 0, column: 0 } })];
      const metadata = new Map<string, NodeValue>();
      const events: ValidationEvent[] = [];
      for (const file of files) {
        let doc: unknown;
        try {
          doc = JSON.parse(file.text);
        } catch {
          events.push({ id: "Model", severity: "ERROR", message: `not JSON: ${file.filename}`, source: { filename: file.filename, line: 1, column: 1 } });
          continue;
        }
        const d = doc as { shapes?: Record<string, NodeObject>; metadata?: Record<string, NodeValue> };
        for (const [id, body] of Object.entries(d.shapes ?? {})) shapes.push(readShape(id, body, file.filename));
        for (const [k, v] of Object.entries(d.metadata ?? {})) metadata.set(k, v);
      }
      const model = new Model(shapes, metadata);
      return { model, events: [...events, ...validate(model)] };
    },
    validate,
    toJsonAst(model, { includePrelude }) {
      const shapes: [string, NodeValue][] = [];
      for (const id of model.sortedIds()) {
        if (!includePrelude && isPreludeId(id)) continue;
        const s = model.getTopLevel(id)!;
        const body: [string, NodeValue][] = [["type", s.type]];
        if (s.members.size > 0) body.push(["members", nodeObject([...s.members].map(([n, m]) => [n, nodeObject([["target", m.target]])]))]);
        if (s.operations.length > 0) body.push(["operations", s.operations.map((target) => nodeObject([["target", target]]))]);
        if (s.input !== undefined) body.push(["input", nodeObject([["target", s.input]])]);
        if (s.traits.size > 0) body.push(["traits", nodeObject(s.traits)]);
        shapes.push([id, nodeObject(body)]);
      }
      const doc: [string, NodeValue][] = [["smithy", "2.0"]];
      if (model.metadata.size > 0) doc.push(["metadata", nodeObject(model.metadata)]);
      doc.push(["shapes", nodeObject(shapes)]);
      return nodeObject(doc);
    },
  };
}

function validate(model: Model): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const s of model.shapes()) {
    if (s.traits.has(INVALID_TRAIT)) events.push({ id: "TestInvalid", severity: "ERROR", message: "marked invalid", shapeId: s.id, source: s.source });
    for (const m of s.members.values()) {
      if (!model.has(m.target)) events.push({ id: "Target", severity: "ERROR", message: `member targets missing ${m.target}`, shapeId: m.id, source: m.source });
    }
  }
  return events;
}

function readShape(id: string, body: NodeObject, filename: string): Shape {
  const source = { filename, line: 1, column: 1 };
  const traits = new Map(Object.entries(isNodeObject(body["traits"]) ? body["traits"] : {}));
  const members = new Map<string, MemberShape>();
  for (const [name, m] of Object.entries(isNodeObject(body["members"]) ? body["members"] : {})) {
    const target = isNodeObject(m) && typeof m["target"] === "string" ? m["target"] : "smithy.api#String";
    members.set(name, makeMember({ container: id, memberName: name, target, source }));
  }
  const ref = (key: string): string | undefined => {
    const v = body[key];
    return isNodeObject(v) && typeof v["target"] === "string" ? v["target"] : undefined;
  };
  const list = (key: string): string[] => {
    const v = body[key];
    return Array.isArray(v) ? v.flatMap((x: NodeValue) => (isNodeObject(x) && typeof x["target"] === "string" ? [x["target"]] : [])) : [];
  };
  const input = ref("input");
  const output = ref("output");
  return makeShape({
    id,
    type: body["type"] as Shape["type"],
    source,
    traits,
    members,
    operations: list("operations"),
    ...(input !== undefined ? { input } : {}),
    ...(output !== undefined ? { output } : {}),
  });
}
