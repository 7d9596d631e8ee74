// The generated smithy-ts client's PutRecord (model/bench-service.smithy, restJson1) with its
// defaults: HTTP label, query and header bindings plus a structure payload each way.
import { BenchServiceClient } from "../generated/bench-client/src/index.js";
import { benchRecord, PUT_RECORD_ID, PUT_RECORD_TRACE_ID, putRecordSummary } from "./exchanges.js";
import { runPeer, type Peer } from "./harness.js";

function connect(endpoint: string): Peer {
  const client = new BenchServiceClient({ endpoint });
  const record = benchRecord();
  return {
    call: async () => {
      const output = await client.putRecord({ id: PUT_RECORD_ID, mode: "strict", traceId: PUT_RECORD_TRACE_ID, record }).send();
      return putRecordSummary(output.version, output.record);
    },
    close: () => client.destroy(),
  };
}

await runPeer(connect);
