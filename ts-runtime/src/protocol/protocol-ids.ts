// The protocol trait ids this runtime implements, in a module of their own so that client
// halves, server halves and lookups can name a protocol without loading one another.
export const REST_JSON_1 = "aws.protocols#restJson1";
export const AWS_JSON_1_0 = "aws.protocols#awsJson1_0";
export const AWS_JSON_1_1 = "aws.protocols#awsJson1_1";
