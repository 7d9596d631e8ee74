$version: "2.0"

namespace example.pokemon

use aws.protocols#restJson1
use smithy.framework#ValidationException

/// A Pokédex of species, the trainers who register with it, the Pokémon they catch, and the
/// sprites that picture them, over HTTP and JSON.
@restJson1
@paginated(inputToken: "nextToken", outputToken: "nextToken", pageSize: "pageSize")
service PokemonService {
    version: "2024-06-01"
    resources: [Species, Trainer, Sprite]
    operations: [GetServerInfo]
    errors: [Throttled, ValidationException]
}

// ---------------------------------------------------------------------------------------------
// The server itself

/// Describes the server and echoes the id it assigned to this request.
@readonly
@http(method: "GET", uri: "/info")
operation GetServerInfo {
    input := {}
    output := {
        @required
        service: String

        @required
        version: String

        /// The request id the server used: the caller's `X-Request-Id` when it sent a sane one.
        @required
        requestId: String
    }
}

// ---------------------------------------------------------------------------------------------
// Species: read-only reference data

/// A Pokémon species in the Pokédex.
resource Species {
    identifiers: { name: SpeciesName }
    read: GetSpecies
    list: ListSpecies
}

/// Looks up one species by its name, in the language asked for.
@readonly
@http(method: "GET", uri: "/species/{name}")
operation GetSpecies {
    input := {
        @required
        @httpLabel
        name: SpeciesName

        @httpQuery("lang")
        language: Language = "en"
    }
    output := {
        @required
        species: SpeciesSummary

        /// The language `species.displayName` is written in.
        @required
        @httpHeader("Content-Language")
        language: Language
    }
    errors: [ResourceNotFound]
}

/// Lists the species in Pokédex order, optionally only those of one type.
@readonly
@http(method: "GET", uri: "/species")
@paginated(items: "species")
operation ListSpecies {
    input := {
        @httpQuery("type")
        type: PokemonType

        @httpQuery("pageSize")
        pageSize: PageSize = 10

        @httpQuery("nextToken")
        nextToken: PageToken
    }
    output := {
        @required
        species: SpeciesSummaries

        nextToken: PageToken
    }
}

structure SpeciesSummary {
    @required
    name: SpeciesName

    /// The species' name in the requested language.
    @required
    displayName: String

    /// Its number in the national Pokédex.
    @required
    number: PokedexNumber

    @required
    types: PokemonTypes
}

list SpeciesSummaries {
    member: SpeciesSummary
}

/// Lower-case species name, as in URLs: "pikachu", "mr-mime".
@length(min: 1, max: 32)
@pattern("^[a-z][a-z0-9-]*$")
string SpeciesName

@range(min: 1, max: 1025)
integer PokedexNumber

enum PokemonType {
    NORMAL = "normal"
    FIRE = "fire"
    WATER = "water"
    GRASS = "grass"
    ELECTRIC = "electric"
    BUG = "bug"
    FLYING = "flying"
    POISON = "poison"
}

@length(min: 1, max: 2)
list PokemonTypes {
    member: PokemonType
}

enum Language {
    EN = "en"
    FR = "fr"
}

@range(min: 1, max: 50)
integer PageSize

@length(min: 1, max: 64)
string PageToken

// ---------------------------------------------------------------------------------------------
// Trainers

/// A registered trainer. Changing or deleting a trainer, and catching or releasing Pokémon for
/// one, requires the trainer's secret in the `X-Trainer-Secret` header.
resource Trainer {
    identifiers: { trainerId: TrainerId }
    create: CreateTrainer
    read: GetTrainer
    update: UpdateTrainer
    delete: DeleteTrainer
    resources: [CaughtPokemon]
}

/// Registers a trainer. Retrying with the same `clientToken` returns the trainer the first call
/// created instead of failing with `TrainerNameTaken`.
@http(method: "POST", uri: "/trainers", code: 201)
operation CreateTrainer {
    input := {
        @required
        name: TrainerName

        @required
        secret: TrainerSecret

        email: Email

        hometown: Hometown = "Pallet Town"

        /// Filled in by clients when left unset, so that retries are safe.
        @idempotencyToken
        clientToken: ClientToken
    }
    output := {
        @required
        trainer: TrainerSummary
    }
    errors: [TrainerNameTaken]
}

@readonly
@http(method: "GET", uri: "/trainers/{trainerId}")
operation GetTrainer {
    input := {
        @required
        @httpLabel
        trainerId: TrainerId
    }
    output := {
        @required
        trainer: TrainerSummary
    }
    errors: [ResourceNotFound]
}

/// Replaces a trainer's profile: members left out keep their value.
@idempotent
@http(method: "PUT", uri: "/trainers/{trainerId}")
operation UpdateTrainer {
    input := {
        @required
        @httpLabel
        trainerId: TrainerId

        @required
        @httpHeader("X-Trainer-Secret")
        secret: TrainerSecret

        @required
        @httpPayload
        profile: TrainerProfile
    }
    output := {
        @required
        trainer: TrainerSummary
    }
    errors: [ResourceNotFound, NotAuthorized, TrainerNameTaken]
}

/// Deletes a trainer and releases every Pokémon they caught.
@idempotent
@http(method: "DELETE", uri: "/trainers/{trainerId}", code: 204)
operation DeleteTrainer {
    input := {
        @required
        @httpLabel
        trainerId: TrainerId

        @required
        @httpHeader("X-Trainer-Secret")
        secret: TrainerSecret
    }
    output := {}
    errors: [ResourceNotFound, NotAuthorized]
}

structure TrainerSummary {
    @required
    trainerId: TrainerId

    @required
    name: TrainerName

    email: Email

    @required
    hometown: Hometown

    /// How many Pokémon the trainer holds now.
    @required
    partySize: Integer = 0
}

structure TrainerProfile {
    name: TrainerName
    email: Email
    hometown: Hometown
}

@length(min: 1, max: 40)
@pattern("^t-[0-9]+$")
string TrainerId

@length(min: 2, max: 24)
string TrainerName

@length(min: 1, max: 40)
string Hometown

@sensitive
@length(min: 3, max: 254)
@pattern("^[^@ ]+@[^@ ]+$")
string Email

@sensitive
@length(min: 8, max: 64)
string TrainerSecret

@length(min: 1, max: 64)
string ClientToken

// ---------------------------------------------------------------------------------------------
// Caught Pokémon, a child resource of a trainer

/// A Pokémon a trainer caught. A trainer's party holds at most six.
resource CaughtPokemon {
    identifiers: { trainerId: TrainerId, pokemonId: PokemonId }
    create: CatchPokemon
    read: GetCaughtPokemon
    delete: ReleasePokemon
    list: ListCaughtPokemon
}

@http(method: "POST", uri: "/trainers/{trainerId}/pokemon", code: 201)
operation CatchPokemon {
    input := {
        @required
        @httpLabel
        trainerId: TrainerId

        @required
        @httpHeader("X-Trainer-Secret")
        secret: TrainerSecret

        @required
        species: SpeciesName

        nickname: Nickname

        level: Level = 5

        ball: Ball = "poke"

        moves: Moves
    }
    output := {
        @required
        pokemon: PokemonSummary
    }
    errors: [ResourceNotFound, NotAuthorized, PartyFull]
}

@readonly
@http(method: "GET", uri: "/trainers/{trainerId}/pokemon/{pokemonId}")
operation GetCaughtPokemon {
    input := {
        @required
        @httpLabel
        trainerId: TrainerId

        @required
        @httpLabel
        pokemonId: PokemonId
    }
    output := {
        @required
        pokemon: PokemonSummary
    }
    errors: [ResourceNotFound]
}

/// Lists a trainer's Pokémon in the order they were caught.
@readonly
@http(method: "GET", uri: "/trainers/{trainerId}/pokemon")
@paginated(items: "pokemon")
operation ListCaughtPokemon {
    input := {
        @required
        @httpLabel
        trainerId: TrainerId

        @httpQuery("pageSize")
        pageSize: PageSize = 10

        @httpQuery("nextToken")
        nextToken: PageToken
    }
    output := {
        @required
        pokemon: PokemonSummaries

        nextToken: PageToken
    }
    errors: [ResourceNotFound]
}

@idempotent
@http(method: "DELETE", uri: "/trainers/{trainerId}/pokemon/{pokemonId}", code: 204)
operation ReleasePokemon {
    input := {
        @required
        @httpLabel
        trainerId: TrainerId

        @required
        @httpLabel
        pokemonId: PokemonId

        @required
        @httpHeader("X-Trainer-Secret")
        secret: TrainerSecret
    }
    output := {}
    errors: [ResourceNotFound, NotAuthorized]
}

structure PokemonSummary {
    @required
    pokemonId: PokemonId

    @required
    trainerId: TrainerId

    @required
    species: SpeciesName

    nickname: Nickname

    @required
    level: Level

    @required
    ball: Ball

    @required
    moves: Moves

    @required
    @timestampFormat("date-time")
    caughtAt: Timestamp
}

list PokemonSummaries {
    member: PokemonSummary
}

@length(min: 1, max: 40)
@pattern("^p-[0-9]+$")
string PokemonId

@length(min: 1, max: 12)
string Nickname

@range(min: 1, max: 100)
integer Level

enum Ball {
    POKE = "poke"
    GREAT = "great"
    ULTRA = "ultra"
}

/// At most four distinct moves.
@uniqueItems
@length(max: 4)
list Moves {
    member: MoveName
}

@length(min: 1, max: 24)
string MoveName

// ---------------------------------------------------------------------------------------------
// Sprites: pictures stored under slash-separated paths ("kanto/pikachu.txt")

resource Sprite {
    identifiers: { path: SpritePath }
    put: PutSprite
    read: GetSprite
}

/// Stores a sprite's bytes under a path; the path may contain slashes.
@idempotent
@http(method: "PUT", uri: "/sprites/{path+}")
operation PutSprite {
    input := {
        @required
        @httpLabel
        path: SpritePath

        @httpHeader("Content-Type")
        contentType: String = "application/octet-stream"

        @required
        @httpPayload
        data: Blob
    }
    output := {
        /// Size of the stored sprite in bytes.
        @required
        @httpHeader("X-Sprite-Size")
        size: Integer
    }
}

@readonly
@http(method: "GET", uri: "/sprites/{path+}")
operation GetSprite {
    input := {
        @required
        @httpLabel
        path: SpritePath
    }
    output := {
        @required
        @httpHeader("Content-Type")
        contentType: String

        @required
        @httpPayload
        data: Blob
    }
    errors: [ResourceNotFound]
}

@length(min: 1, max: 200)
@pattern("^[a-z0-9-]+(/[a-z0-9-]+)*\\.[a-z]+$")
string SpritePath

// ---------------------------------------------------------------------------------------------
// Errors

/// The species, trainer, Pokémon or sprite named in the request does not exist.
@error("client")
@httpError(404)
structure ResourceNotFound {
    @required
    message: String

    @required
    resourceType: ResourceType

    @required
    resourceId: String
}

enum ResourceType {
    SPECIES = "species"
    TRAINER = "trainer"
    POKEMON = "pokemon"
    SPRITE = "sprite"
}

/// The `X-Trainer-Secret` header does not match the trainer's secret.
@error("client")
@httpError(403)
structure NotAuthorized {
    @required
    message: String
}

/// Another trainer already has this name.
@error("client")
@httpError(409)
structure TrainerNameTaken {
    @required
    message: String

    @required
    existingTrainerId: TrainerId
}

/// The trainer's party already holds six Pokémon: release one first.
@error("client")
@httpError(422)
structure PartyFull {
    @required
    message: String

    @required
    capacity: Integer
}

/// Too many requests: try again later.
@error("client")
@retryable(throttling: true)
@httpError(429)
structure Throttled {
    @required
    message: String

    /// Seconds to wait before retrying.
    @httpHeader("Retry-After")
    retryAfterSeconds: Integer
}
