// The operation handlers, over the in-memory store. Written once for both services: the
// restJson1 package and its awsJson1_0 twin have structurally identical input and output types,
// but each has its own error classes (a service answers with a modeled error only when it is an
// instance of that service's class), so the classes to throw are passed in.
import type * as Server from "./packages/server.js";
import type { SpeciesRecord } from "./species.js";
import { isRefusal, type PokedexStore, type PokemonRecord, type Refusal, type TrainerRecord } from "./store.js";
import { RequestMetadata } from "./plugins/request-id.js";

/** The modeled error classes a service's handlers throw (each generated server package exports them). */
export interface ModeledErrors {
  readonly ResourceNotFound: new (fields: Server.ResourceNotFoundFields) => Error;
  readonly NotAuthorized: new (fields: Server.NotAuthorizedFields) => Error;
  readonly TrainerNameTaken: new (fields: Server.TrainerNameTakenFields) => Error;
  readonly PartyFull: new (fields: Server.PartyFullFields) => Error;
  readonly Throttled: new (fields: Server.ThrottledFields) => Error;
  readonly ValidationException: new (fields: Server.ValidationExceptionFields) => Error;
}

/** One handler per operation, keyed by operation name. */
export interface PokedexHandlers {
  readonly GetServerInfo: Server.GetServerInfoHandler;
  readonly ListSpecies: Server.ListSpeciesHandler;
  readonly GetSpecies: Server.GetSpeciesHandler;
  readonly CreateTrainer: Server.CreateTrainerHandler;
  readonly GetTrainer: Server.GetTrainerHandler;
  readonly UpdateTrainer: Server.UpdateTrainerHandler;
  readonly DeleteTrainer: Server.DeleteTrainerHandler;
  readonly CatchPokemon: Server.CatchPokemonHandler;
  readonly GetCaughtPokemon: Server.GetCaughtPokemonHandler;
  readonly ListCaughtPokemon: Server.ListCaughtPokemonHandler;
  readonly ReleasePokemon: Server.ReleasePokemonHandler;
  readonly PutSprite: Server.PutSpriteHandler;
  readonly GetSprite: Server.GetSpriteHandler;
}

export interface ServerIdentity {
  readonly service: string;
  readonly version: string;
}

export function pokedexHandlers(store: PokedexStore, errors: ModeledErrors, identity: ServerIdentity): PokedexHandlers {
  const notFound = (resourceType: Server.ResourceType, resourceId: string): Error =>
    new errors.ResourceNotFound({ message: `no ${resourceType} "${resourceId}"`, resourceType, resourceId });

  const refused = (refusal: Refusal, trainerId: string, speciesName?: string): Error => {
    switch (refusal.refused) {
      case "trainer-not-found":
        return notFound("trainer", trainerId);
      case "species-not-found":
        return notFound("species", speciesName ?? "");
      case "name-taken":
        return new errors.TrainerNameTaken({ message: `trainer ${refusal.existingTrainerId} already has this name`, existingTrainerId: refusal.existingTrainerId });
      case "party-full":
        return new errors.PartyFull({ message: `the party already holds ${refusal.capacity} Pokémon: release one first`, capacity: refusal.capacity });
    }
  };

  // A page token is opaque to clients but checked here: a forged or stale one is the caller's
  // mistake, answered like any other invalid input.
  const badToken = (): Error =>
    new errors.ValidationException({
      message: "1 validation error detected. nextToken is not a token this service issued",
      fieldList: [{ path: "/nextToken", message: "nextToken is not a token this service issued: start again without it" }],
    });

  const trainerSummary = (t: TrainerRecord): Server.TrainerSummary => ({
    trainerId: t.trainerId,
    name: t.name,
    ...(t.email === undefined ? {} : { email: t.email }),
    hometown: t.hometown,
    partySize: store.partySize(t.trainerId),
  });

  return {
    GetServerInfo: (_input, ctx) => ({
      ...identity,
      // Set by the request-id plugin: the extension is how plugins hand values to handlers.
      requestId: ctx.extensions.require(RequestMetadata).requestId,
    }),

    ListSpecies: (input) => {
      const page = store.listSpecies(input.type, input.pageSize, input.nextToken);
      if (page === undefined) throw badToken();
      return { species: page.items.map((s) => speciesSummary(s, "en")), ...withToken(page.nextToken) };
    },

    GetSpecies: (input) => {
      const species = store.species(input.name);
      if (species === undefined) throw notFound("species", input.name);
      return { species: speciesSummary(species, input.language), language: input.language };
    },

    CreateTrainer: (input) => {
      const created = store.createTrainer(
        { name: input.name, email: input.email, hometown: input.hometown, secret: input.secret },
        input.clientToken,
      );
      if (isRefusal(created)) throw refused(created, "");
      return { trainer: trainerSummary(created) };
    },

    GetTrainer: (input) => {
      const trainer = store.trainer(input.trainerId);
      if (trainer === undefined) throw notFound("trainer", input.trainerId);
      return { trainer: trainerSummary(trainer) };
    },

    UpdateTrainer: (input) => {
      const updated = store.updateTrainer(input.trainerId, input.profile);
      if (isRefusal(updated)) throw refused(updated, input.trainerId);
      return { trainer: trainerSummary(updated) };
    },

    DeleteTrainer: (input) => {
      if (!store.deleteTrainer(input.trainerId)) throw notFound("trainer", input.trainerId);
      return {};
    },

    CatchPokemon: (input) => {
      const caught = store.catchPokemon({
        trainerId: input.trainerId,
        species: input.species,
        nickname: input.nickname,
        level: input.level,
        ball: input.ball,
        moves: input.moves ?? [],
      });
      if (isRefusal(caught)) throw refused(caught, input.trainerId, input.species);
      return { pokemon: pokemonSummary(caught) };
    },

    GetCaughtPokemon: (input) => {
      if (store.trainer(input.trainerId) === undefined) throw notFound("trainer", input.trainerId);
      const pokemon = store.pokemon(input.trainerId, input.pokemonId);
      if (pokemon === undefined) throw notFound("pokemon", input.pokemonId);
      return { pokemon: pokemonSummary(pokemon) };
    },

    ListCaughtPokemon: (input) => {
      if (store.trainer(input.trainerId) === undefined) throw notFound("trainer", input.trainerId);
      const page = store.listPokemon(input.trainerId, input.pageSize, input.nextToken);
      if (page === undefined) throw badToken();
      return { pokemon: page.items.map(pokemonSummary), ...withToken(page.nextToken) };
    },

    ReleasePokemon: (input) => {
      if (store.trainer(input.trainerId) === undefined) throw notFound("trainer", input.trainerId);
      if (!store.releasePokemon(input.trainerId, input.pokemonId)) throw notFound("pokemon", input.pokemonId);
      return {};
    },

    PutSprite: (input) => {
      store.putSprite(input.path, { contentType: input.contentType, data: input.data });
      return { size: input.data.byteLength };
    },

    GetSprite: (input) => {
      const sprite = store.sprite(input.path);
      if (sprite === undefined) throw notFound("sprite", input.path);
      return { contentType: sprite.contentType, data: sprite.data };
    },
  };
}

function speciesSummary(s: SpeciesRecord, language: Server.Language): Server.SpeciesSummary {
  return { name: s.name, displayName: language === "fr" ? s.displayNames.fr : s.displayNames.en, number: s.number, types: [...s.types] };
}

function pokemonSummary(p: PokemonRecord): Server.PokemonSummary {
  return {
    pokemonId: p.pokemonId,
    trainerId: p.trainerId,
    species: p.species,
    ...(p.nickname === undefined ? {} : { nickname: p.nickname }),
    level: p.level,
    ball: p.ball,
    moves: [...p.moves],
    caughtAt: p.caughtAt,
  };
}

function withToken(nextToken: string | undefined): { nextToken?: string } {
  return nextToken === undefined ? {} : { nextToken };
}
