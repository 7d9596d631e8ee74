// Test support for the server runtime: a small JSON protocol standing in for the real ones
// (enough to exercise routing, the upgrade, plugins and adapters), and a test service.
import { ServiceError } from "../../src/errors.js";
import type { HttpRequest, HttpResponse } from "../../src/http/types.js";
import { FrameworkError, type ServerProtocol, type ServerSerdeContext } from "../../src/protocol/protocol.js";
import { deref, INTEGER, STRING, type OperationSchema, type ServiceSchema, type StructureSchema } from "../../src/schema/index.js";
import type { Violation } from "../../src/server/validation/messages.js";

const decoder = new TextDecoder("utf-8", { fatal: true });

function shapeName(id: string): string {
  return id.slice(id.indexOf("#") + 1);
}

/**
 * JSON bodies, @httpHeader/@httpQuery/@httpLabel members read as strings, errors named by
 * X-Amzn-Errortype. Labels are read back from the path with the operation's uri pattern.
 */
export class FakeJsonProtocol implements ServerProtocol {
  readonly id = "aws.protocols#restJson1";
  deserialized = 0;

  async deserializeRequest(operation: OperationSchema, request: HttpRequest, _ctx: ServerSerdeContext): Promise<Record<string, unknown>> {
    this.deserialized++;
    const input: Record<string, unknown> = {};
    const body = request.body;
    if (body !== undefined && !(typeof body === "string" && body === "") && !(body instanceof Uint8Array && body.length === 0)) {
      let text: string;
      try {
        text = typeof body === "string" ? body : decoder.decode(body as Uint8Array);
      } catch (e) {
        throw new FrameworkError("Serialization", "body is not UTF-8", { cause: e });
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new FrameworkError("Serialization", "body is not JSON", { cause: e });
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new FrameworkError("Serialization", "body is not a JSON object");
      for (const [k, v] of Object.entries(parsed)) if (k !== "__proto__") input[k] = v;
    }
    const schema = deref(operation.input);
    const labels = readLabels(operation, request.path);
    for (const m of schema.members) {
      if (m.traits.httpHeader !== undefined) {
        const v = request.headers[m.traits.httpHeader.toLowerCase()];
        if (v !== undefined) input[m.name] = v;
      } else if (m.traits.httpQuery !== undefined) {
        const pair = request.query.find(([k]) => k === m.traits.httpQuery);
        if (pair !== undefined) input[m.name] = pair[1];
      } else if (m.traits.httpLabel && labels[m.name] !== undefined) {
        input[m.name] = labels[m.name];
      }
    }
    return input;
  }

  async serializeResponse(operation: OperationSchema, output: Readonly<Record<string, unknown>>, _ctx: ServerSerdeContext): Promise<HttpResponse> {
    return { statusCode: operation.traits.http?.code ?? 200, headers: { "content-type": "application/json" }, body: JSON.stringify(output) };
  }

  async serializeError(operation: OperationSchema, error: Error, ctx: ServerSerdeContext): Promise<HttpResponse> {
    for (const ref of [...operation.errors, ...ctx.service.errors]) {
      const schema = deref(ref);
      const errorClass = schema.errorClass?.();
      if (errorClass !== undefined && error instanceof errorClass) {
        const fields: Record<string, unknown> = {};
        for (const m of schema.members) fields[m.name] = (error as unknown as Record<string, unknown>)[m.name];
        return {
          statusCode: schema.traits.httpError ?? (schema.traits.error === "server" ? 500 : 400),
          headers: { "content-type": "application/json", "x-amzn-errortype": shapeName(schema.id) },
          body: JSON.stringify(fields),
        };
      }
    }
    return this.serializeFrameworkError(new FrameworkError("InternalFailure", "unmodeled"), ctx);
  }

  serializeFrameworkError(error: FrameworkError, _ctx: ServerSerdeContext): HttpResponse {
    const message = error.errorKind === "InternalFailure" ? "Internal failure" : error.message;
    return {
      statusCode: error.statusCode,
      headers: { "content-type": "application/json", "x-amzn-errortype": `${error.errorKind}Exception` },
      body: JSON.stringify({ message }),
    };
  }
}

function readLabels(operation: OperationSchema, path: string): Record<string, string> {
  const uri = operation.traits.http?.uri.split("?")[0] ?? "/";
  const pattern = uri.split("/").filter((s) => s !== "");
  const parts = path.split("/").filter((s) => s !== "");
  const labels: Record<string, string> = {};
  pattern.forEach((seg, i) => {
    const m = /^\{(\w+)(\+?)\}$/.exec(seg);
    if (m) labels[m[1]!] = m[2] === "+" ? parts.slice(i).map(decodeURIComponent).join("/") : decodeURIComponent(parts[i] ?? "");
  });
  return labels;
}

// --- a test service ----------------------------------------------------------------------------

export class ValidationException extends ServiceError {
  override readonly name: string = "ValidationException";
  readonly fieldList: readonly Violation[] | undefined;
  constructor(fields: Record<string, unknown>) {
    super(String(fields["message"]), "ValidationException", "client");
    this.fieldList = fields["fieldList"] as Violation[] | undefined;
  }
}

export class PokemonNotFound extends ServiceError {
  override readonly name: string = "PokemonNotFound";
  readonly pokemon: string;
  constructor(fields: Record<string, unknown>) {
    super("not found", "PokemonNotFound", "client");
    this.pokemon = String(fields["pokemon"]);
  }
}

export const VALIDATION_EXCEPTION: StructureSchema = {
  kind: "structure",
  id: "smithy.framework#ValidationException",
  traits: { error: "client" },
  members: [
    { name: "message", target: STRING, traits: { required: true } },
    { name: "fieldList", target: STRING, traits: {} },
  ],
  errorClass: () => ValidationException,
};

export const POKEMON_NOT_FOUND: StructureSchema = {
  kind: "structure",
  id: "test.pokemon#PokemonNotFound",
  traits: { error: "client", httpError: 404 },
  members: [{ name: "pokemon", target: STRING, traits: {} }],
  errorClass: () => PokemonNotFound,
};

const NAME = { ...STRING, id: "test.pokemon#Name", traits: { length: { min: 1, max: 12 } } } as const;

function structure(id: string, members: StructureSchema["members"]): StructureSchema {
  return { kind: "structure", id, traits: {}, members };
}

export const GET_POKEMON: OperationSchema = {
  id: "test.pokemon#GetPokemon",
  name: "GetPokemon",
  input: structure("test.pokemon#GetPokemonInput", [
    { name: "name", target: NAME, traits: { required: true, httpLabel: true, length: { min: 1, max: 12 } } },
    { name: "lang", target: STRING, traits: { httpQuery: "lang", default: "en" } },
  ]),
  output: structure("test.pokemon#GetPokemonOutput", [
    { name: "name", target: STRING, traits: { required: true } },
    { name: "level", target: INTEGER, traits: { default: 1 } },
    { name: "lang", target: STRING, traits: {} },
  ]),
  errors: [POKEMON_NOT_FOUND, VALIDATION_EXCEPTION],
  traits: { http: { method: "GET", uri: "/pokemon/{name}", code: 200 }, readonly: true },
};

export const CATCH_POKEMON: OperationSchema = {
  id: "test.pokemon#CatchPokemon",
  name: "CatchPokemon",
  input: structure("test.pokemon#CatchPokemonInput", [
    { name: "name", target: NAME, traits: { required: true, httpLabel: true, length: { min: 1, max: 12 } } },
    { name: "ball", target: STRING, traits: { required: true, pattern: "^(poke|great|ultra)$" } },
    { name: "attempts", target: INTEGER, traits: { range: { min: 1, max: 3 } } },
  ]),
  output: structure("test.pokemon#CatchPokemonOutput", [{ name: "caught", target: STRING, traits: {} }]),
  // No ValidationException: constraint violations use the runtime's own.
  errors: [],
  traits: { http: { method: "POST", uri: "/pokemon/{name}/catch", code: 201 } },
};

export const LIST_FILES: OperationSchema = {
  id: "test.pokemon#ListFiles",
  name: "ListFiles",
  input: structure("test.pokemon#ListFilesInput", [{ name: "key", target: STRING, traits: { required: true, httpLabel: true } }]),
  output: structure("test.pokemon#ListFilesOutput", [{ name: "key", target: STRING, traits: {} }]),
  errors: [],
  traits: { http: { method: "GET", uri: "/files/{key+}", code: 200 } },
};

export const HEALTH: OperationSchema = {
  id: "test.pokemon#Health",
  name: "Health",
  input: structure("test.pokemon#HealthInput", []),
  output: structure("test.pokemon#HealthOutput", [{ name: "status", target: STRING, traits: {} }]),
  errors: [],
  traits: { http: { method: "GET", uri: "/health", code: 200 } },
};

export const POKEMON_SERVICE: ServiceSchema = {
  id: "test.pokemon#PokemonService",
  name: "PokemonService",
  version: "2024-01-01",
  protocol: { id: "aws.protocols#restJson1", settings: {} },
  authSchemes: [],
  errors: [],
  operations: [GET_POKEMON, CATCH_POKEMON, LIST_FILES, HEALTH],
};

export type PokemonOperations = {
  GetPokemon: { input: { name: string; lang: string }; output: { name: string; level?: number; lang?: string }; errors: PokemonNotFound | ValidationException };
  CatchPokemon: { input: { name: string; ball: string; attempts?: number }; output: { caught?: string }; errors: never };
  ListFiles: { input: { key: string }; output: { key?: string }; errors: never };
  Health: { input: Record<string, never>; output: { status?: string }; errors: never };
};

/** A logger that records what it is told, for assertions. */
export function recordingLogger(): { errors: { message: string; report: unknown }[]; warnings: string[]; logger: { error(m: string, r: unknown): void; warn(m: string): void } } {
  const errors: { message: string; report: unknown }[] = [];
  const warnings: string[] = [];
  return { errors, warnings, logger: { error: (message, report) => errors.push({ message, report }), warn: (m) => warnings.push(m) } };
}

/** Builds a ServerRequest-like object for `service.handle`. */
export function request(method: string, target: string, init: { headers?: Record<string, string>; body?: string } = {}): HttpRequest {
  const q = target.indexOf("?");
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? [] : target.slice(q + 1).split("&").filter((p) => p !== "").map((p): [string, string] => {
    const eq = p.indexOf("=");
    return eq < 0 ? [decodeURIComponent(p), ""] : [decodeURIComponent(p.slice(0, eq)), decodeURIComponent(p.slice(eq + 1))];
  });
  return { method, protocol: "http:", hostname: "localhost", path, query, headers: init.headers ?? {}, body: init.body };
}

export async function bodyText(response: HttpResponse): Promise<string> {
  const b = response.body;
  if (b === undefined) return "";
  if (typeof b === "string") return b;
  if (b instanceof Uint8Array) return new TextDecoder().decode(b);
  throw new Error("streaming bodies are not expected here");
}

export async function bodyJson(response: HttpResponse): Promise<unknown> {
  return JSON.parse(await bodyText(response));
}
