import DocketCore
import DocketRegister
import DocketStore
import Glibc

/// `docket dump [--output FILE]`: the whole register as one JSON Lines stream.
struct DumpCommand: DocketCommand {
    static let help = CommandHelp(
        name: "dump",
        abstract: "Write the whole register, every event of its history kept, as JSON Lines.",
        discussion: """
            The first line names the format and its version; then one record a line, each with \
            its kind: settings, workflows, localities, units and their changes, categories, \
            calendar days, meetings, groups, tokens (their hashes), problems, events, \
            corrections and places, numbers and recorded times as they are; the last line \
            counts the records. It is read from one snapshot, while others keep working, in \
            constant memory. 'docket restore' makes a new register from it, the same register: \
            every show, history, export and report as before, every token still working. \
            Unlike 'export --csv', which files each problem anew, nothing is lost.

            Examples:
              docket dump > register.jsonl
              docket dump --output /backup/docket-2026-12-04.jsonl
              docket dump | gzip > register.jsonl.gz
            """
    )
    let global: GlobalOptions
    let output: String?

    init(_ arguments: inout ArgumentReader) throws {
        output = arguments.option("output", valueName: "file", help: "Write the dump to this file instead of stdout.")
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let register = try context.register()
        var line = ProgressLine(console: context.console)
        defer { line.end() }
        var records = 0
        func write(_ output: OutputBuffer) throws {
            try register.dump { cursor in
                while let record = try cursor.next() {
                    var writer = JSONWriter(to: output, pretty: false)
                    writer.value(record)
                    output.write(byte: 0x0A)
                    if context.console.stderrIsTerminal { line.show("\(cursor.records) records written…") }
                }
                records = cursor.records
            }
        }
        guard let output else { return try write(context.console.output) }
        try OutputFile.write(output, register: register, write)
        line.end()
        if global.json {
            context.console.json(.object([("dump", .string(output)), ("records", .integer(records))]))
        } else {
            context.console.line(context.messages.sentence(for: .dumped(path: output, records: records)))
        }
    }
}

/// `docket restore FILE|-`: a new register at `--db` from a dump.
struct RestoreCommand: DocketCommand {
    static let help = CommandHelp(
        name: "restore",
        abstract: "Make a new register at --db from a dump, all or nothing.",
        discussion: """
            Reads what 'docket dump' wrote (FILE, or - for standard input) into a new register \
            at --db, which must not exist yet: a register is never restored over another. It \
            is all or nothing: the register appears at --db only once every record is in and \
            every reference checked; a dump that is refused, cut short or killed halfway \
            leaves nothing there. The search index and the report's standing counts are \
            rebuilt from what was restored.

            Examples:
              docket restore register.jsonl --db new.db
              gunzip -c register.jsonl.gz | docket restore - --db new.db
            """
    )
    let global: GlobalOptions
    let file: String

    init(_ arguments: inout ArgumentReader) throws {
        file = try arguments.argument("file", help: "The dump to read, or - for standard input.")
        global = GlobalOptions(&arguments)
    }

    func validate() throws {
        if file.trimmingSpaces.isEmpty { throw CommandLineError("Give the dump to restore, or - for standard input.", vi: "Hãy cho bản kết xuất cần khôi phục, hoặc - để đọc từ đầu vào chuẩn.") }
    }

    func execute(in context: CommandContext) throws {
        let target = global.registerPath
        let fd = file == "-" ? STDIN_FILENO : try ImportCommand.open(file)
        defer { if fd != STDIN_FILENO { close(fd) } }
        var reader = LineReader(fileDescriptor: fd)
        var number = 0
        let restored = try RestoreCommand.restore(at: target, context: context) {
            guard let bytes = try reader.next() else { return nil }
            number += 1
            do {
                return try JSONReader.parse(bytes)
            } catch {
                throw RegisterError.badDump(line: number, fault: .notJSON)
            }
        }
        RestoreCommand.report(restored, at: target, context: context)
    }

    /// Restores the records `next` gives at `target`, counting them on a progress line.
    static func restore(at target: String, context: CommandContext,
                        from next: () throws -> JSONValue?) throws -> Register.Restored {
        var line = ProgressLine(console: context.console)
        defer { line.end() }
        return try Register.restore(at: target, progress: { count in
            if context.console.stderrIsTerminal { line.show("\(count) records restored…") }
        }, from: next)
    }

    /// Says what a restore or a copy made at `target`.
    static func report(_ restored: Register.Restored, at target: String, context: CommandContext) {
        if context.options.json {
            context.console.json(.object([
                ("restored", .string(target)), ("records", .integer(restored.records)),
                ("problems", .integer(restored.problems)), ("events", .integer(restored.events)),
            ]))
        } else {
            context.console.line(context.messages.sentence(for: .restored(
                path: target, problems: restored.problems, events: restored.events, records: restored.records)))
        }
    }
}

/// `docket copy --to DB`: the register at `--db` dumped and restored at `--to`, in one pass.
struct CopyCommand: DocketCommand {
    static let help = CommandHelp(
        name: "copy",
        abstract: "Copy the whole register into a new one at --to: dump then restore, in one pass.",
        discussion: """
            The same as 'docket dump' into 'docket restore', without the file between: the \
            register at --db is read from one snapshot, while others keep working, and the new \
            one at --to appears only once whole. --to must not exist yet.

            Examples:
              docket copy --to /srv/docket/register.db
              docket copy --db old.db --to new.db
            """
    )
    let global: GlobalOptions
    let to: String

    init(_ arguments: inout ArgumentReader) throws {
        to = try arguments.requiredOption("to", valueName: "db", help: "Where to make the new register; nothing may be there yet.")
        global = GlobalOptions(&arguments)
    }

    func validate() throws {
        if to.trimmingSpaces.isEmpty { throw CommandLineError("Give --to the path of the new register.", vi: "Hãy cho --to đường dẫn của sổ mới.") }
        try GlobalOptions.checkStore(to)
    }

    func execute(in context: CommandContext) throws {
        let restored = try context.register().dump { cursor in
            try RestoreCommand.restore(at: to, context: context) { try cursor.next() }
        }
        RestoreCommand.report(restored, at: to, context: context)
    }
}
