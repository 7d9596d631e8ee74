// A generator of large, realistic-looking Smithy models for loader benchmarks (test use only).
// Every "unit" is a small slice of an API: a mixin, a structure using it, collections, enums,
// a union, operations with inline input/output, an error, a resource, and cross-unit and
// cross-file references. Output is deterministic for a given size.

export interface SyntheticSource {
  readonly filename: string;
  readonly text: string;
}

/** Units per file: each file is one namespace with its own service. */
const UNITS_PER_FILE = 50;

function unit(u: number, previousNs: string | undefined): string {
  const prev = u % UNITS_PER_FILE === 0 ? (previousNs ? `${previousNs}#Item${u - 1}` : undefined) : `Item${u - 1}`;
  return `
/// Fields every item of unit ${u} carries.
@mixin
structure Base${u} {
    @required
    id: Id${u}

    createdAt: Timestamp
}

/// An item of unit ${u}, with a longer description written as a
/// multi-line documentation comment.
@references([{ resource: ItemResource${u} }])
structure Item${u} with [Base${u}] {
    @length(min: 1, max: 128)
    name: String

    count: Integer = 0
    tags: TagList${u}
    attributes: AttributeMap${u}
    status: Status${u} = "ACTIVE"
    kind: Kind${u}
    choice: Choice${u}
    next: Item${u}${prev ? `\n    previous: ${prev}` : ""}
}

apply Item${u}$createdAt @timestampFormat("date-time")

@pattern("^[a-z0-9-]+$")
string Id${u}

@uniqueItems
list TagList${u} {
    member: String
}

map AttributeMap${u} {
    key: String
    value: String
}

enum Status${u} {
    ACTIVE
    INACTIVE = "inactive"
    @deprecated
    LEGACY
}

intEnum Kind${u} {
    SMALL = 1
    LARGE = 2
}

union Choice${u} {
    text: String
    number: Integer
    flag: Unit
}

@readonly
@http(method: "GET", uri: "/items${u}/{id}")
operation GetItem${u} {
    input := {
        @required
        @httpLabel
        id: Id${u}
    }
    output := {
        item: Item${u}
    }
    errors: [NotFound${u}]
}

@idempotent
@http(method: "PUT", uri: "/items${u}/{id}")
operation PutItem${u} {
    input := with [Base${u}] {
        @httpLabel
        $id

        @httpHeader("X-Created-At")
        $createdAt

        @httpPayload
        item: Item${u}
    }
    output := {}
    errors: [NotFound${u}]
}

@error("client")
@httpError(404)
structure NotFound${u} {
    message: String
}

resource ItemResource${u} {
    identifiers: { id: Id${u} }
    read: GetItem${u}
    put: PutItem${u}
}
`;
}

/**
 * A model of `units` units (about 20 top-level shapes and 40 members each), split into files
 * of 50 units, each with a service binding its resources.
 */
export function syntheticModel(units: number): SyntheticSource[] {
  const files: SyntheticSource[] = [];
  for (let start = 0, file = 0; start < units; start += UNITS_PER_FILE, file++) {
    const ns = `bench.synthetic.part${file}`;
    const previousNs = file > 0 ? `bench.synthetic.part${file - 1}` : undefined;
    const end = Math.min(units, start + UNITS_PER_FILE);
    const parts: string[] = [`$version: "2.0"\n\nnamespace ${ns}\n\nuse aws.protocols#restJson1\n`];
    const resources: string[] = [];
    for (let u = start; u < end; u++) {
      parts.push(unit(u, previousNs));
      resources.push(`ItemResource${u}`);
    }
    parts.push(`
@restJson1
service Service${file} {
    version: "2024-01-01"
    resources: [
        ${resources.join("\n        ")}
    ]
}
`);
    files.push({ filename: `part${file}.smithy`, text: parts.join("") });
  }
  return files;
}
