// changeTypes: gives shapes a new type. Allowed: any simple type to another simple type,
// list <-> set, structure <-> union, string -> enum (from its `@enum` trait), and enum or
// intEnum to a simple type (an enum turned into a string keeps its values as an `@enum` trait).
import { SIMPLE_TYPES, type Shape, type ShapeType } from "../../model/shape.js";
import { BuildError } from "../errors.js";
import { ENUM_TRAIT, enumConversionProblem, enumTraitFromMembers, stringToEnum } from "./enum-conversion.js";
import type { TransformDefinition } from "./transform.js";

const TARGET_TYPES = new Set<string>([...SIMPLE_TYPES, "list", "set", "structure", "union", "enum", "intEnum"]);
const EMPTY_MEMBERS: Shape["members"] = new Map();

export const changeTypes: TransformDefinition = {
  name: "changeTypes",
  prepare(args) {
    const shapeTypes = args.optionalStringMap("shapeTypes");
    if (shapeTypes === undefined || shapeTypes.size === 0) {
      throw args.error("shapeTypes", "must map at least one shape id to its new type");
    }
    for (const [id, type] of shapeTypes) {
      if (!TARGET_TYPES.has(type)) throw args.error("shapeTypes", `gives "${id}" the type "${type}", which is not a shape type that changeTypes can produce`);
    }
    const synthesizeEnumNames = args.boolean("synthesizeEnumNames", false);
    return (model) => {
      const changed: Shape[] = [];
      for (const [id, type] of shapeTypes) {
        const shape = model.getTopLevel(id);
        if (shape === undefined) throw new BuildError(`cannot change the type of "${id}": no such shape in the model`);
        if (shape.type !== type) changed.push(retype(shape, type as Exclude<ShapeType, "member">, synthesizeEnumNames));
      }
      return model.withChanges({ put: changed });
    };
  },
};

function retype(shape: Shape, to: Exclude<ShapeType, "member">, synthesizeEnumNames: boolean): Shape {
  const fail = (why: string): never => {
    throw new BuildError(`cannot change "${shape.id}" from ${shape.type} to ${to}: ${why}`);
  };
  const from = shape.type;
  if (to === "enum") {
    if (from !== "string") return fail("only string shapes can become enums");
    const problem = enumConversionProblem(shape, synthesizeEnumNames);
    if (problem !== undefined) return fail(problem);
    return stringToEnum(shape, synthesizeEnumNames);
  }
  if (to === "intEnum") return fail("no shape type can be converted to intEnum");
  if (from === "enum" || from === "intEnum") {
    if (!SIMPLE_TYPES.has(to)) return fail("enum types can only become simple types");
    const base: Shape = { ...shape, type: to, members: EMPTY_MEMBERS };
    if (from === "enum" && to === "string") {
      const value = enumTraitFromMembers(shape);
      return { ...base, traits: new Map(shape.traits).set(ENUM_TRAIT, value), introducedTraits: new Map(shape.introducedTraits).set(ENUM_TRAIT, value) };
    }
    return base;
  }
  if (SIMPLE_TYPES.has(from)) {
    if (!SIMPLE_TYPES.has(to)) return fail("simple types can only become other simple types");
    return { ...shape, type: to };
  }
  const allowed: Readonly<Record<string, string>> = { list: "set", set: "list", structure: "union", union: "structure" };
  if (allowed[from] !== to) {
    return fail(allowed[from] === undefined ? `${from} shapes cannot change type` : `${from} shapes can only become ${allowed[from]} shapes`);
  }
  return { ...shape, type: to };
}
