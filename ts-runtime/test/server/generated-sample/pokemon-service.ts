// What the generator is expected to emit for a server (hand-written here to pin the runtime API
// down): operation types, the config builder, a builder with one setter per operation in three
// flavours, and the service schema. Only symbols of "@smithy-ts/runtime/codegen-v1",
// ".../codegen-v1/server" and ".../codegen-v1/rest-json1-server" are used.
import { BOOLEAN, INTEGER, STRING, type ServiceSchema, type StructureSchema } from "../../../src/codegen-v1.js";
import {
  MissingOperationsError,
  ServiceBuilder,
  ServiceConfigBuilder,
  type Handler,
  type HttpOperationService,
  type OperationService,
  type Service,
  type ServiceConfig,
} from "../../../src/codegen-v1/server.js";
import { restJson1Server } from "../../../src/codegen-v1/rest-json1-server.js";
import { ServiceError } from "../../../src/errors.js";

// --- types/ and error classes (elided to what the server needs) ---------------------------
export interface GetPokemonInput { name: string }
export interface GetPokemonOutput { name: string; level: number }
export interface CatchPokemonInput { name: string; ball?: string }
export interface CatchPokemonOutput { caught: boolean }

export class PokemonNotFound extends ServiceError {
  override readonly name: string = "PokemonNotFound";
  constructor(fields: { readonly message?: string }) {
    super(fields.message ?? "not found", "PokemonNotFound", "client");
  }
}

// --- schemas (readable literals) -------------------------------------------------------------
const PokemonNotFoundSchema: StructureSchema = {
  kind: "structure", id: "example.pokemon#PokemonNotFound", traits: { error: "client", httpError: 404 },
  members: [{ name: "message", target: STRING, traits: {} }],
  errorClass: () => PokemonNotFound,
};
export const PokemonServiceSchema: ServiceSchema = {
  id: "example.pokemon#PokemonService", name: "PokemonService", version: "2024-03-12",
  protocol: { id: "aws.protocols#restJson1", settings: {} }, authSchemes: [], errors: [],
  operations: [
    {
      id: "example.pokemon#GetPokemon", name: "GetPokemon",
      input: { kind: "structure", id: "example.pokemon#GetPokemonInput", traits: {}, members: [{ name: "name", target: STRING, traits: { required: true, httpLabel: true } }] },
      output: { kind: "structure", id: "example.pokemon#GetPokemonOutput", traits: {}, members: [
        { name: "name", target: STRING, traits: { required: true } },
        { name: "level", target: INTEGER, traits: { required: true, default: 1 } },
      ] },
      errors: [PokemonNotFoundSchema],
      traits: { http: { method: "GET", uri: "/pokemon/{name}", code: 200 }, readonly: true },
    },
    {
      id: "example.pokemon#CatchPokemon", name: "CatchPokemon",
      input: { kind: "structure", id: "example.pokemon#CatchPokemonInput", traits: {}, members: [
        { name: "name", target: STRING, traits: { required: true, httpLabel: true } },
        { name: "ball", target: STRING, traits: { pattern: "^(poke|great|ultra)$" } },
      ] },
      output: { kind: "structure", id: "example.pokemon#CatchPokemonOutput", traits: {}, members: [{ name: "caught", target: BOOLEAN, traits: { required: true } }] },
      errors: [],
      traits: { http: { method: "POST", uri: "/pokemon/{name}/catch", code: 200 } },
    },
  ],
};

// --- the service ------------------------------------------------------------------------------
export type PokemonServiceOperations = {
  GetPokemon: { input: GetPokemonInput; output: GetPokemonOutput; errors: PokemonNotFound };
  CatchPokemon: { input: CatchPokemonInput; output: CatchPokemonOutput; errors: never };
};
export type PokemonServiceOperationName = keyof PokemonServiceOperations;

export const PokemonServiceConfig = {
  builder: (): ServiceConfigBuilder<PokemonServiceOperationName> => new ServiceConfigBuilder<PokemonServiceOperationName>(),
};

export class PokemonServiceBuilder<Registered extends PokemonServiceOperationName = never> {
  readonly #inner: ServiceBuilder<PokemonServiceOperations, Registered>;

  private constructor(inner: ServiceBuilder<PokemonServiceOperations, Registered>) {
    this.#inner = inner;
  }

  static create(config?: ServiceConfig): PokemonServiceBuilder {
    return new PokemonServiceBuilder(new ServiceBuilder<PokemonServiceOperations>({ schema: PokemonServiceSchema, protocol: restJson1Server }, config));
  }

  /** Retrieves information about a Pokémon species. */
  getPokemon(handler: Handler<PokemonServiceOperations["GetPokemon"], "GetPokemon">): PokemonServiceBuilder<Registered | "GetPokemon"> {
    return new PokemonServiceBuilder(this.#inner.handler("GetPokemon", handler));
  }
  getPokemonService(service: OperationService<PokemonServiceOperations["GetPokemon"], "GetPokemon">): PokemonServiceBuilder<Registered | "GetPokemon"> {
    return new PokemonServiceBuilder(this.#inner.service("GetPokemon", service));
  }
  getPokemonCustom(service: HttpOperationService): PokemonServiceBuilder<Registered | "GetPokemon"> {
    return new PokemonServiceBuilder(this.#inner.custom("GetPokemon", service));
  }

  catchPokemon(handler: Handler<PokemonServiceOperations["CatchPokemon"], "CatchPokemon">): PokemonServiceBuilder<Registered | "CatchPokemon"> {
    return new PokemonServiceBuilder(this.#inner.handler("CatchPokemon", handler));
  }
  catchPokemonService(service: OperationService<PokemonServiceOperations["CatchPokemon"], "CatchPokemon">): PokemonServiceBuilder<Registered | "CatchPokemon"> {
    return new PokemonServiceBuilder(this.#inner.service("CatchPokemon", service));
  }
  catchPokemonCustom(service: HttpOperationService): PokemonServiceBuilder<Registered | "CatchPokemon"> {
    return new PokemonServiceBuilder(this.#inner.custom("CatchPokemon", service));
  }

  /** A compile-time error until every operation is registered; MissingOperationsError if the types were bypassed. */
  build(this: PokemonServiceBuilder<PokemonServiceOperationName>): Service {
    return this.#inner.build();
  }

  /** Builds with whatever is registered; the other operations answer 500. */
  buildUnchecked(): Service {
    return this.#inner.buildUnchecked();
  }
}

export const PokemonService = {
  builder: (config?: ServiceConfig): PokemonServiceBuilder => PokemonServiceBuilder.create(config),
};

export { MissingOperationsError };
