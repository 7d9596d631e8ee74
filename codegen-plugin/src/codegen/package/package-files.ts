// package.json and tsconfig.json of generated packages, written as JSON with a fixed key
// order so regeneration is byte-for-byte stable.

export interface PackageJsonFields {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  /** Exact versions of runtime dependencies, by package name. */
  readonly dependencies: Readonly<Record<string, string>>;
}

export function packageJson(fields: PackageJsonFields): string {
  const pkg: Record<string, unknown> = {
    name: fields.name,
    version: fields.version,
    description: fields.description,
    type: "module",
    sideEffects: false,
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./package.json": "./package.json",
    },
    files: ["dist", "src"],
    engines: { node: ">=20" },
    scripts: { build: "tsc -p tsconfig.json" },
  };
  if (Object.keys(fields.dependencies).length > 0) pkg["dependencies"] = sortedRecord(fields.dependencies);
  pkg["devDependencies"] = { typescript: ">=5.5" };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * The compiler settings every generated package is checked with: strict, including
 * exactOptionalPropertyTypes and the unused-code checks, so users with strict projects can
 * compile our sources too.
 */
export const GENERATED_COMPILER_OPTIONS = {
  target: "es2022",
  lib: ["es2023"],
  module: "nodenext",
  moduleResolution: "nodenext",
  strict: true,
  exactOptionalPropertyTypes: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  noPropertyAccessFromIndexSignature: true,
  useUnknownInCatchVariables: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  forceConsistentCasingInFileNames: true,
  skipLibCheck: true,
  declaration: true,
  sourceMap: true,
  types: [],
  rootDir: "src",
  outDir: "dist",
} as const;

export function tsconfigJson(): string {
  return `${JSON.stringify({ compilerOptions: GENERATED_COMPILER_OPTIONS, include: ["src"] }, null, 2)}\n`;
}

function sortedRecord(r: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k]!;
  return out;
}
