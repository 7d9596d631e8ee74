// The Pokédex the example server starts with: the first 25 species of the national Pokédex,
// with their English and French names and their types.
import type { PokemonType } from "./packages/server.js";

export interface SpeciesRecord {
  readonly name: string;
  readonly number: number;
  readonly displayNames: { readonly en: string; readonly fr: string };
  readonly types: readonly PokemonType[];
}

function species(number: number, en: string, fr: string, ...types: PokemonType[]): SpeciesRecord {
  return { name: en.toLowerCase(), number, displayNames: { en, fr }, types };
}

export const POKEDEX: readonly SpeciesRecord[] = [
  species(1, "Bulbasaur", "Bulbizarre", "grass", "poison"),
  species(2, "Ivysaur", "Herbizarre", "grass", "poison"),
  species(3, "Venusaur", "Florizarre", "grass", "poison"),
  species(4, "Charmander", "Salamèche", "fire"),
  species(5, "Charmeleon", "Reptincel", "fire"),
  species(6, "Charizard", "Dracaufeu", "fire", "flying"),
  species(7, "Squirtle", "Carapuce", "water"),
  species(8, "Wartortle", "Carabaffe", "water"),
  species(9, "Blastoise", "Tortank", "water"),
  species(10, "Caterpie", "Chenipan", "bug"),
  species(11, "Metapod", "Chrysacier", "bug"),
  species(12, "Butterfree", "Papilusion", "bug", "flying"),
  species(13, "Weedle", "Aspicot", "bug", "poison"),
  species(14, "Kakuna", "Coconfort", "bug", "poison"),
  species(15, "Beedrill", "Dardargnan", "bug", "poison"),
  species(16, "Pidgey", "Roucool", "normal", "flying"),
  species(17, "Pidgeotto", "Roucoups", "normal", "flying"),
  species(18, "Pidgeot", "Roucarnage", "normal", "flying"),
  species(19, "Rattata", "Rattata", "normal"),
  species(20, "Raticate", "Rattatac", "normal"),
  species(21, "Spearow", "Piafabec", "normal", "flying"),
  species(22, "Fearow", "Rapasdepic", "normal", "flying"),
  species(23, "Ekans", "Abo", "poison"),
  species(24, "Arbok", "Arbok", "poison"),
  species(25, "Pikachu", "Pikachu", "electric"),
];
