// Service-specific AWS customization traits (namespace aws.customizations), written for
// smithy-ts. Facts follow the Smithy AWS customizations specification.

export const AWS_CUSTOMIZATIONS_IDL = String.raw`$version: "2.0"

namespace aws.customizations

/// Amazon S3: the operation's XML output is not wrapped in an element named after the output.
@trait(selector: "operation")
structure s3UnwrappedXmlOutput {}
`;
