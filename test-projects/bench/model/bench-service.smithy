$version: "2"

// The restJson1 service of the client and server benchmarks: an empty operation (routing and
// framing cost only) and one that carries about 1 KB of JSON each way through an HTTP label,
// a query parameter, a header and a structured body.
namespace smithy.ts.bench

use aws.protocols#restJson1

@restJson1
service BenchService {
    version: "2024-01-01"
    operations: [Ping, PutRecord]
}

@http(method: "POST", uri: "/ping")
operation Ping {
    input := {}
    output := {}
}

@idempotent
@http(method: "PUT", uri: "/records/{id}")
operation PutRecord {
    input := {
        @required
        @httpLabel
        @length(min: 1, max: 64)
        id: String

        @httpQuery("mode")
        mode: Mode

        @httpHeader("X-Trace-Id")
        traceId: String

        @required
        @httpPayload
        record: Record
    }
    output := {
        @required
        @httpHeader("X-Record-Version")
        version: Integer

        @required
        @httpPayload
        record: Record
    }
    errors: [RecordConflict]
}

enum Mode {
    STRICT = "strict"
    LENIENT = "lenient"
}

structure Record {
    @required
    @length(min: 1, max: 256)
    name: String

    @required
    @range(min: 0)
    count: Integer

    score: Double

    active: Boolean

    @timestampFormat("date-time")
    updatedAt: Timestamp

    tags: TagList

    attributes: AttributeMap

    items: ItemList
}

list TagList {
    member: String
}

map AttributeMap {
    key: String
    value: String
}

list ItemList {
    member: Item
}

structure Item {
    @required
    sku: String

    @required
    quantity: Integer

    price: Double
}

@error("client")
@httpError(409)
structure RecordConflict {
    message: String
}
