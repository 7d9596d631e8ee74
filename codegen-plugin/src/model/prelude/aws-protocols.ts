// The AWS protocol traits (namespace aws.protocols), written for smithy-ts.
// Facts follow the Smithy AWS protocol specifications; wording and layout are ours.
// Backticks inside trait values are written as the IDL escape \u0060 (see smithy-api.ts).

export const AWS_PROTOCOLS_IDL = String.raw`$version: "2.0"

namespace aws.protocols

// ---------------------------------------------------------------------------------------
// JSON protocols.
// ---------------------------------------------------------------------------------------

/// The AWS JSON 1.0 RPC protocol.
@trait(selector: "service")
@protocolDefinition(traits: [timestampFormat, cors, endpoint, hostLabel])
structure awsJson1_0 with [HttpConfiguration] {}

/// The AWS JSON 1.1 RPC protocol.
@trait(selector: "service")
@protocolDefinition(traits: [timestampFormat, cors, endpoint, hostLabel])
structure awsJson1_1 with [HttpConfiguration] {}

/// The AWS RESTful JSON protocol.
@trait(selector: "service")
@protocolDefinition(
    traits: [
        timestampFormat, cors, endpoint, hostLabel,
        http, httpError, httpHeader, httpLabel, httpPayload, httpPrefixHeaders,
        httpQuery, httpQueryParams, httpResponseCode,
        httpChecksum, httpChecksumRequired,
        jsonName
    ]
)
structure restJson1 with [HttpConfiguration] {}

// ---------------------------------------------------------------------------------------
// XML and query protocols.
// ---------------------------------------------------------------------------------------

/// The AWS RESTful XML protocol.
@deprecated
@trait(selector: "service")
@protocolDefinition(
    traits: [
        timestampFormat, cors, endpoint, hostLabel,
        http, httpError, httpHeader, httpLabel, httpPayload, httpPrefixHeaders,
        httpQuery, httpQueryParams, httpResponseCode,
        httpChecksum, httpChecksumRequired,
        xmlAttribute, xmlFlattened, xmlName, xmlNamespace
    ]
)
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with restXml"
    }
)
structure restXml with [HttpConfiguration] {
    /// Whether error responses lack the usual wrapping element.
    @deprecated
    noErrorWrapping: Boolean
}

/// The AWS query protocol.
@deprecated
@trait(selector: "service [trait|xmlNamespace]")
@protocolDefinition(
    traits: [
        timestampFormat, cors, endpoint, hostLabel,
        awsQueryError,
        xmlAttribute, xmlFlattened, xmlName, xmlNamespace
    ]
)
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with awsQuery"
    }
)
structure awsQuery {}

/// The error code and HTTP status an awsQuery error uses.
@trait(
    selector: "structure [trait|error]"
    breakingChanges: [{ change: "any" }]
)
structure awsQueryError {
    @required
    code: String

    @required
    httpResponseCode: Integer
}

/// Makes a JSON or RPC v2 service also understand awsQuery-style error codes.
@trait(
    selector: """
        service :test([trait|aws.protocols#awsJson1_0],
                      [trait|smithy.protocols#rpcv2Cbor],
                      [trait|smithy.protocols#rpcv2Json])"""
)
structure awsQueryCompatible {}

/// The Amazon EC2 query protocol.
@deprecated
@trait(selector: "service [trait|xmlNamespace]")
@protocolDefinition(
    traits: [
        timestampFormat, cors, endpoint, hostLabel,
        ec2QueryName,
        xmlAttribute, xmlFlattened, xmlName, xmlNamespace
    ]
)
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with ec2Query"
    }
)
structure ec2Query {}

/// The query key of a member in the ec2Query protocol.
@trait(selector: "structure > member")
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
string ec2QueryName

// ---------------------------------------------------------------------------------------
// Checksums.
// ---------------------------------------------------------------------------------------

/// Request and response checksum behavior of an operation.
@unstable
@trait(
    selector: "operation"
    breakingChanges: [
        {
            change: "remove"
            severity: "DANGER"
            message: "Removing the trait removes the ability for clients to do request or response checksums. The service MUST continue to support old clients by supporting the \u0060httpChecksum\u0060 trait."
        }
        {
            change: "remove"
            path: "/requestAlgorithmMember"
            severity: "DANGER"
            message: "\u0060requestAlgorithmMember\u0060 was removed, so newly generated clients will no longer be able to pick the request checksum algorithms The service MUST continue to support old clients by supporting \u0060requestAlgorithmMember\u0060."
        }
        {
            change: "remove"
            path: "/requestValidationModeMember"
            severity: "DANGER"
            message: "\u0060requestValidationModeMember\u0060 was removed, so newly generated clients will no longer validate response checksums. The service MUST continue to support old clients by supporting \u0060requestValidationModeMember\u0060."
        }
        {
            change: "remove"
            path: "/responseAlgorithms/member"
            severity: "DANGER"
            message: "Members of \u0060responseAlgorithms\u0060 were removed, so newly generated clients will no longer validate response checksums for the removed algorithms. The service MUST continue to support old clients by supporting removed compression algorithms."
        }
    ]
)
structure httpChecksum {
    /// Input member that selects the request checksum algorithm.
    requestAlgorithmMember: String

    /// Whether a request checksum is always required.
    requestChecksumRequired: Boolean

    /// Input member that turns response checksum validation on.
    requestValidationModeMember: String

    /// Algorithms a client may validate responses with.
    responseAlgorithms: ChecksumAlgorithmSet
}

@private
@uniqueItems
@length(min: 1)
list ChecksumAlgorithmSet {
    member: ChecksumAlgorithm
}

// Keep in step with the algorithms the checksum trait implementation supports.
@private
enum ChecksumAlgorithm {
    CRC32
    CRC32C
    CRC64NVME
    MD5
    SHA1
    SHA256
    SHA512
    XXHASH64
    XXHASH3
    XXHASH128
}

// ---------------------------------------------------------------------------------------
// Shared.
// ---------------------------------------------------------------------------------------

/// HTTP versions a protocol may use, in order of preference.
@private
@mixin(localTraits: [private])
structure HttpConfiguration {
    /// HTTP versions for ordinary requests, e.g. "http/1.1", "h2".
    http: StringList

    /// HTTP versions for event-stream requests.
    eventStreamHttp: StringList
}

@private
list StringList {
    member: String
}
`;
