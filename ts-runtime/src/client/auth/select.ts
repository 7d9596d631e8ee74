// Picks the auth scheme for an operation: the first of its effective schemes (in the
// model's priority order, or the caller's preference) that the client can both sign with
// and find an identity for.
import { ConstructionError } from "../../errors.js";
import type { OperationSchema, ServiceSchema } from "../../schema/schema.js";
import { NO_AUTH, type AuthScheme, type AuthSettings, type Identity, type IdentityProvider } from "./auth-scheme.js";

export interface SelectedAuth {
  /** Undefined: send the request anonymously. */
  readonly scheme: AuthScheme | undefined;
  readonly provider: IdentityProvider<Identity> | undefined;
  readonly settings: AuthSettings;
}

const ANONYMOUS: SelectedAuth = Object.freeze({ scheme: undefined, provider: undefined, settings: Object.freeze({}) });

export interface AuthResolution {
  readonly schemes: ReadonlyMap<string, AuthScheme>;
  readonly providers: ReadonlyMap<string, IdentityProvider<Identity>>;
  readonly preference: readonly string[] | undefined;
}

export function selectAuth(operation: OperationSchema, service: ServiceSchema, auth: AuthResolution): SelectedAuth {
  const candidates = operation.traits.auth ?? service.authSchemes.map((s) => s.id);
  const ordered = auth.preference === undefined ? candidates : preferred(candidates, auth.preference);
  for (const id of ordered) {
    if (id === NO_AUTH) return ANONYMOUS;
    const scheme = auth.schemes.get(id);
    const provider = auth.providers.get(id);
    if (scheme !== undefined && provider !== undefined) {
      const settings = service.authSchemes.find((s) => s.id === id)?.settings ?? ANONYMOUS.settings;
      return { scheme, provider, settings };
    }
  }
  if (candidates.length === 0 || operation.traits.optionalAuth === true) return ANONYMOUS;
  const hints = candidates.map((id) => {
    const scheme = auth.schemes.get(id);
    return scheme === undefined ? `${id} (no signer: add an AuthScheme to "authSchemes")` : `${id} (set "${scheme.configKey}")`;
  });
  throw new ConstructionError(`${operation.name} requires authentication but the client has no identity for it; configure one of: ${hints.join(", ")}.`);
}

function preferred(candidates: readonly string[], preference: readonly string[]): readonly string[] {
  const first = preference.filter((id) => candidates.includes(id));
  return [...first, ...candidates.filter((id) => !first.includes(id))];
}
