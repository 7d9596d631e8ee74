// Smithy's own protocols (namespace smithy.protocols), written for smithy-ts.
// Facts follow the Smithy RPC v2 specifications; wording and layout are ours.

export const SMITHY_PROTOCOLS_IDL = String.raw`$version: "2.0"

namespace smithy.protocols

/// The Smithy RPC v2 protocol with CBOR payloads.
@trait(selector: "service")
@protocolDefinition(traits: [cors, endpoint, hostLabel, httpError, requestCompression])
@traitValidators(
    "rpcv2Cbor.NoDocuments": {
        selector: "service ~> member :test(> document)"
        message: "This protocol does not support document types in most possible scenarios."
        severity: "DANGER"
    }
)
structure rpcv2Cbor {
    /// HTTP versions for ordinary requests, in order of preference.
    http: StringList

    /// HTTP versions for event-stream requests, in order of preference.
    eventStreamHttp: StringList
}

/// The Smithy RPC v2 protocol with JSON payloads.
@trait(selector: "service")
@protocolDefinition(traits: [cors, endpoint, hostLabel, httpError, requestCompression])
structure rpcv2Json {
    /// HTTP versions for ordinary requests, in order of preference.
    http: StringList

    /// HTTP versions for event-stream requests, in order of preference.
    eventStreamHttp: StringList
}

@private
list StringList {
    member: String
}
`;
