// The generated smithy-ts client's GetItem (model/dynamodb.smithy, awsJson1_0) with its
// defaults: node:http keep-alive client, standard retries.
import { DynamoDB_20120810Client } from "../generated/dynamodb-client/src/index.js";
import { GET_ITEM_INPUT, getItemSummary } from "./exchanges.js";
import { runPeer, type Peer } from "./harness.js";

function connect(endpoint: string): Peer {
  const client = new DynamoDB_20120810Client({ endpoint });
  return {
    call: async () => getItemSummary((await client.getItem(GET_ITEM_INPUT).send()).Item),
    close: () => client.destroy(),
  };
}

await runPeer(connect);
