// The generated smithy-ts server (model/bench-service.smithy, restJson1) on node:http with
// default config: routing, body reading, deserialization, constraint validation, the handler,
// serialization.
import { toNodeListener } from "@smithy-ts/runtime/node-server";
import { BenchService, BenchServiceConfig } from "../generated/bench-server/src/index.js";
import { PUT_RECORD_VERSION } from "./exchanges.js";
import { serve } from "./server-harness.js";

const app = BenchService.builder(BenchServiceConfig.builder().build())
  .ping(async () => ({}))
  .putRecord(async (input) => ({ version: PUT_RECORD_VERSION, record: input.record }))
  .build();

serve(toNodeListener(app));
