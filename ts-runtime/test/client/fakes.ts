// Test doubles for the client pipeline: a tiny JSON protocol, a scripted HTTP client, and
// schemas for a couple of operations.
import { ServiceError } from "../../src/errors.js";
import type { HttpClient, HttpRequest, HttpResponse } from "../../src/http/types.js";
import type { ClientProtocol, ClientSerdeContext } from "../../src/protocol/protocol.js";
import { STRING } from "../../src/schema/prelude.js";
import { deref, type OperationSchema, type ServiceSchema, type StructureSchema } from "../../src/schema/schema.js";
import { collectBody } from "../../src/http/body.js";

export class NotFound extends ServiceError {
  override readonly name = "NotFound";
  constructor(fields: Record<string, unknown>) {
    super(String(fields["message"] ?? ""), "NotFound", "client");
  }
}

export class Busy extends ServiceError {
  override readonly name = "Busy";
  constructor(fields: Record<string, unknown>) {
    super(String(fields["message"] ?? ""), "Busy", "server");
  }
}

const NOT_FOUND: StructureSchema = {
  kind: "structure",
  id: "test#NotFound",
  traits: { error: "client", httpError: 404 },
  members: [{ name: "message", target: STRING, traits: {} }],
  errorClass: () => NotFound as never,
};

const BUSY: StructureSchema = {
  kind: "structure",
  id: "test#Busy",
  traits: { error: "server", retryable: {} },
  members: [{ name: "message", target: STRING, traits: {} }],
  errorClass: () => Busy as never,
};

function structure(id: string, members: StructureSchema["members"]): StructureSchema {
  return { kind: "structure", id, traits: {}, members };
}

export const GET_THING: OperationSchema = {
  id: "test#GetThing",
  name: "GetThing",
  input: structure("test#GetThingInput", [{ name: "id", target: STRING, traits: {} }]),
  output: structure("test#GetThingOutput", [{ name: "name", target: STRING, traits: {} }]),
  errors: [NOT_FOUND, BUSY],
  traits: { readonly: true },
};

export const SERVICE: ServiceSchema = {
  id: "test#TestService",
  name: "TestService",
  version: "2024-01-01",
  protocol: { id: "test#fakeJson", settings: {} },
  authSchemes: [],
  errors: [],
  operations: [GET_THING],
};

export function operation(overrides: Partial<OperationSchema> & { traits?: OperationSchema["traits"] }): OperationSchema {
  return { ...GET_THING, ...overrides };
}

/**
 * POST /<Operation> with the input as JSON. Responses: 2xx -> JSON output; otherwise the
 * x-error header names the error, matched against the operation's modeled errors.
 */
export class FakeProtocol implements ClientProtocol {
  readonly id = "test#fakeJson";
  readonly contexts: ClientSerdeContext[] = [];

  async serializeRequest(op: OperationSchema, input: Readonly<Record<string, unknown>>, ctx: ClientSerdeContext): Promise<HttpRequest> {
    this.contexts.push(ctx);
    const body = JSON.stringify(input);
    return {
      method: "POST",
      protocol: "https:",
      hostname: "placeholder.invalid",
      path: `/${op.name}`,
      query: [],
      headers: { "content-type": "application/json" },
      body,
    };
  }

  async deserializeResponse(op: OperationSchema, response: HttpResponse): Promise<Record<string, unknown>> {
    const bytes = await collectBody(response.body);
    const text = new TextDecoder().decode(bytes);
    const parsed: unknown = text === "" ? {} : JSON.parse(text);
    const fields = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<string, unknown>;
    if (response.statusCode < 300) return fields;
    const code = response.headers["x-error"] ?? "UnknownError";
    for (const ref of op.errors) {
      const schema = deref(ref);
      if (schema.id.endsWith(`#${code}`) && schema.errorClass !== undefined) {
        const ErrorClass = schema.errorClass();
        throw new ErrorClass(fields);
      }
    }
    throw new ServiceError(String(fields["message"] ?? ""), code, response.statusCode >= 500 ? "server" : "client");
  }
}

export type Reply = HttpResponse | Error | ((request: HttpRequest, signal: AbortSignal | undefined) => Promise<HttpResponse>);

/** Answers requests from a script, recording each request. */
export class ScriptedHttpClient implements HttpClient {
  readonly requests: HttpRequest[] = [];
  readonly signals: (AbortSignal | undefined)[] = [];
  #replies: Reply[];

  constructor(...replies: Reply[]) {
    this.#replies = replies;
  }

  async handle(request: HttpRequest, options: { readonly signal?: AbortSignal }): Promise<HttpResponse> {
    this.requests.push(request);
    this.signals.push(options.signal);
    const reply = this.#replies.length > 1 ? this.#replies.shift()! : this.#replies[0];
    if (reply === undefined) throw new Error("ScriptedHttpClient: no reply scripted");
    if (reply instanceof Error) throw reply;
    if (typeof reply === "function") return reply(request, options.signal);
    return reply;
  }
}

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { statusCode, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) };
}

export function failure(statusCode: number, code: string, message = "", headers: Record<string, string> = {}): HttpResponse {
  return json(statusCode, { message }, { "x-error": code, ...headers });
}

/** A request that never answers until its signal aborts. */
export function hang(request: HttpRequest, signal: AbortSignal | undefined): Promise<HttpResponse> {
  return new Promise((_, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

/** Sleep that records delays and returns at once (honoring an already-aborted signal). */
export function recordingSleep(): { delays: number[]; sleep: (ms: number, signal?: AbortSignal) => Promise<void> } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms, signal) => {
      delays.push(ms);
      if (signal?.aborted) throw signal.reason;
    },
  };
}
