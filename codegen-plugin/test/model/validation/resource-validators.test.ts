// Resource and service validators, from inline models.
import { describe, test } from "vitest";
import { expectEvents, validate, validateFiles } from "./support.js";

describe("ResourceIdentifierBinding", () => {
  test("instance operations must bind every identifier; collection operations must not", () => {
    const events = validate(
      "resource R { identifiers: { id: String }, read: Get, list: List }\n" +
        "@readonly operation Get { input := { other: String } }\n" +
        "@readonly operation List { input := { @required id: String } }",
    );
    expectEvents(events, "ResourceIdentifierBinding", [
      "ERROR smithy.example#Get ResourceIdentifierBinding: This operation does not form a valid instance operation when bound to resource `smithy.example#R`. All of the identifiers of the resource were not implicitly or explicitly bound to the input of the operation. Expected the following identifier bindings: [required member named `id` that targets `smithy.api#String`]. Found the following identifier bindings: []",
      "ERROR smithy.example#List ResourceIdentifierBinding: This operation is bound as a collection operation on the `smithy.example#R` resource, but it improperly binds all of the identifiers of the resource to members of the operation input.",
    ]);
  });

  test("conflicting @resourceIdentifier bindings", () => {
    const events = validate('structure S {\n @required @resourceIdentifier("x") a: String\n @required @resourceIdentifier("x") b: String\n}');
    expectEvents(events, "ResourceIdentifierBinding", [
      "ERROR smithy.example#S ResourceIdentifierBinding: Conflicting resource identifier member bindings found for identifier 'x' between members: 'a', 'b'",
    ]);
  });
});

describe("ResourceLifecycle", () => {
  test("read must be readonly, put and delete idempotent", () => {
    const events = validate(
      "resource R { identifiers: { id: String }, read: Get, delete: Del }\n" +
        "operation Get { input := { @required id: String } }\noperation Del { input := { @required id: String } }",
    );
    expectEvents(events, "ResourceLifecycle", [
      "ERROR smithy.example#R ResourceLifecycle: The `read` lifecycle operation of this resource targets an invalid operation, `smithy.example#Get`. The targeted operation must be marked with the readonly trait.",
      "ERROR smithy.example#R ResourceLifecycle: The `delete` lifecycle operation of this resource targets an invalid operation, `smithy.example#Del`. The targeted operation must be marked as idempotent.",
    ]);
  });
});

describe("ResourceIdentifier", () => {
  test("children must repeat their parent's identifiers", () => {
    const events = validate(
      "resource P { identifiers: { a: String }, resources: [C] }\nresource C { identifiers: { b: String } }\n" +
        "resource Q { identifiers: { a: String }, properties: { a: String } }",
    );
    expectEvents(events, "ResourceIdentifier", [
      "ERROR smithy.example#C ResourceIdentifier: This resource is bound as a child of `smithy.example#P`, but it is invalid because its `identifiers` property is missing the following identifiers that are defined in `smithy.example#P`: [a]",
      "ERROR smithy.example#Q ResourceIdentifier: Resource identifier `a` cannot also be a resource property",
    ]);
  });
});

describe("ResourceOperationInputOutput", () => {
  test("properties must be used and members must be properties or identifiers", () => {
    const events = validate(
      "resource R { identifiers: { id: String }, properties: { name: String, size: Integer }, read: Get }\n" +
        "@readonly operation Get { input := { @required id: String }, output := { name: Integer, other: String } }",
    );
    expectEvents(events, "ResourceOperationInputOutput", [
      "ERROR smithy.example#GetOutput$name ResourceOperationInputOutput: This member must target `smithy.api#String`. This member is used as part of the `read` operation of the `smithy.example#R` resource and conflicts with its `name` resource property.",
      "ERROR smithy.example#GetOutput$other ResourceOperationInputOutput: Member `other` does not target a property or identifier for resource `smithy.example#R`.",
      "ERROR smithy.example#R ResourceOperationInputOutput: Resource property `size` is not used in the input or output of create or an instance operation.",
    ]);
  });
});

describe("ReferencesTrait and MemberShouldReferenceResource", () => {
  test("references must target resources with matching identifiers", () => {
    const events = validate(
      "resource R { identifiers: { a: String, b: String } }\n" +
        "@references([{ resource: R }]) string Ref\n" +
        "@references([{ resource: String }]) structure S {}\n" +
        "structure T { a: String }",
    );
    expectEvents(events, "ReferencesTrait", [
      'ERROR smithy.example#Ref ReferencesTrait: This string shape contains an invalid reference to smithy.example#R: Reference{"resource":"smithy.example#R"}.',
      'ERROR smithy.example#S ReferencesTrait: `references` trait reference targets a string shape not a resource: Reference{"resource":"smithy.api#String"}',
    ]);
  });

  test("a member named like an identifier should reference its resource", () => {
    const events = validate("resource R { identifiers: { rId: RId } }\nstring RId\nstructure S { rId: RId }");
    expectEvents(events, "MemberShouldReferenceResource", [
      "WARNING smithy.example#S$rId MemberShouldReferenceResource: This member appears to reference the following resources without being included in a `@references` trait: [`smithy.example#R`]",
    ]);
  });
});

describe("Service", () => {
  test("renames must be valid", () => {
    const events = validate(
      'service Svc { version: "1", operations: [Op], rename: { "smithy.example#Op": "Other", "smithy.example#Nope": "X", "smithy.example#Thing": "Thing" } }\n' +
        "operation Op { input := { a: Thing } }\nstructure Thing {}",
    );
    expectEvents(events, "Service", [
      "ERROR smithy.example#Svc Service: Service attempts to rename a operation shape from `smithy.example#Op` to \"Other\"; operations cannot be renamed",
      "ERROR smithy.example#Svc Service: Service attempts to rename a shape not in the service: smithy.example#Nope",
      "ERROR smithy.example#Svc Service: Service rename for `smithy.example#Thing` does not actually change the name from `Thing`",
    ]);
  });

  test("same-named shapes from different namespaces conflict", () => {
    const events = validateFiles([
      '$version: "2"\nnamespace smithy.example\nservice Svc { version: "1", operations: [Op] }\n' +
        "operation Op { input := { a: Thing, b: other.ns#Thing, c: Names, d: other.ns#Names } }\nstructure Thing {}\nlist Names { member: String }",
      '$version: "2"\nnamespace other.ns\nstructure Thing {}\nlist Names { member: String }',
    ]);
    expectEvents(events, "Service", [
      "ERROR smithy.example#Thing Service: Shape name `smithy.example#Thing` conflicts with `other.ns#Thing` in the `smithy.example#Svc` service closure. Shapes in the closure of a service must have",
      "ERROR other.ns#Thing Service: Shape name `other.ns#Thing` conflicts with `smithy.example#Thing` in the `smithy.example#Svc` service closure.",
      "WARNING smithy.example#Names Service: Shape name `smithy.example#Names` conflicts with `other.ns#Names` in the `smithy.example#Svc` service closure. Shapes in the closure of a service should have",
      "WARNING other.ns#Names Service: Shape name `other.ns#Names` conflicts with `smithy.example#Names`",
    ]);
  });
});

describe("PaginatedTrait", () => {
  test("tokens and page sizes must exist, be optional and have the right types", () => {
    const events = validate(
      '@readonly @paginated(inputToken: "next", outputToken: "token", pageSize: "size", items: "items")\n' +
        "operation List { input := { next: Integer\n @required size: Integer }, output := { items: Integer } }",
    );
    expectEvents(events, "PaginatedTrait", [
      "ERROR smithy.example#List PaginatedTrait: paginated trait `inputToken` member `next` targets a integer shape, but must target one of the following: [`map`, `string`]",
      "WARNING smithy.example#List PaginatedTrait.ShouldNotBeRequired.pageSize: paginated trait `pageSize` member `size` should not be required",
      "ERROR smithy.example#List PaginatedTrait: paginated trait `outputToken` targets a member `token` that does not exist",
      "ERROR smithy.example#List PaginatedTrait: paginated trait `items` member `items` targets a integer shape, but must target one of the following: [`list`, `map`]",
    ]);
  });
});
