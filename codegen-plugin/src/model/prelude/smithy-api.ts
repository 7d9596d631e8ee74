// The Smithy prelude (namespace smithy.api), written for smithy-ts.
//
// Shape ids, types, members and trait values follow the Smithy 2.0 specification (they are
// what the rest of Smithy relies on); the grouping and the wording of the documentation are
// ours. The IDL avoids backticks and "${" so it can live in a String.raw template: backticks
// inside trait values are written as the IDL escape \u0060.

export const SMITHY_API_IDL = String.raw`$version: "2.0"

namespace smithy.api

// ---------------------------------------------------------------------------------------
// Simple types every model may refer to without a "use" statement.
// ---------------------------------------------------------------------------------------

string String

blob Blob

boolean Boolean

byte Byte

short Short

integer Integer

long Long

float Float

double Double

bigInteger BigInteger

bigDecimal BigDecimal

timestamp Timestamp

document Document

/// A boolean that defaults to false.
@default(false)
boolean PrimitiveBoolean

/// A byte that defaults to zero.
@default(0)
byte PrimitiveByte

/// A short that defaults to zero.
@default(0)
short PrimitiveShort

/// An integer that defaults to zero.
@default(0)
integer PrimitiveInteger

/// A long that defaults to zero.
@default(0)
long PrimitiveLong

/// A float that defaults to zero.
@default(0)
float PrimitiveFloat

/// A double that defaults to zero.
@default(0)
double PrimitiveDouble

/// The unit type: "no value", used for empty operation input/output and valueless union members.
@unitType
structure Unit {}

// ---------------------------------------------------------------------------------------
// Defining traits, protocols and auth schemes.
// ---------------------------------------------------------------------------------------

/// Turns the shape it is applied to into a trait definition.
@trait(
    selector: ":is(simpleType, list, map, structure, union)"
    breakingChanges: [
        { change: "presence" }
        { path: "/structurallyExclusive", change: "any" }
        {
            path: "/conflicts"
            change: "update"
            severity: "NOTE"
            message: "Adding more conflicts to a trait could cause previously written models to fail validation."
        }
    ]
)
structure trait {
    /// Where the trait may be applied; defaults to every shape.
    selector: String

    /// Whether only one member of a structure, or one member targeting a shape, may carry it.
    structurallyExclusive: StructurallyExclusive

    /// Traits that cannot be applied to the same shape.
    conflicts: NonEmptyStringList

    /// How changes to the trait are classified by model diffing.
    breakingChanges: TraitDiffRules
}

@private
@length(min: 1)
list TraitDiffRules {
    member: TraitDiffRule
}

/// One diff rule: what kind of change, at which JSON pointer, and how severe it is.
@private
structure TraitDiffRule {
    path: String

    @required
    change: TraitChangeType

    severity: Severity = "ERROR"

    message: String
}

@private
enum TraitChangeType {
    UPDATE = "update"
    ADD = "add"
    REMOVE = "remove"
    PRESENCE = "presence"
    ANY = "any"
}

@private
enum Severity {
    NOTE
    WARNING
    DANGER
    ERROR
}

@private
enum StructurallyExclusive {
    MEMBER = "member"
    TARGET = "target"
}

/// Extra selector-based checks run wherever the trait is applied.
@trait(selector: "[trait|trait]")
map traitValidators {
    @length(min: 1)
    key: String

    value: TraitValidator
}

@private
structure TraitValidator {
    @required
    selector: String

    message: String

    severity: Severity = "ERROR"
}

/// Marks a trait as a protocol definition.
@trait(
    selector: "structure[trait|trait]"
    breakingChanges: [{ change: "presence" }]
)
structure protocolDefinition {
    /// Traits the protocol understands.
    traits: TraitShapeIdList

    /// Whether document types cannot be used inline with this protocol.
    @deprecated(message: "Use the \u0060@traitValidators\u0060 trait instead")
    noInlineDocumentSupport: Boolean
}

/// Marks a trait as an authentication scheme definition.
@trait(
    selector: "structure[trait|trait]"
    breakingChanges: [{ change: "presence" }]
)
structure authDefinition {
    /// Traits the auth scheme understands.
    traits: TraitShapeIdList
}

@private
list TraitShapeIdList {
    member: TraitShapeId
}

@private
@idRef(failWhenMissing: true, selector: "[trait|trait]")
string TraitShapeId

/// Says that a string holds the id of a shape that matches a selector.
@trait(selector: ":test(string, member > string)")
structure idRef {
    selector: String = "*"

    failWhenMissing: Boolean

    errorMessage: String
}

/// Marks a shape as a mixin whose members and traits are copied into shapes that use it.
@trait(selector: ":not(member)")
structure mixin {
    /// Traits of the mixin that are not copied.
    localTraits: LocalMixinTraitList
}

@private
list LocalMixinTraitList {
    member: LocalMixinTrait
}

@private
@idRef(
    selector: "[trait|trait]"
    failWhenMissing: true
    errorMessage: "Strings provided to the localTraits property of a mixin trait\nmust target a valid trait."
)
string LocalMixinTrait

/// Validates a model metadata entry against the shape the trait is applied to.
@trait(selector: "dataType :not([trait|input]) :not([trait|output])")
structure metadata {
    /// The metadata key.
    @required
    @length(min: 1)
    key: String
}

/// Named shape closures declared in model metadata.
@private
@metadata(key: "shapeClosures")
list ShapeClosures {
    member: ShapeClosure
}

@private
structure ShapeClosure {
    @required
    id: ClosureId

    includeNamespaces: Namespaces = []

    @length(min: 1)
    includeBySelector: String

    rename: Renames = {}

    documentation: CommonMark
}

// The id only has to be well formed; it does not name a shape in the model.
@private
@idRef(failWhenMissing: false)
string ClosureId

@private
@uniqueItems
list Namespaces {
    member: String
}

@private
map Renames {
    @idRef(
        failWhenMissing: true
        selector: ":not(:is(member, service, resource, operation))"
        errorMessage: "Renames must target shapes that are in the model and must not target services, resources, operations, or members."
    )
    key: String

    value: Identifier
}

@private
@mediaType("text/markdown; charset=UTF-8; variant=CommonMark")
string CommonMark

@private
@pattern("^(_+[a-zA-Z0-9]|[a-zA-Z])\\w*$")
string Identifier

// ---------------------------------------------------------------------------------------
// Documentation and lifecycle.
// ---------------------------------------------------------------------------------------

/// CommonMark documentation of a shape.
@trait
string documentation

/// Named links to documentation outside the model.
@trait
@length(min: 1)
map externalDocumentation {
    key: NonEmptyString
    value: NonEmptyString
}

/// Marks a shape as deprecated.
@trait
structure deprecated {
    /// What to use instead, or why.
    message: String

    /// The version or date of the deprecation.
    since: String
}

/// The version or date when a shape was added.
@trait
string since

/// Free-form tags used to group or filter shapes.
@trait
list tags {
    member: String
}

/// A human-readable title of a service or shape.
@trait
string title

/// Marks a shape as subject to change.
@trait
structure unstable {}

/// Marks a shape as meant for internal use only.
@trait(
    breakingChanges: [
        {
            change: "remove"
            severity: "WARNING"
            message: "Removing the @internal trait makes a shape externally visible."
        }
    ]
)
structure internal {}

/// Prevents shapes outside the namespace from referring to the shape.
@trait
structure private {}

/// Marks data that must not be logged or displayed carelessly.
@trait(selector: ":not(:test(service, operation, resource, member))")
structure sensitive {}

/// Validation event ids to suppress on a shape.
@trait
list suppress {
    @length(min: 1)
    member: String
}

/// Example invocations of an operation.
@trait(selector: "operation")
list examples {
    member: Example
}

@private
structure Example {
    @required
    title: String

    documentation: String

    input: Document

    output: Document

    error: ExampleError

    allowConstraintErrors: Boolean
}

@private
structure ExampleError {
    @idRef(selector: "structure[trait|error]")
    shapeId: String

    content: Document
}

// ---------------------------------------------------------------------------------------
// Type refinement.
// ---------------------------------------------------------------------------------------

/// The value a shape or structure member takes when none is given.
@trait(selector: ":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))")
document default

/// Says that a default was added to a member after it was first published.
@trait(
    selector: "structure > member [trait|default]"
    breakingChanges: [{ change: "remove" }]
)
structure addedDefault {}

/// Makes a member optional in generated clients even if it is required or has a default.
@trait(selector: "structure > member")
structure clientOptional {}

/// Marks a structure member as required.
@trait(selector: "structure > member")
structure required {}

/// Recommends that a member be set.
@trait(
    selector: "structure > member"
    conflicts: [required]
)
structure recommended {
    /// Why the member should be set.
    reason: String
}

/// Smithy 1.0: a nullable primitive.
@trait(
    selector: """
        :test(boolean, byte, short, integer, long, float, double,
        member > :test(boolean, byte, short, integer, long, float, double))"""
)
structure box {}

/// Marks a structure as an error and says which side is at fault.
@trait(
    selector: "structure"
    conflicts: [trait]
    breakingChanges: [{ change: "any" }]
)
enum error {
    CLIENT = "client"
    SERVER = "server"
}

/// Marks a structure as the input of exactly one operation.
@trait(
    selector: "structure"
    conflicts: [output, error]
    breakingChanges: [{ change: "presence" }]
)
structure input {}

/// Marks a structure as the output of exactly one operation.
@trait(
    selector: "structure"
    conflicts: [input, error]
    breakingChanges: [{ change: "presence" }]
)
structure output {}

/// Marks smithy.api#Unit as the unit type.
@trait(selector: "[id=smithy.api#Unit]")
structure unitType {}

/// Allows null entries in a list or map.
@trait(
    selector: ":is(list, map)"
    breakingChanges: [{ change: "presence" }]
)
structure sparse {}

/// The value of an enum or intEnum member.
@trait(selector: ":is(enum, intEnum) > member")
@tags(["diff.error.const"])
document enumValue

/// Smithy 1.0: constrains a string to a set of values.
@trait(
    selector: "string :not(enum)"
    breakingChanges: [{ change: "presence" }]
)
@length(min: 1)
@deprecated(message: "The enum trait is replaced by the enum shape in Smithy 2.0", since: "2.0")
list enum {
    member: EnumDefinition
}

@private
structure EnumDefinition {
    @required
    value: NonEmptyString

    name: EnumConstantBodyName

    documentation: String

    tags: NonEmptyStringList

    deprecated: Boolean
}

@private
@pattern("^[a-zA-Z_]+[a-zA-Z_0-9]*$")
string EnumConstantBodyName

/// The media type of a blob or string.
@trait(
    selector: ":is(blob, string)"
    breakingChanges: [{ change: "remove" }]
)
string mediaType

/// How a timestamp is serialized.
@trait(
    selector: ":test(timestamp, member > timestamp)"
    breakingChanges: [{ change: "any" }]
)
enum timestampFormat {
    DATE_TIME = "date-time"
    EPOCH_SECONDS = "epoch-seconds"
    HTTP_DATE = "http-date"
}

// ---------------------------------------------------------------------------------------
// Constraints.
// ---------------------------------------------------------------------------------------

/// Bounds the length of a string, blob, list or map.
@trait(selector: ":test(list, map, string, blob, member > :is(list, map, string, blob))")
structure length {
    min: Long
    max: Long
}

/// Bounds a number.
@trait(selector: ":test(number, member > number)")
structure range {
    min: BigDecimal
    max: BigDecimal
}

/// A regular expression a string must match.
@trait(
    selector: ":test(string, member > string)"
    breakingChanges: [
        {
            change: "add"
            severity: "WARNING"
            message: "The @pattern trait should only be added if the string already had adhered to the pattern."
        }
        {
            change: "update"
            severity: "NOTE"
            message: "Changes to the @pattern trait should generally make the string more permissive, not less."
        }
    ]
)
string pattern

/// Requires the items of a list to be distinct.
@trait(
    selector: "list :not(> member ~> :is(float, double, document))"
    conflicts: [sparse]
    breakingChanges: [{ change: "presence", severity: "WARNING" }]
)
structure uniqueItems {}

// ---------------------------------------------------------------------------------------
// Operation behavior.
// ---------------------------------------------------------------------------------------

/// Marks an operation as free of side effects.
@trait(
    selector: "operation"
    conflicts: [idempotent]
    breakingChanges: [{ change: "remove" }]
)
structure readonly {}

/// Marks an operation as safe to repeat with the same input.
@trait(
    selector: "operation"
    conflicts: [readonly]
    breakingChanges: [{ change: "remove" }]
)
structure idempotent {
    /// Errors returned when the target already exists.
    exists: IdempotentErrors

    /// Errors returned when the target does not exist.
    notFound: IdempotentErrors
}

@private
list IdempotentErrors {
    @idRef(selector: "[trait|error]")
    member: String
}

/// A member clients fill with a unique token so a request can be retried safely.
@trait(
    selector: "structure > :test(member > string)"
    structurallyExclusive: "member"
    breakingChanges: [{ change: "remove" }]
)
@notProperty
structure idempotencyToken {}

/// Marks an error as safe to retry.
@trait(
    selector: "structure[trait|error]"
    breakingChanges: [{ change: "remove" }]
)
structure retryable {
    /// Whether the error reports throttling.
    throttling: Boolean
}

/// Describes how an operation's results are paged.
@trait(
    selector: ":is(service, operation)"
    breakingChanges: [
        { change: "remove" }
        { path: "/inputToken", change: "update" }
        { path: "/outputToken", change: "update" }
        { path: "/items", change: "remove" }
        { path: "/items", change: "add", severity: "NOTE" }
        { path: "/items", change: "update", severity: "NOTE" }
        { path: "/pageSize", change: "update" }
        { path: "/pageSize", change: "remove" }
    ]
)
structure paginated {
    inputToken: NonEmptyString
    outputToken: NonEmptyString
    items: NonEmptyString
    pageSize: NonEmptyString
}

/// Marks an operation as using long polling.
@trait(selector: "operation")
@unstable
structure longPoll {
    @required
    @range(min: 1)
    timeoutMillis: Integer
}

/// Requires a checksum of the request payload.
@unstable
@trait(selector: "operation")
structure httpChecksumRequired {}

/// Compression encodings a client may apply to request payloads.
@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "remove"
            severity: "DANGER"
            message: "Trait was removed so newly generated clients will no longer compress requests, but the service MUST continue to support removed compression algorithms in \u0060encodings\u0060."
        }
        {
            change: "remove"
            path: "/encodings"
            message: "\u0060encodings\u0060 was removed, but is required for the requestCompression trait."
        }
        {
            change: "add"
            severity: "NOTE"
            path: "/encodings/member"
            message: "Members of \u0060encodings\u0060 were added. Once a compression algorithm is added, the service MUST support the compression algorithm."
        }
        {
            change: "remove"
            severity: "DANGER"
            path: "/encodings/member"
            message: "Members of \u0060encodings\u0060 were removed so newly generated clients will no longer compress requests for removed compression algorithms. The service MUST continue to support old clients by supporting removed compression algorithms."
        }
        {
            change: "update"
            severity: "DANGER"
            path: "/encodings/member"
            message: "Members of \u0060encodings\u0060 were updated so newly generated clients will no longer compress requests for compression algorithms prior to the updates. The service MUST continue to support old clients by supporting compression algorithms prior to the updates."
        }
    ]
)
structure requestCompression {
    @required
    encodings: RequestCompressionEncodingsList
}

// Encodings are plain strings, not an enum: they compare case-insensitively.
@private
list RequestCompressionEncodingsList {
    member: String
}

// ---------------------------------------------------------------------------------------
// Resources and properties.
// ---------------------------------------------------------------------------------------

/// Forbids a resource's put operation from replacing an existing instance.
@trait(selector: "resource:test(-[put]->)")
structure noReplace {}

/// Links a structure or string to resources.
@trait(selector: ":is(structure, string)")
list references {
    member: Reference
}

@private
structure Reference {
    @required
    resource: NonEmptyString

    ids: NonEmptyStringMap

    service: NonEmptyString

    rel: NonEmptyString
}

@private
map NonEmptyStringMap {
    key: NonEmptyString
    value: NonEmptyString
}

/// Binds a member to a resource identifier of a different name.
@trait(
    selector: "structure > :test(member[trait|required] > string)"
    breakingChanges: [{ change: "remove" }]
)
@length(min: 1)
@notProperty
string resourceIdentifier

/// Binds a member to a resource property, optionally of a different name.
@trait(
    selector: "structure > member"
    conflicts: [resourceIdentifier]
    breakingChanges: [
        { change: "remove" }
        { change: "update" }
    ]
)
structure property {
    name: String
}

/// Excludes an input or output member from resource property binding.
@trait(
    selector: ":is(operation -[input, output]-> structure > member, [trait|trait])"
    breakingChanges: [{ change: "add" }]
)
@notProperty
structure notProperty {}

/// Says that the structure a member targets holds the resource properties.
@trait(
    selector: "operation -[input, output]-> structure > member :test(> structure)"
    structurallyExclusive: "member"
    breakingChanges: [{ change: "any" }]
)
@notProperty
structure nestedProperties {}

// ---------------------------------------------------------------------------------------
// Authentication.
// ---------------------------------------------------------------------------------------

/// The auth schemes an operation or service supports, in order of preference.
@trait(selector: ":is(service, operation)")
@uniqueItems
list auth {
    member: AuthTraitReference
}

@private
@idRef(selector: "[trait|authDefinition]")
string AuthTraitReference

/// Lets an operation be called without authentication.
@trait(
    selector: "operation"
    breakingChanges: [{ change: "remove" }]
)
structure optionalAuth {}

/// HTTP Basic authentication.
@trait(
    selector: "service"
    breakingChanges: [{ change: "remove" }]
)
@authDefinition
structure httpBasicAuth {}

/// HTTP Digest authentication.
@trait(
    selector: "service"
    breakingChanges: [{ change: "remove" }]
)
@authDefinition
structure httpDigestAuth {}

/// HTTP Bearer token authentication.
@trait(
    selector: "service"
    breakingChanges: [{ change: "remove" }]
)
@authDefinition
structure httpBearerAuth {}

/// An API key sent in a header or query parameter.
@trait(
    selector: "service"
    breakingChanges: [{ change: "remove" }]
)
@authDefinition
structure httpApiKeyAuth {
    /// Header or query parameter name.
    @required
    name: NonEmptyString

    @required
    in: HttpApiKeyLocations

    /// Header value prefix, such as a scheme name.
    scheme: NonEmptyString
}

@private
enum HttpApiKeyLocations {
    HEADER = "header"
    QUERY = "query"
}

// ---------------------------------------------------------------------------------------
// Endpoints.
// ---------------------------------------------------------------------------------------

/// A host prefix template prepended to the endpoint of an operation.
@trait(
    selector: "operation"
    breakingChanges: [{ change: "any" }]
)
structure endpoint {
    @required
    hostPrefix: NonEmptyString
}

/// Binds an input member to a label of the endpoint host prefix.
@trait(
    selector: "structure > :test(member[trait|required] > string)"
    breakingChanges: [{ change: "any" }]
)
structure hostLabel {}

// ---------------------------------------------------------------------------------------
// HTTP bindings.
// ---------------------------------------------------------------------------------------

/// The HTTP method, URI pattern and success code of an operation.
@trait(
    selector: "operation"
    breakingChanges: [
        { change: "remove" }
        { path: "/method", change: "update" }
        { path: "/uri", change: "update" }
        { path: "/code", change: "update" }
        {
            path: "/code"
            change: "presence"
            severity: "DANGER"
            message: "Adding or removing is backward compatible only if the value is the default value of 200"
        }
    ]
)
structure http {
    @required
    method: NonEmptyString

    @required
    uri: NonEmptyString

    @range(min: 100, max: 999)
    code: Integer = 200
}

/// Binds a member to a label of the URI pattern.
@trait(
    selector: "structure > member[trait|required] :test(> :test(string, number, boolean, timestamp))"
    conflicts: [httpHeader, httpQuery, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams]
    breakingChanges: [{ change: "presence" }]
)
structure httpLabel {}

/// Binds a member to a query string parameter.
@trait(
    selector: """
        structure > member
        :test(> :test(string, number, boolean, timestamp),
        > list > member > :test(string, number, boolean, timestamp))"""
    conflicts: [httpLabel, httpHeader, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams]
    breakingChanges: [{ change: "any" }]
)
@length(min: 1)
string httpQuery

/// Binds a map member to all query string parameters not bound otherwise.
@trait(
    selector: """
        structure > member
        :test(> map > member[id|member=value] > :test(string, list > member > string))"""
    structurallyExclusive: "member"
    conflicts: [httpLabel, httpQuery, httpHeader, httpPayload, httpResponseCode, httpPrefixHeaders]
    breakingChanges: [{ change: "any" }]
)
structure httpQueryParams {}

/// Binds a member to an HTTP header.
@trait(
    selector: """
        structure > :test(member > :test(boolean, number, string, timestamp,
        list > member > :test(boolean, number, string, timestamp)))"""
    conflicts: [httpLabel, httpQuery, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams]
    breakingChanges: [{ change: "any" }]
)
@length(min: 1)
string httpHeader

/// Binds a map member to all headers that start with a prefix.
@trait(
    selector: """
        structure > member
        :test(> map :not([trait|sparse]) > member[id|member=value] > string)"""
    structurallyExclusive: "member"
    conflicts: [httpLabel, httpQuery, httpHeader, httpPayload, httpResponseCode, httpQueryParams]
    breakingChanges: [{ change: "any" }]
)
string httpPrefixHeaders

/// Binds a member to the whole HTTP message body.
@trait(
    selector: "structure > member"
    conflicts: [httpLabel, httpQuery, httpHeader, httpPrefixHeaders, httpResponseCode, httpQueryParams]
    structurallyExclusive: "member"
    breakingChanges: [{ change: "presence" }]
)
structure httpPayload {}

/// The HTTP status code of an error.
@trait(
    selector: "structure[trait|error]"
    breakingChanges: [{ change: "any" }]
)
integer httpError

/// Binds an output member to the HTTP status code.
@trait(
    selector: "structure :not([trait|input]) > member :test(> integer)"
    structurallyExclusive: "member"
    conflicts: [httpLabel, httpQuery, httpHeader, httpPrefixHeaders, httpPayload, httpQueryParams]
    breakingChanges: [{ change: "any" }]
)
structure httpResponseCode {}

/// Cross-origin resource sharing settings of a service.
@trait(
    selector: "service"
    breakingChanges: [{ change: "remove" }]
)
structure cors {
    origin: NonEmptyString = "*"

    origins: NonEmptyStringMap

    maxAge: Integer = 600

    additionalAllowedHeaders: NonEmptyStringList

    additionalExposedHeaders: NonEmptyStringList
}

// ---------------------------------------------------------------------------------------
// JSON and XML serialization.
// ---------------------------------------------------------------------------------------

/// The JSON key of a member.
@trait(
    selector: ":is(structure, union) > member"
    breakingChanges: [{ change: "any" }]
)
string jsonName

/// Serializes a member as an XML attribute.
@trait(
    selector: "structure > :test(member > :test(boolean, number, string, timestamp))"
    conflicts: [xmlNamespace]
    breakingChanges: [{ change: "any" }]
)
structure xmlAttribute {}

/// Serializes a list or map member without a wrapping element.
@trait(
    selector: ":is(structure, union) > :test(member > :test(list, map))"
    breakingChanges: [{ change: "any" }]
)
structure xmlFlattened {}

/// The XML element or attribute name.
@trait(
    selector: ":is(structure, union, member)"
    breakingChanges: [{ change: "any" }]
)
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*(:[a-zA-Z_][a-zA-Z_0-9-]*)?$")
string xmlName

/// An XML namespace, optionally with a prefix.
@trait(
    selector: ":is(service, member, simpleType, list, map, structure, union)"
    conflicts: [xmlAttribute]
    breakingChanges: [{ change: "any" }]
)
structure xmlNamespace {
    @required
    uri: NonEmptyString

    @pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
    prefix: NonEmptyString
}

// ---------------------------------------------------------------------------------------
// Streaming and event streams.
// ---------------------------------------------------------------------------------------

/// Marks a blob as streamed data, or a union as an event stream.
@trait(
    selector: ":is(blob, union)"
    structurallyExclusive: "target"
    breakingChanges: [{ change: "any" }]
)
structure streaming {}

/// Requires the length of a streamed blob to be known up front.
@trait(
    selector: "blob[trait|streaming]"
    breakingChanges: [{ change: "presence" }]
)
structure requiresLength {}

/// Binds a member to the payload of an event.
@trait(
    selector: "structure > :test(member > :test(blob, string, structure, union))"
    conflicts: [eventHeader]
    structurallyExclusive: "member"
    breakingChanges: [{ change: "any" }]
)
structure eventPayload {}

/// Binds a member to a header of an event.
@trait(
    selector: """
        structure >
        :test(member > :test(boolean, byte, short, integer, long, blob, string, timestamp))"""
    conflicts: [eventPayload]
    breakingChanges: [{ change: "any" }]
)
structure eventHeader {}

// ---------------------------------------------------------------------------------------
// Helpers shared by the definitions above.
// ---------------------------------------------------------------------------------------

@private
@length(min: 1)
string NonEmptyString

@private
list NonEmptyStringList {
    member: NonEmptyString
}
`;
