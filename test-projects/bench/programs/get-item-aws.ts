// The official AWS SDK v3 DynamoDB client's GetItem with its defaults, static fake credentials
// and the local endpoint. Unlike the other peers it also signs every request with SigV4.
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { GET_ITEM_INPUT, getItemSummary } from "./exchanges.js";
import { runPeer, type Peer } from "./harness.js";

function connect(endpoint: string): Peer {
  const client = new DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDBENCHMARK", secretAccessKey: "benchmark-secret-access-key" },
  });
  return {
    call: async () => getItemSummary((await client.send(new GetItemCommand(GET_ITEM_INPUT))).Item),
    close: () => client.destroy(),
  };
}

await runPeer(connect);
