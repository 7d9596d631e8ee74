// errorfiles/validators cases smithy-ts does not pass yet, each with the reason. They run
// expecting failure, so fixing one makes its test fail until it is removed from this list.
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {};
