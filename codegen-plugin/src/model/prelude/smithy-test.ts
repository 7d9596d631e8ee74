// Protocol compliance test traits (namespace smithy.test), written for smithy-ts.
// Facts follow the Smithy HTTP and event-stream protocol compliance test specifications;
// wording and layout are ours.

export const SMITHY_TEST_IDL = String.raw`$version: "2.0"

namespace smithy.test

// ---------------------------------------------------------------------------------------
// HTTP request and response tests.
// ---------------------------------------------------------------------------------------

/// Tests of the HTTP request a client sends for given input.
@trait(selector: "operation")
@length(min: 1)
list httpRequestTests {
    member: HttpRequestTestCase
}

@private
structure HttpRequestTestCase with [HttpRequestMixin] {
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String

    @required
    @idRef(selector: "[trait|protocolDefinition]", failWhenMissing: true)
    protocol: String

    @idRef(selector: "[trait|authDefinition]", failWhenMissing: true)
    authScheme: String

    params: Document

    vendorParams: Document

    @idRef(failWhenMissing: true)
    vendorParamsShape: String

    documentation: String

    tags: NonEmptyStringList

    appliesTo: AppliesTo
}

/// Tests of how a client parses an HTTP response into output or an error.
@trait(selector: ":test(operation, structure[trait|error])")
@length(min: 1)
list httpResponseTests {
    member: HttpResponseTestCase
}

@private
structure HttpResponseTestCase with [HttpResponseMixin] {
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String

    @required
    @idRef(selector: "[trait|protocolDefinition]", failWhenMissing: true)
    protocol: String

    @idRef(selector: "[trait|authDefinition]", failWhenMissing: true)
    authScheme: String

    params: Document

    vendorParams: Document

    @idRef(failWhenMissing: true)
    vendorParamsShape: String

    documentation: String

    tags: NonEmptyStringList

    appliesTo: AppliesTo
}

/// Which side of the connection a test is meant for.
@private
enum AppliesTo {
    CLIENT = "client"
    SERVER = "server"
}

// ---------------------------------------------------------------------------------------
// Malformed request tests.
// ---------------------------------------------------------------------------------------

/// Tests of how a server rejects malformed HTTP requests.
@unstable
@trait(selector: "operation")
@length(min: 1)
list httpMalformedRequestTests {
    member: HttpMalformedRequestTestCase
}

@private
structure HttpMalformedRequestTestCase {
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String

    @required
    @idRef(selector: "[trait|protocolDefinition]", failWhenMissing: true)
    protocol: String

    @required
    request: HttpMalformedRequestDefinition

    @required
    response: HttpMalformedResponseDefinition

    documentation: String

    tags: NonEmptyStringList

    /// Values substituted into the test, one test per combination.
    testParameters: HttpMalformedRequestTestParametersDefinition
}

@private
structure HttpMalformedRequestDefinition {
    @required
    @length(min: 1)
    method: String

    @required
    @length(min: 1)
    uri: String

    host: String

    queryParams: StringList

    headers: StringMap

    body: String

    bodyMediaType: String
}

@private
structure HttpMalformedResponseDefinition {
    headers: StringMap

    @required
    @range(min: 100, max: 599)
    code: Integer

    body: HttpMalformedResponseBodyDefinition
}

@private
structure HttpMalformedResponseBodyDefinition {
    @required
    assertion: HttpMalformedResponseBodyAssertion

    @required
    mediaType: String
}

@private
union HttpMalformedResponseBodyAssertion {
    /// The exact expected body.
    contents: String

    /// A regular expression the error message must match.
    messageRegex: String
}

@private
map HttpMalformedRequestTestParametersDefinition {
    key: String
    value: StringList
}

// ---------------------------------------------------------------------------------------
// Event stream tests.
// ---------------------------------------------------------------------------------------

/// Tests of the events exchanged by an event-stream operation.
@trait(selector: "operation :test(-[input, output]-> structure > member > union[trait|streaming])")
@length(min: 1)
list eventStreamTests {
    member: EventStreamTestCase
}

@private
structure EventStreamTestCase {
    @required
    @pattern("^[A-Za-z_][A-Za-z0-9_]+$")
    id: String

    @required
    @idRef(selector: "[trait|protocolDefinition]", failWhenMissing: true)
    protocol: String

    initialRequestParams: Document

    initialRequest: Document

    @idRef(selector: "structure", failWhenMissing: true)
    initialRequestShape: String

    initialResponseParams: Document

    initialResponse: Document

    @idRef(selector: "structure", failWhenMissing: true)
    initialResponseShape: String

    events: Events

    expectation: TestExpectation

    vendorParams: Document

    @idRef(selector: "structure", failWhenMissing: true)
    vendorParamsShape: String

    documentation: String

    appliesTo: AppliesTo

    tags: NonEmptyStringList
}

/// The HTTP request that opens an event stream.
structure InitialHttpRequest with [HttpRequestMixin] {}

/// The HTTP response that opens an event stream.
structure InitialHttpResponse with [HttpResponseMixin] {}

@private
list Events {
    member: Event
}

@private
structure Event {
    @required
    type: EventType

    params: Document

    headers: EventHeaders

    forbidHeaders: StringList

    requireHeaders: StringList

    body: Blob

    bodyMediaType: String

    bytes: Blob

    vendorParams: Document = {}

    @idRef(selector: "structure", failWhenMissing: true)
    vendorParamsShape: String
}

@private
enum EventType {
    REQUEST = "request"
    RESPONSE = "response"
}

@private
map EventHeaders {
    key: String
    value: EventHeaderValue
}

/// A typed event header value.
@private
union EventHeaderValue {
    boolean: Boolean
    byte: Byte
    short: Short
    integer: Integer
    long: Long
    blob: Blob
    string: String
    timestamp: Timestamp
}

@private
union TestExpectation {
    /// The exchange succeeds.
    success: Unit

    /// The exchange fails.
    failure: TestFailureExpectation
}

@private
structure TestFailureExpectation {
    /// Id of the modeled error the exchange must end with.
    @idRef(failWhenMissing: true, selector: "[trait|error]")
    errorId: String
}

// ---------------------------------------------------------------------------------------
// Shared HTTP message members.
// ---------------------------------------------------------------------------------------

@private
@mixin
structure HttpMessageMixin {
    headers: StringMap

    forbidHeaders: StringList

    requireHeaders: StringList

    body: String

    bodyMediaType: String
}

@private
@mixin
structure HttpRequestMixin with [HttpMessageMixin] {
    @required
    @length(min: 1)
    method: String

    @required
    @length(min: 1)
    uri: String

    host: String

    resolvedHost: String

    queryParams: StringList

    forbidQueryParams: StringList

    requireQueryParams: StringList
}

@private
@mixin
structure HttpResponseMixin with [HttpMessageMixin] {
    @required
    @range(min: 100, max: 599)
    code: Integer
}

@private
map StringMap {
    key: String
    value: String
}

@private
list StringList {
    member: String
}

@private
list NonEmptyStringList {
    member: NonEmptyString
}

@private
@length(min: 1)
string NonEmptyString
`;
