// One-operation program for the bundle-size benchmark: the AWS SDK v3 DynamoDB client's GetItem.
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";

const client = new DynamoDBClient({ endpoint: "http://localhost:8000", region: "us-east-1" });
const output = await client.send(new GetItemCommand({ TableName: "Music", Key: { Artist: { S: "No One You Know" } } }));
console.log(output.Item);
