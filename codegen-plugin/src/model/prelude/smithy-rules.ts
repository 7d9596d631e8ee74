// Endpoint rules engine traits (namespace smithy.rules), written for smithy-ts.
// Facts follow the Smithy rules engine specification; wording and layout are ours.

export const SMITHY_RULES_IDL = String.raw`$version: "2.0"

namespace smithy.rules

// ---------------------------------------------------------------------------------------
// Rule sets.
// ---------------------------------------------------------------------------------------

/// The endpoint rule set of a service, as a tree of rules.
@unstable
@trait(selector: "service")
document endpointRuleSet

/// The endpoint rules of a service compiled to a binary decision diagram.
@unstable
@trait(selector: "service")
structure endpointBdd {
    @required
    version: String

    @required
    parameters: Parameters

    @required
    conditions: Conditions

    @required
    results: Results

    /// Reference to the root node of the diagram.
    @required
    @range(min: -1)
    root: Integer

    @required
    @range(min: 0)
    nodeCount: Integer

    /// The encoded nodes of the diagram.
    @required
    nodes: String
}

@private
map Parameters {
    key: String
    value: Parameter
}

@private
structure Parameter {
    @required
    type: ParameterType

    deprecated: Boolean

    documentation: String

    default: Document

    builtIn: String

    required: Boolean
}

enum ParameterType {
    STRING = "string"
    BOOLEAN = "boolean"
    STRING_ARRAY = "stringArray"
}

@private
list Conditions {
    member: Condition
}

@private
structure Condition {
    @required
    fn: String

    @required
    argv: DocumentList

    assign: String
}

@private
list DocumentList {
    member: Document
}

@private
list Results {
    member: Result
}

@private
structure Result {
    @required
    type: ResultType

    documentation: String

    error: Document

    endpoint: EndpointObject

    conditions: Conditions
}

@private
enum ResultType {
    ENDPOINT = "endpoint"
    ERROR = "error"
}

@private
structure EndpointObject {
    @required
    url: Document

    properties: EndpointProperties

    headers: EndpointObjectHeaders
}

@private
map EndpointProperties {
    key: String
    value: Document
}

@private
map EndpointObjectHeaders {
    key: String
    value: DocumentList
}

// ---------------------------------------------------------------------------------------
// Binding rule-set parameters.
// ---------------------------------------------------------------------------------------

/// Binds an input member to a rule-set parameter.
@unstable
@trait(selector: "operation -[input]-> structure > member")
structure contextParam {
    @required
    name: String
}

/// Rule-set parameters with fixed values for an operation.
@unstable
@trait(selector: "operation")
map staticContextParams {
    key: String
    value: StaticContextParamDefinition
}

@unstable
@private
structure StaticContextParamDefinition {
    @required
    value: Document
}

/// Rule-set parameters computed from an operation's input by JMESPath expressions.
@unstable
@trait(selector: "operation")
map operationContextParams {
    key: String
    value: OperationContextParamDefinition
}

@unstable
@private
structure OperationContextParamDefinition {
    @required
    path: String
}

/// Rule-set parameters a client is configured with.
@unstable
@trait(selector: "service")
map clientContextParams {
    key: String
    value: ClientContextParamDefinition
}

@unstable
@private
structure ClientContextParamDefinition {
    @required
    type: ShapeType

    documentation: String
}

@unstable
@private
enum ShapeType {
    STRING = "string"
    BOOLEAN = "boolean"
}

// ---------------------------------------------------------------------------------------
// Endpoint tests.
// ---------------------------------------------------------------------------------------

/// Test cases for the endpoint rules of a service.
@unstable
@trait(selector: "service :is([trait|smithy.rules#endpointRuleSet], [trait|smithy.rules#endpointBdd])")
structure endpointTests {
    @required
    version: String

    testCases: EndpointTestList
}

@unstable
@private
list EndpointTestList {
    member: EndpointTest
}

@unstable
@private
structure EndpointTest {
    documentation: String

    params: Document

    operationInputs: OperationInputs

    @required
    expect: EndpointTestExpectation
}

@unstable
@private
list OperationInputs {
    member: OperationInput
}

@unstable
@private
structure OperationInput {
    @required
    operationName: String

    operationParams: Document

    builtInParams: Document

    clientParams: Document
}

@unstable
@private
union EndpointTestExpectation {
    /// The expected error message.
    error: String

    /// The expected endpoint.
    endpoint: EndpointExpectation
}

@unstable
@private
structure EndpointExpectation {
    url: String

    headers: EndpointHeaders

    properties: Properties
}

@unstable
@private
map EndpointHeaders {
    key: String
    value: EndpointHeaderValue
}

@unstable
@private
list EndpointHeaderValue {
    member: String
}

@unstable
@private
map Properties {
    key: String
    value: Document
}
`;
