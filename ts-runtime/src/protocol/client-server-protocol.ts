// One object speaking both sides of a protocol, made of its client half and its server half.
// Generated packages never use it (a client imports only the client half, a server only the
// server half); it serves tools, tests and round trips that want "the restJson1 protocol".
import type { HttpRequest, HttpResponse } from "../http/types.js";
import type { OperationSchema } from "../schema/schema.js";
import type { ClientProtocol, ClientSerdeContext, FrameworkError, ServerProtocol, ServerSerdeContext } from "./protocol.js";

export class ClientServerProtocol<C extends ClientProtocol = ClientProtocol, S extends ServerProtocol = ServerProtocol> implements ClientProtocol, ServerProtocol {
  readonly id: string;

  constructor(
    readonly client: C,
    readonly server: S,
  ) {
    if (client.id !== server.id) throw new Error(`the client half (${client.id}) and the server half (${server.id}) are different protocols`);
    this.id = client.id;
  }

  serializeRequest(operation: OperationSchema, input: Readonly<Record<string, unknown>>, ctx: ClientSerdeContext): Promise<HttpRequest> {
    return this.client.serializeRequest(operation, input, ctx);
  }

  deserializeResponse(operation: OperationSchema, response: HttpResponse, ctx: ClientSerdeContext): Promise<Record<string, unknown>> {
    return this.client.deserializeResponse(operation, response, ctx);
  }

  deserializeRequest(operation: OperationSchema, request: HttpRequest, ctx: ServerSerdeContext): Promise<Record<string, unknown>> {
    return this.server.deserializeRequest(operation, request, ctx);
  }

  serializeResponse(operation: OperationSchema, output: Readonly<Record<string, unknown>>, ctx: ServerSerdeContext): Promise<HttpResponse> {
    return this.server.serializeResponse(operation, output, ctx);
  }

  serializeError(operation: OperationSchema, error: Error, ctx: ServerSerdeContext): Promise<HttpResponse> {
    return this.server.serializeError(operation, error, ctx);
  }

  serializeFrameworkError(error: FrameworkError, ctx: ServerSerdeContext): HttpResponse {
    return this.server.serializeFrameworkError(error, ctx);
  }
}
