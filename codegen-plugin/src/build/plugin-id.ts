// Plugin ids are "plugin-name" or "plugin-name::artifact-name"; the artifact name (the plugin
// name when absent) is the directory the plugin writes into.

const NAME_PART = "[A-Za-z0-9]+[A-Za-z0-9\\-_.]*";

/** Projection and transform names use the same pattern as a plugin id's parts. */
export const NAME_PATTERN = new RegExp(`^${NAME_PART}$`);
export const PLUGIN_ID_PATTERN = new RegExp(`^${NAME_PART}(::${NAME_PART})?$`);

export interface PluginId {
  readonly id: string;
  readonly pluginName: string;
  readonly artifactName: string;
  /** Whether the id spelled out an artifact name (the `run` plugin requires one). */
  readonly hasArtifactName: boolean;
}

/** Parses a plugin id; undefined when it does not match the pattern. */
export function parsePluginId(id: string): PluginId | undefined {
  if (!PLUGIN_ID_PATTERN.test(id)) return undefined;
  const sep = id.indexOf("::");
  if (sep < 0) return { id, pluginName: id, artifactName: id, hasArtifactName: false };
  return { id, pluginName: id.slice(0, sep), artifactName: id.slice(sep + 2), hasArtifactName: true };
}
