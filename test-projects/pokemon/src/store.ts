// The example service's state, in memory: the Pokédex, trainers, the Pokémon they caught and
// sprites. Knows nothing about HTTP or generated types, so both services (restJson1 and its
// awsJson1_0 twin) share one store, and tests can inspect it directly.
import { POKEDEX, type SpeciesRecord } from "./species.js";

export interface TrainerRecord {
  readonly trainerId: string;
  name: string;
  email: string | undefined;
  hometown: string;
  readonly secret: string;
}

export interface PokemonRecord {
  readonly pokemonId: string;
  readonly trainerId: string;
  readonly species: string;
  readonly nickname: string | undefined;
  readonly level: number;
  readonly ball: string;
  readonly moves: readonly string[];
  readonly caughtAt: Date;
}

export interface SpriteRecord {
  readonly contentType: string;
  readonly data: Uint8Array;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken: string | undefined;
}

export interface StoreOptions {
  /** The species the Pokédex knows (default: the first 25 of the national Pokédex). */
  readonly species?: readonly SpeciesRecord[];
  /** The clock catches are stamped with. */
  readonly now?: () => Date;
  /** How many Pokémon a trainer may hold (default 6). */
  readonly partyCapacity?: number;
}

/** Why a store operation did not happen (the services turn these into modeled errors). */
export type Refusal =
  | { readonly refused: "trainer-not-found" }
  | { readonly refused: "name-taken"; readonly existingTrainerId: string }
  | { readonly refused: "species-not-found" }
  | { readonly refused: "party-full"; readonly capacity: number };

export class PokedexStore {
  readonly partyCapacity: number;
  readonly #species: readonly SpeciesRecord[];
  readonly #speciesByName: ReadonlyMap<string, SpeciesRecord>;
  readonly #now: () => Date;
  readonly #trainers = new Map<string, TrainerRecord>();
  readonly #trainerIdsByToken = new Map<string, string>();
  readonly #parties = new Map<string, PokemonRecord[]>();
  readonly #sprites = new Map<string, SpriteRecord>();
  #lastTrainer = 0;
  #lastPokemon = 0;

  constructor(options: StoreOptions = {}) {
    this.#species = options.species ?? POKEDEX;
    this.#speciesByName = new Map(this.#species.map((s) => [s.name, s]));
    this.#now = options.now ?? (() => new Date());
    this.partyCapacity = options.partyCapacity ?? 6;
  }

  species(name: string): SpeciesRecord | undefined {
    return this.#speciesByName.get(name);
  }

  /** Species in Pokédex order, optionally of one type; undefined for a token this store did not issue. */
  listSpecies(type: string | undefined, pageSize: number, token: string | undefined): Page<SpeciesRecord> | undefined {
    const matching = type === undefined ? this.#species : this.#species.filter((s) => s.types.includes(type));
    return page(matching, pageSize, token);
  }

  trainer(trainerId: string): TrainerRecord | undefined {
    return this.#trainers.get(trainerId);
  }

  /**
   * Registers a trainer. A `clientToken` seen before returns the trainer that call created, so
   * a retried request never registers twice.
   */
  createTrainer(fields: Omit<TrainerRecord, "trainerId">, clientToken: string | undefined): TrainerRecord | Refusal {
    const earlier = clientToken === undefined ? undefined : this.#trainerIdsByToken.get(clientToken);
    if (earlier !== undefined) {
      const trainer = this.#trainers.get(earlier);
      if (trainer !== undefined) return trainer;
    }
    const taken = this.#trainerNamed(fields.name);
    if (taken !== undefined) return { refused: "name-taken", existingTrainerId: taken.trainerId };
    const trainer: TrainerRecord = { trainerId: `t-${++this.#lastTrainer}`, ...fields };
    this.#trainers.set(trainer.trainerId, trainer);
    this.#parties.set(trainer.trainerId, []);
    if (clientToken !== undefined) this.#trainerIdsByToken.set(clientToken, trainer.trainerId);
    return trainer;
  }

  /** Changes the members given; the others keep their value. */
  updateTrainer(trainerId: string, profile: { readonly name?: string | undefined; readonly email?: string | undefined; readonly hometown?: string | undefined }): TrainerRecord | Refusal {
    const trainer = this.#trainers.get(trainerId);
    if (trainer === undefined) return { refused: "trainer-not-found" };
    if (profile.name !== undefined && profile.name !== trainer.name) {
      const taken = this.#trainerNamed(profile.name);
      if (taken !== undefined) return { refused: "name-taken", existingTrainerId: taken.trainerId };
      trainer.name = profile.name;
    }
    if (profile.email !== undefined) trainer.email = profile.email;
    if (profile.hometown !== undefined) trainer.hometown = profile.hometown;
    return trainer;
  }

  /** Deletes a trainer and releases their Pokémon; false when there was no such trainer. */
  deleteTrainer(trainerId: string): boolean {
    this.#parties.delete(trainerId);
    for (const [token, id] of this.#trainerIdsByToken) {
      if (id === trainerId) this.#trainerIdsByToken.delete(token);
    }
    return this.#trainers.delete(trainerId);
  }

  partySize(trainerId: string): number {
    return this.#parties.get(trainerId)?.length ?? 0;
  }

  catchPokemon(fields: Omit<PokemonRecord, "pokemonId" | "caughtAt">): PokemonRecord | Refusal {
    const party = this.#parties.get(fields.trainerId);
    if (party === undefined) return { refused: "trainer-not-found" };
    if (!this.#speciesByName.has(fields.species)) return { refused: "species-not-found" };
    if (party.length >= this.partyCapacity) return { refused: "party-full", capacity: this.partyCapacity };
    const pokemon: PokemonRecord = { ...fields, pokemonId: `p-${++this.#lastPokemon}`, caughtAt: this.#now() };
    party.push(pokemon);
    return pokemon;
  }

  pokemon(trainerId: string, pokemonId: string): PokemonRecord | undefined {
    return this.#parties.get(trainerId)?.find((p) => p.pokemonId === pokemonId);
  }

  /** A trainer's Pokémon in catch order; undefined when the trainer does not exist or the token is not ours. */
  listPokemon(trainerId: string, pageSize: number, token: string | undefined): Page<PokemonRecord> | undefined {
    const party = this.#parties.get(trainerId);
    return party === undefined ? undefined : page(party, pageSize, token);
  }

  /** False when the trainer holds no such Pokémon. */
  releasePokemon(trainerId: string, pokemonId: string): boolean {
    const party = this.#parties.get(trainerId);
    const at = party?.findIndex((p) => p.pokemonId === pokemonId) ?? -1;
    if (at < 0) return false;
    party!.splice(at, 1);
    return true;
  }

  sprite(path: string): SpriteRecord | undefined {
    return this.#sprites.get(path);
  }

  putSprite(path: string, sprite: SpriteRecord): void {
    this.#sprites.set(path, sprite);
  }

  #trainerNamed(name: string): TrainerRecord | undefined {
    for (const trainer of this.#trainers.values()) {
      if (trainer.name === name) return trainer;
    }
    return undefined;
  }
}

/** Whether a store result is a refusal rather than a record. */
export function isRefusal(value: object): value is Refusal {
  return "refused" in value;
}

// Page tokens are the offset of the next item, base64url-encoded (safe in query strings) so
// that clients treat them as opaque rather than computing their own.
const TOKEN_PREFIX = "offset:";

function encodeToken(offset: number): string {
  return btoa(`${TOKEN_PREFIX}${offset}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function page<T>(items: readonly T[], pageSize: number, token: string | undefined): Page<T> | undefined {
  let start = 0;
  if (token !== undefined) {
    const offset = decodeToken(token);
    if (offset === undefined || offset > items.length) return undefined;
    start = offset;
  }
  const end = Math.min(items.length, start + pageSize);
  return { items: items.slice(start, end), nextToken: end < items.length ? encodeToken(end) : undefined };
}

function decodeToken(token: string): number | undefined {
  let text: string;
  try {
    text = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return undefined;
  }
  if (!text.startsWith(TOKEN_PREFIX)) return undefined;
  const offset = Number(text.slice(TOKEN_PREFIX.length));
  return Number.isSafeInteger(offset) && offset > 0 ? offset : undefined;
}
