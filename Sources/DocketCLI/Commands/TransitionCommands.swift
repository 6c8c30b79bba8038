import DocketContract
import DocketCore
import DocketRegister
import DocketStore

/// What every transition command does once its options are read: apply the transition to the
/// problem and say what it now is.
private func transition(_ input: Register.TransitionInput, problem id: String, at: String?, global: GlobalOptions,
                        context: CommandContext) throws {
    let number = try Arguments.number(id)
    let register = try context.register()
    let problem = try register.apply(input, to: number, at: try context.instant(at), as: context.principal)
    if global.json {
        context.console.json(ProblemJSON.value(problem, context: try context.json()))
        return
    }
    var line = "#\(problem.id) is \(problem.state)"
    if input.action == "comment" { line = "Comment added to #\(problem.id), which is \(problem.state)" }
    if let unit = problem.unit, input.action == "assign" { line += ", owned by \(unit.handle) (\(unit.name))" }
    if let due = problem.due, input.action == "assign" { line += ", due \(due)" }
    if let target = problem.escalatedTo, input.action == "escalate" { line += ", sent to \(target.handle) (\(target.name))" }
    context.console.line(line + ".")
}

/// `docket assign ID --unit U [--due DATE|Nwd] [--note TEXT]`.
struct AssignCommand: DocketCommand {
    static let help = CommandHelp(
        name: "assign",
        abstract: "Give a problem to a unit, with a deadline.",
        discussion: """
            Allowed from raised, assigned (to reassign), answered and escalated (returned with \
            guidance). The deadline is the last --due given; without --due a reassigned \
            problem keeps its deadline. A problem is overdue the day after its due day.

            --due takes a date, or a number of working days after the day of the assignment \
            (15wd: from 1wd to 365wd): Saturdays, Sundays and the calendar's holidays are \
            skipped and its swapped working Saturdays counted ('docket calendar list').

            Examples:
              docket assign 12 --unit cuc-vt --due 2025-09-30
              docket assign 12 --unit cuc-vt --due 15wd
              docket assign '#12' --unit "Vụ Pháp chế" --note "Chuyển Vụ Pháp chế chủ trì"
            """
    )
    let global: GlobalOptions
    let id: String
    let unit: String
    let due: String?
    let note: String?
    let at: String?

    init(_ arguments: inout ArgumentReader) throws {
        id = try arguments.argument("id", help: "The problem's number.")
        unit = try arguments.requiredOption("unit", help: "The unit that will own it: code or name.")
        due = arguments.option("due", valueName: "YYYY-MM-DD|Nwd",
                               help: "Its deadline: a date (not before the day it was raised), or N working days after the assignment (15wd).")
        note = arguments.option("note", help: "A note for its history.")
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let due = try due.map(Arguments.due)
        try transition(.init(action: "assign", unit: unit, due: due, text: note), problem: id, at: at,
                       global: global, context: context)
    }
}

/// `docket escalate ID --to U --reason TEXT`.
struct EscalateCommand: DocketCommand {
    static let help = CommandHelp(
        name: "escalate",
        abstract: "Send a problem beyond its owner's authority, up or across.",
        discussion: """
            The owner keeps it and follows it up; the problem records where it was sent. \
            Allowed from raised, assigned, answered and escalated (further up).

            Example:
              docket escalate 12 --to chinh-phu --reason "Trách nhiệm giữa các bộ chồng chéo"
            """
    )
    let global: GlobalOptions
    let id: String
    let to: String
    let reason: String
    let at: String?

    init(_ arguments: inout ArgumentReader) throws {
        id = try arguments.argument("id", help: "The problem's number.")
        to = try arguments.requiredOption("to", valueName: "unit", help: "Where it is sent: a unit's code or name.")
        reason = try arguments.requiredOption("reason", help: "Why it is beyond the owner's authority.")
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        try transition(.init(action: "escalate", target: to, text: TextInput.text(reason, field: "reason")), problem: id, at: at,
                       global: global, context: context)
    }
}

/// What the transitions that take one text (answer, resolve, reopen, close) read: the problem,
/// the text under its own option (`--resolution`), `--at` and the global options.
///
/// Each of those commands is a small struct holding one of these, not one generic command over
/// a kind: a generic type's metadata is made at run time, searching every protocol conformance
/// in the binary for its constraint, and the command tree names all four. That cost 0.57
/// million instructions at every docket start (callgrind).
struct TextTransitionLine {
    let global: GlobalOptions
    let id: String
    let text: String
    /// The option that carries the text, which names it in messages.
    let option: String
    let at: String?

    init(_ arguments: inout ArgumentReader, option: String, help: String) throws {
        id = try arguments.argument("id", help: "The problem's number.")
        text = try arguments.requiredOption(option, help: help)
        self.option = option
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    /// Applies `action` with the text, and says what the problem now is.
    func apply(_ action: String, in context: CommandContext) throws {
        try transition(.init(action: action, text: TextInput.text(text, field: option)), problem: id, at: at,
                       global: global, context: context)
    }
}

/// `docket answer ID --response TEXT`.
struct AnswerCommand: DocketCommand {
    static let help = CommandHelp(
        name: "answer",
        abstract: "Record the owner's official answer or guidance.",
        discussion: """
            The problem may still not be completely resolved: answered and resolved are told \
            apart, as government reports do. Allowed from assigned and escalated.

            Example:
              docket answer 12 --response "Đã hướng dẫn tại Công văn 1234/BKHCN-PC"
            """
    )
    let line: TextTransitionLine
    var global: GlobalOptions { line.global }

    init(_ arguments: inout ArgumentReader) throws {
        line = try TextTransitionLine(&arguments, option: "response", help: "The answer or guidance.")
    }

    func execute(in context: CommandContext) throws {
        try line.apply("answer", in: context)
    }
}

/// `docket resolve ID --resolution TEXT`.
struct ResolveCommand: DocketCommand {
    static let help = CommandHelp(
        name: "resolve",
        abstract: "Record that a problem is completely resolved.",
        discussion: """
            Allowed from assigned, answered and escalated.

            Example:
              docket resolve 12 --resolution "Thông tư 05/2025 đã thống nhất khung giá thuê"
            """
    )
    let line: TextTransitionLine
    var global: GlobalOptions { line.global }

    init(_ arguments: inout ArgumentReader) throws {
        line = try TextTransitionLine(&arguments, option: "resolution", help: "How it was resolved.")
    }

    func execute(in context: CommandContext) throws {
        try line.apply("resolve", in: context)
    }
}

/// `docket reopen ID --reason TEXT`.
struct ReopenCommand: DocketCommand {
    static let help = CommandHelp(
        name: "reopen",
        abstract: "Reopen a resolved or closed problem: it was not resolved after all, or closed by mistake.",
        discussion: """
            Allowed from resolved and closed. It goes back to assigned when it has a unit, \
            else to raised; its deadline stays until another assign --due.

            Examples:
              docket reopen 12 --reason "Địa phương phản ánh vẫn chưa áp dụng được"
              docket reopen 14 --reason "Không trùng với #12: đóng nhầm"
            """
    )
    let line: TextTransitionLine
    var global: GlobalOptions { line.global }

    init(_ arguments: inout ArgumentReader) throws {
        line = try TextTransitionLine(&arguments, option: "reason", help: "Why it is not resolved.")
    }

    func execute(in context: CommandContext) throws {
        try line.apply("reopen", in: context)
    }
}

/// `docket close ID --reason TEXT`.
struct CloseCommand: DocketCommand {
    static let help = CommandHelp(
        name: "close",
        abstract: "Close a problem that is withdrawn, a duplicate or out of scope.",
        discussion: """
            Not counted as resolved, and taken out of the resolution rate. Allowed from any \
            state but resolved and closed.

            Example:
              docket close 14 --reason "Trùng với #12"
            """
    )
    let line: TextTransitionLine
    var global: GlobalOptions { line.global }

    init(_ arguments: inout ArgumentReader) throws {
        line = try TextTransitionLine(&arguments, option: "reason", help: "Why it is closed.")
    }

    func execute(in context: CommandContext) throws {
        try line.apply("close", in: context)
    }
}

/// `docket comment ID TEXT`.
struct CommentCommand: DocketCommand {
    static let help = CommandHelp(
        name: "comment",
        abstract: "Add a note to a problem's history; its state does not change.",
        discussion: "Example:\n  docket comment 12 \"Đã gọi điện cho Sở, chờ văn bản\""
    )
    let global: GlobalOptions
    let id: String
    let text: String
    let at: String?

    init(_ arguments: inout ArgumentReader) throws {
        id = try arguments.argument("id", help: "The problem's number.")
        text = try arguments.argument("text", help: "The note.")
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        try transition(.init(action: "comment", text: TextInput.text(text, field: "comment")), problem: id, at: at, global: global, context: context)
    }
}
