$version: "2"

// A subset of DynamoDB's GetItem, written for the client benchmarks: the same service id,
// protocol and wire format as the real service, so the official AWS SDK v3 client
// (@aws-sdk/client-dynamodb) and our generated client can talk to one local fake server.
// Authentication is left out (our runtime has no SigV4); the AWS SDK still signs every request.
namespace com.amazonaws.dynamodb

use aws.protocols#awsJson1_0

@awsJson1_0
service DynamoDB_20120810 {
    version: "2012-08-10"
    operations: [GetItem]
}

operation GetItem {
    input: GetItemInput
    output: GetItemOutput
    errors: [ResourceNotFoundException, ProvisionedThroughputExceededException, InternalServerError]
}

structure GetItemInput {
    @required
    TableName: TableName

    @required
    Key: Key

    ConsistentRead: ConsistentRead

    ReturnConsumedCapacity: ReturnConsumedCapacity

    ProjectionExpression: ProjectionExpression

    ExpressionAttributeNames: ExpressionAttributeNameMap
}

structure GetItemOutput {
    Item: AttributeMap

    ConsumedCapacity: ConsumedCapacity
}

@length(min: 1, max: 1024)
string TableName

boolean ConsistentRead

string ProjectionExpression

string AttributeName

string ExpressionAttributeNameVariable

map Key {
    key: AttributeName
    value: AttributeValue
}

map AttributeMap {
    key: AttributeName
    value: AttributeValue
}

map ExpressionAttributeNameMap {
    key: ExpressionAttributeNameVariable
    value: AttributeName
}

union AttributeValue {
    S: String
    N: String
    B: Blob
    SS: StringSetValue
    NS: NumberSetValue
    BS: BinarySetValue
    M: MapAttributeValue
    L: ListAttributeValue
    NULL: Boolean
    BOOL: Boolean
}

list StringSetValue {
    member: String
}

list NumberSetValue {
    member: String
}

list BinarySetValue {
    member: Blob
}

map MapAttributeValue {
    key: AttributeName
    value: AttributeValue
}

list ListAttributeValue {
    member: AttributeValue
}

enum ReturnConsumedCapacity {
    INDEXES
    TOTAL
    NONE
}

structure ConsumedCapacity {
    TableName: TableName
    CapacityUnits: Double
    ReadCapacityUnits: Double
    WriteCapacityUnits: Double
}

@error("client")
structure ResourceNotFoundException {
    message: String
}

@error("client")
structure ProvisionedThroughputExceededException {
    message: String
}

@error("server")
structure InternalServerError {
    message: String
}
