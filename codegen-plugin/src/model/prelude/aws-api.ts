// AWS service and resource metadata traits (namespace aws.api), written for smithy-ts.
// Facts follow the Smithy AWS core specification; wording and layout are ours.

export const AWS_API_IDL = String.raw`$version: "2.0"

namespace aws.api

// ---------------------------------------------------------------------------------------
// Service metadata.
// ---------------------------------------------------------------------------------------

/// Identifies an AWS service: SDK id, ARN namespace and related names.
@trait(selector: "service")
structure service {
    /// Name SDKs use for the service.
    @required
    sdkId: String

    arnNamespace: ArnNamespace

    cloudFormationName: CloudFormationName

    cloudTrailEventSource: String

    docId: String

    endpointPrefix: String

    cloudWatchNamespace: CloudWatchMetricNamespace
}

@private
@pattern("^[a-z0-9.\\-]{1,63}$")
string ArnNamespace

@private
@pattern("^[A-Z][A-Za-z0-9]+$")
string CloudFormationName

@private
@length(min: 1, max: 255)
@pattern("^[^:].*$")
string CloudWatchMetricNamespace

/// Marks a service, resource or operation as part of the control plane.
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.api#dataPlane"]
)
structure controlPlane {}

/// Marks a service, resource or operation as part of the data plane.
@trait(
    selector: ":test(service, resource, operation)"
    conflicts: ["aws.api#controlPlane"]
)
structure dataPlane {}

/// Classifies the kind of data a shape holds.
@trait(selector: ":test(simpleType, list, structure, union, member)")
enum data {
    CUSTOMER_CONTENT = "content"
    CUSTOMER_ACCOUNT_INFORMATION = "account"
    SERVICE_ATTRIBUTES = "usage"
    TAG_DATA = "tagging"
    PERMISSIONS_DATA = "permissions"
}

// ---------------------------------------------------------------------------------------
// ARNs.
// ---------------------------------------------------------------------------------------

/// The ARN template of a resource.
@trait(selector: "resource")
structure arn {
    @required
    template: String

    absolute: Boolean

    noRegion: Boolean

    noAccount: Boolean

    resourceDelimiter: ResourceDelimiter

    reusable: Boolean
}

@private
enum ResourceDelimiter {
    FORWARD_SLASH = "/"
    COLON = ":"
}

/// Says that a string holds the ARN of a resource.
@trait(selector: "string")
structure arnReference {
    type: String
    resource: String
    service: String
}

// ---------------------------------------------------------------------------------------
// Endpoint discovery.
// ---------------------------------------------------------------------------------------

/// Configures endpoint discovery for a service.
@trait(selector: "service")
structure clientEndpointDiscovery {
    /// The operation that returns endpoints.
    @required
    @idRef(failWhenMissing: true, selector: "operation")
    operation: String

    /// The error returned when a discovered endpoint is no longer valid.
    @recommended
    @idRef(failWhenMissing: true, selector: "structure[trait|error]")
    error: String
}

/// Marks an operation as using discovered endpoints.
@trait(selector: "operation")
structure clientDiscoveredEndpoint {
    @required
    required: Boolean
}

/// Marks an input member as part of the endpoint discovery cache key.
@trait(
    selector: """
        operation[trait|aws.api#clientDiscoveredEndpoint] -[input]->
        structure > :test(member[trait|required] > string)"""
)
structure clientEndpointDiscoveryId {}

// ---------------------------------------------------------------------------------------
// Streaming.
// ---------------------------------------------------------------------------------------

/// Sends a streaming blob with aws-chunked content encoding.
@trait(
    selector: "blob[trait|streaming]"
    breakingChanges: [{ change: "remove" }]
)
structure awsChunked {}

// ---------------------------------------------------------------------------------------
// Tagging.
// ---------------------------------------------------------------------------------------

/// Marks a service as supporting resource tagging.
@unstable
@trait(selector: "service")
structure tagEnabled {
    disableDefaultOperations: Boolean

    apiConfig: TaggableServiceApiConfig
}

structure TaggableServiceApiConfig {
    tagApi: ServiceTagOperationReference

    untagApi: ServiceTagOperationReference

    listTagsApi: ServiceTagOperationReference
}

@idRef(failWhenMissing: true, selector: "service > operation")
string ServiceTagOperationReference

/// Marks a resource as taggable and names its tagging operations.
@unstable
@trait(selector: "resource")
structure taggable {
    property: String

    apiConfig: TaggableApiConfig

    disableSystemTags: Boolean
}

structure TaggableApiConfig {
    @required
    tagApi: TagOperationReference

    @required
    untagApi: TagOperationReference

    @required
    listTagsApi: TagOperationReference
}

@idRef(failWhenMissing: true, selector: "resource > operation")
string TagOperationReference
`;
