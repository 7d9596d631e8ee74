// One-operation program for the bundle-size benchmark: the generated restJson1 client's
// PutRecord (HTTP label, query, header and payload bindings).
import { BenchServiceClient } from "../../generated/bench-client/src/index.js";

const client = new BenchServiceClient({ endpoint: "http://localhost:8000" });
const output = await client.putRecord({ id: "rec-1", record: { name: "example", count: 1 } }).send();
console.log(output.version, output.record);
