// AWS authentication traits (namespace aws.auth), written for smithy-ts.
// Facts follow the Smithy AWS authentication specification; wording and layout are ours.

export const AWS_AUTH_IDL = String.raw`$version: "2.0"

namespace aws.auth

/// AWS Signature Version 4 request signing.
@trait(
    selector: "service"
    breakingChanges: [
        {
            change: "remove"
            message: "Removing the existing authentication scheme is not backward compatible and can break existing clients' authentication."
        }
    ]
)
@authDefinition(traits: [unsignedPayload])
structure sigv4 {
    /// The signing name of the service.
    @required
    @length(min: 1)
    name: String
}

/// AWS Signature Version 4a (multi-region) request signing.
@trait(
    selector: "service[trait|aws.auth#sigv4]"
    breakingChanges: [
        {
            change: "remove"
            message: "Removing the existing authentication scheme is not backward compatible and can break existing clients' authentication."
        }
    ]
)
@authDefinition(traits: [unsignedPayload])
structure sigv4a {
    /// The signing name of the service.
    @required
    @length(min: 1)
    name: String
}

/// Signs a request without hashing its payload.
@trait(selector: "operation")
structure unsignedPayload {}

/// Amazon Cognito user pool authentication.
@trait(selector: "service")
@authDefinition
@internal
@tags(["internal"])
structure cognitoUserPools {
    /// ARNs of the user pools.
    @required
    providerArns: StringList
}

/// OAuth scopes an operation requires under Cognito user pool authentication.
@trait(selector: "service[trait|aws.auth#cognitoUserPools] ~> operation")
@internal
@tags(["internal"])
@length(min: 1)
list cognitoUserPoolsScopes {
    member: String
}

@private
list StringList {
    member: String
}
`;
