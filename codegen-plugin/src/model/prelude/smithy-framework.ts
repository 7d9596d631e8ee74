// Framework shapes servers use without declaring them (namespace smithy.framework), written
// for smithy-ts. Facts follow the Smithy server validation specification.

export const SMITHY_FRAMEWORK_IDL = String.raw`$version: "2.0"

namespace smithy.framework

/// Returned when input does not satisfy the model's constraints.
@error("client")
structure ValidationException {
    /// A summary of every violation.
    @required
    message: String

    /// One entry per violation.
    fieldList: ValidationExceptionFieldList
}

/// One constraint violation.
structure ValidationExceptionField {
    /// JSON pointer to the offending input member.
    @required
    path: String

    /// What is wrong with it.
    @required
    message: String
}

list ValidationExceptionFieldList {
    member: ValidationExceptionField
}
`;
