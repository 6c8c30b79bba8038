import Foundation

/// What the sqlite3 shell prints for `sql` on the database at `path`: another program touching
/// a register, or an oracle independent of docket's own SQLite code.
public func sqlite(_ path: String, _ sql: String) throws -> ProgramRun {
    try runProgram(URL(fileURLWithPath: "/usr/bin/sqlite3"), [path, sql])
}

/// A fingerprint of everything the database at `path` holds (the sqlite3 shell's dump): equal
/// before and after a refused command.
public func fingerprint(ofDatabaseAt path: String) throws -> String {
    try sqlite(path, ".dump").stdout
}
