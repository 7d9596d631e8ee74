// Keeps earlier build output intact when a projection fails. Before a plugin runs, the artifact
// directory it will write (`<out>/<projection>/<artifact>`) is moved aside; the plugin then
// writes into the real directory (so paths it records, and SMITHY_PLUGIN_DIR, are the final
// ones). When the projection succeeds the moved-aside copies are deleted; when it fails the new
// directories are deleted and the old ones moved back. A build interrupted half-way is repaired
// the same way at the start of the next build.
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";

const PREVIOUS_DIR = ".smithy-ts-previous";

export class ProjectionOutput {
  readonly #outputDirectory: string;
  readonly #projection: string;
  /** Artifact directories created by this projection, in creation order. */
  readonly #created: string[] = [];
  /** Artifact names whose earlier output was moved aside. */
  readonly #movedAside: string[] = [];

  constructor(outputDirectory: string, projection: string) {
    this.#outputDirectory = outputDirectory;
    this.#projection = projection;
  }

  get projectionDir(): string {
    return join(this.#outputDirectory, this.#projection);
  }

  /** Moves any earlier output of an artifact aside and returns its fresh, empty directory. */
  async artifactDir(artifact: string): Promise<string> {
    const dir = join(this.projectionDir, artifact);
    if (await exists(dir)) {
      const aside = join(this.#outputDirectory, PREVIOUS_DIR, this.#projection, artifact);
      await rm(aside, { recursive: true, force: true });
      await mkdir(join(this.#outputDirectory, PREVIOUS_DIR, this.#projection), { recursive: true });
      await rename(dir, aside);
      this.#movedAside.push(artifact);
    }
    await mkdir(dir, { recursive: true });
    this.#created.push(dir);
    return dir;
  }

  /** The projection succeeded: forget the earlier output. */
  async commit(): Promise<void> {
    await rm(join(this.#outputDirectory, PREVIOUS_DIR, this.#projection), { recursive: true, force: true });
    await removeIfEmpty(join(this.#outputDirectory, PREVIOUS_DIR));
  }

  /** The projection failed: remove what it wrote and put the earlier output back. */
  async rollback(): Promise<void> {
    for (const dir of this.#created) await rm(dir, { recursive: true, force: true });
    for (const artifact of this.#movedAside) {
      await rename(join(this.#outputDirectory, PREVIOUS_DIR, this.#projection, artifact), join(this.projectionDir, artifact));
    }
    await removeIfEmpty(join(this.#outputDirectory, PREVIOUS_DIR, this.#projection));
    await removeIfEmpty(join(this.#outputDirectory, PREVIOUS_DIR));
    await removeIfEmpty(this.projectionDir);
  }
}

/** Puts back output moved aside by a build that was interrupted before it could finish. */
export async function recoverInterruptedBuild(outputDirectory: string): Promise<void> {
  const previous = join(outputDirectory, PREVIOUS_DIR);
  if (!(await exists(previous))) return;
  for (const projection of await readdir(previous)) {
    for (const artifact of await readdir(join(previous, projection))) {
      const target = join(outputDirectory, projection, artifact);
      await rm(target, { recursive: true, force: true });
      await mkdir(join(outputDirectory, projection), { recursive: true });
      await rename(join(previous, projection, artifact), target);
    }
  }
  await rm(previous, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function removeIfEmpty(dir: string): Promise<void> {
  try {
    if ((await readdir(dir)).length === 0) await rm(dir, { recursive: true });
  } catch {
    // Already gone.
  }
}
