// Waiter traits (namespace smithy.waiters), written for smithy-ts from the Smithy waiters
// specification (docs/source-2.0/additional-specs/waiters.rst). Shape names of the private
// helper shapes match Smithy's own definition so JSON ASTs line up.

export const SMITHY_WAITERS_IDL = String.raw`$version: "2.0"

namespace smithy.waiters

/// Named waiters that poll an operation until a resource reaches a desired state.
@trait(selector: "operation :not(-[input, output]-> structure > member > union[trait|streaming])")
@length(min: 1)
map waitable {
    key: WaiterName
    value: Waiter
}

/// An UpperCamelCase waiter name.
@pattern("^[A-Z]+[A-Za-z0-9]*$")
string WaiterName

/// One waiter: its acceptors and retry delays.
@private
structure Waiter {
    /// CommonMark documentation of the waiter.
    documentation: String

    /// Checked in order after every call; at least one must lead to success.
    @required
    acceptors: Acceptors

    /// Lower bound, in seconds, of the delay between attempts.
    minDelay: WaiterDelay = 2

    /// Upper bound, in seconds, of the delay between attempts.
    maxDelay: WaiterDelay = 120

    /// Whether the waiter should no longer be used.
    deprecated: Boolean

    /// Tags used to group waiters.
    tags: NonEmptyStringList
}

/// A delay in seconds.
@range(min: 1)
integer WaiterDelay

@private
@length(min: 1)
list Acceptors {
    member: Acceptor
}

/// A state transition taken when its matcher matches.
@private
structure Acceptor {
    @required
    state: AcceptorState

    @required
    matcher: Matcher

    /// JMESPath expression extracting a message for the caller; failure acceptors only.
    message: String
}

@private
enum AcceptorState {
    /// Stop waiting: the desired state was reached.
    SUCCESS = "success"

    /// Stop waiting: the desired state cannot be reached.
    FAILURE = "failure"

    /// Call the operation again after a delay.
    RETRY = "retry"
}

/// How an acceptor tests the result of a call; exactly one member is set.
@private
union Matcher {
    /// A JMESPath test on the output of a successful call.
    output: PathMatcher

    /// A JMESPath test on an object holding both "input" and "output" of a successful call.
    inputOutput: PathMatcher

    /// Matches an error by shape id or name.
    errorType: String

    /// true matches any success, false matches any error.
    success: Boolean
}

/// A JMESPath expression and the value it must produce.
@private
structure PathMatcher {
    @required
    path: String

    @required
    expected: String

    @required
    comparator: PathComparator
}

@private
enum PathComparator {
    /// The result is a string equal to the expected value.
    STRING_EQUALS = "stringEquals"

    /// The result is a boolean equal to the expected "true" or "false".
    BOOLEAN_EQUALS = "booleanEquals"

    /// The result is a non-empty array whose items all equal the expected string.
    ALL_STRING_EQUALS = "allStringEquals"

    /// The result is an array with at least one item equal to the expected string.
    ANY_STRING_EQUALS = "anyStringEquals"
}

@private
list NonEmptyStringList {
    member: NonEmptyString
}

@private
@length(min: 1)
string NonEmptyString
`;
