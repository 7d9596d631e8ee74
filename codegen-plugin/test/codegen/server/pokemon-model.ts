// A small restJson1 service for the server-mode tests and golden output: labels, query and
// header bindings, constraint traits (length, pattern, range, enums with an @internal member,
// a legacy @enum string, uniqueItems, a pattern prone to catastrophic backtracking), modeled
// errors (one with a member named like a ServiceError property, one service-wide),
// smithy.framework#ValidationException, a streaming input blob, a document, a map, a Unit
// operation and defaults. The protocol-tests project serves it in its adapter and hostile-input
// tests.
import { loadModel } from "../../../src/model/loader.js";
import type { Model } from "../../../src/model/index.js";

export const POKEMON_IDL = `
$version: "2.0"

namespace example.pokemon

use aws.protocols#restJson1
use smithy.framework#ValidationException

/// Pokémon species and the trainers who catch them.
@restJson1
service PokemonService {
    version: "2024-03-12"
    operations: [GetPokemon, CatchPokemon, UploadSprite, Ping]
    errors: [Throttled]
}

/// Retrieves information about a Pokémon species.
@readonly
@http(method: "GET", uri: "/pokemon/{name}")
operation GetPokemon {
    input := {
        @required
        @httpLabel
        @length(min: 1, max: 32)
        name: String

        @httpQuery("lang")
        language: Language = "en"
    }
    output := {
        @required
        name: String

        @required
        level: Level

        kind: Kind

        moves: MoveList
    }
    errors: [PokemonNotFound, ValidationException]
}

@http(method: "POST", uri: "/pokemon/{name}/catch")
operation CatchPokemon {
    input := {
        @required
        @httpLabel
        name: String

        @pattern("^(poke|great|ultra)$")
        ball: String

        @httpHeader("X-Trainer")
        trainer: String

        attempts: Level = 1

        /// A pattern that backtracks catastrophically in a naive regex engine.
        @pattern("^([0-9]+)+$")
        trainerId: String

        notes: Document

        stats: StatMap
    }
    output := {
        @required
        caught: Boolean
    }
    errors: [ValidationException]
}

@idempotent
@http(method: "PUT", uri: "/sprites/{name}")
operation UploadSprite {
    input := {
        @required
        @httpLabel
        name: String

        @httpPayload
        @required
        image: Sprite
    }
}

@readonly
@http(method: "GET", uri: "/ping")
operation Ping {}

@streaming
blob Sprite

@range(min: 1, max: 100)
integer Level

enum Language {
    EN = "en"
    FR = "fr"

    @internal
    DEBUG = "debug"
}

@enum([
    { value: "fire", name: "FIRE" }
    { value: "water", name: "WATER" }
    { value: "glitch", name: "GLITCH", tags: ["internal"] }
])
string Kind

map StatMap {
    key: String
    value: Integer
}

@uniqueItems
list MoveList {
    member: String
}

@error("client")
@httpError(404)
structure PokemonNotFound {
    @required
    message: String

    /// The error code the game uses.
    code: String
}

@error("server")
@retryable(throttling: true)
@httpError(503)
structure Throttled {
    message: String
}
`;

export function pokemonModel(): Model {
  const { model, events } = loadModel([{ filename: "pokemon.smithy", text: POKEMON_IDL }]);
  const errors = events.filter((e) => e.severity === "ERROR");
  if (errors.length > 0) throw new Error(`pokemon model does not load: ${errors.map((e) => e.message).join("; ")}`);
  return model;
}
