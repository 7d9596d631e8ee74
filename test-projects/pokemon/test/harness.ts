// The two ways the end-to-end suite connects a generated client to the example service, and the
// two protocols it speaks. Every test runs over each combination.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FetchHttpClient, type ClientConfig, type HttpClient } from "@smithy-ts/runtime";
import { toNodeListener } from "@smithy-ts/runtime/node-server";
import type { Service } from "@smithy-ts/runtime/server";
import * as RestClient from "../src/packages/client.js";
import * as JsonClient from "../src/packages/json-client.js";

export interface Connection {
  readonly endpoint: string;
  /** The HTTP client to give generated clients; undefined means their default (node:http). */
  readonly httpClient: HttpClient | undefined;
  close(): Promise<void>;
}

export interface Transport {
  readonly name: string;
  connect(service: Service): Promise<Connection>;
}

/** A real node:http server on a loopback port, called through the client's default HTTP client. */
export const loopback: Transport = {
  name: "loopback HTTP",
  async connect(service) {
    const server = createServer(toNodeListener(service));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      endpoint: `http://127.0.0.1:${port}`,
      httpClient: undefined,
      close: () =>
        new Promise<void>((resolve, reject) => {
          server.close((e) => (e ? reject(e) : resolve()));
          server.closeAllConnections();
        }),
    };
  },
};

/**
 * No sockets: the client's HTTP client hands each request to the service's Fetch API entry
 * point (`service.fetch`), and the service's Response comes straight back.
 */
export const inMemory: Transport = {
  name: "in memory",
  async connect(service) {
    const httpClient = new FetchHttpClient({ fetch: (input, init) => service.fetch(new Request(input, init)) });
    return { endpoint: "http://pokemon.test", httpClient, close: async () => undefined };
  },
};

/** A generated client package as the suite uses it: the client and its modeled error classes. */
export interface Protocol {
  readonly name: string;
  /** The service name GetServerInfo reports. */
  readonly serviceName: string;
  /** Whether members bound to HTTP headers, labels and query strings travel there (restJson1) or in the body (awsJson1_0). */
  readonly httpBindings: boolean;
  newClient(config: ClientConfig): RestClient.PokemonServiceClient;
  readonly errors: ClientErrors;
}

/** Both client packages export these classes; the suite checks errors with `instanceof` them. */
export interface ClientErrors {
  readonly ResourceNotFound: typeof RestClient.ResourceNotFound | typeof JsonClient.ResourceNotFound;
  readonly NotAuthorized: typeof RestClient.NotAuthorized | typeof JsonClient.NotAuthorized;
  readonly TrainerNameTaken: typeof RestClient.TrainerNameTaken | typeof JsonClient.TrainerNameTaken;
  readonly PartyFull: typeof RestClient.PartyFull | typeof JsonClient.PartyFull;
  readonly Throttled: typeof RestClient.Throttled | typeof JsonClient.Throttled;
  readonly ValidationException: typeof RestClient.ValidationException | typeof JsonClient.ValidationException;
}

export const restJson1: Protocol = {
  name: "restJson1",
  serviceName: "PokemonService",
  httpBindings: true,
  newClient: (config) => new RestClient.PokemonServiceClient(config),
  errors: RestClient,
};

export const awsJson1_0: Protocol = {
  name: "awsJson1_0",
  serviceName: "PokemonJsonService",
  httpBindings: false,
  // The twin's client has the same operations with structurally identical types.
  newClient: (config) => new JsonClient.PokemonJsonServiceClient(config),
  errors: JsonClient,
};

/** Every protocol over every transport, as `describe.each` rows. */
export const MATRIX = [restJson1, awsJson1_0].flatMap((protocol) =>
  [loopback, inMemory].map((transport) => ({ label: `${protocol.name} over ${transport.name}`, protocol, transport })),
);
