// One-operation program for the bundle-size benchmark: the generated client's GetItem.
import { DynamoDB_20120810Client } from "../../generated/dynamodb-client/src/index.js";

const client = new DynamoDB_20120810Client({ endpoint: "http://localhost:8000" });
const output = await client.getItem({ TableName: "Music", Key: { Artist: { S: "No One You Know" } } }).send();
console.log(output.Item);
