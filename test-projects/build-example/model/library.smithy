$version: "2"

metadata owner = "smithy-ts build example"

namespace example.library

/// A tiny lending library, used to exercise `smithy-ts build` projections.
service Library {
    version: "2024-01-01"
    operations: [GetBook, ListBooks, AuditLoans]
}

@readonly
operation GetBook {
    input := {
        @required
        isbn: Isbn
    }
    output := {
        @required
        book: Book
    }
    errors: [BookNotFound]
}

@readonly
operation ListBooks {
    input := {
        shelf: String
    }
    output := {
        books: BookList
    }
}

/// Staff-only operation, removed from the public projection.
@tags(["internal"])
operation AuditLoans {
    output := {
        report: AuditReport
    }
}

@pattern("^[0-9-]{10,17}$")
string Isbn

structure Book {
    @required
    isbn: Isbn

    @required
    title: String

    genre: Genre
}

list BookList {
    member: Book
}

enum Genre {
    FICTION
    NON_FICTION = "non-fiction"
}

structure AuditReport {
    overdue: Integer
}

@error("client")
structure BookNotFound {
    message: String
}
