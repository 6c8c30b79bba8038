import DocketContract
import DocketCore
import DocketStore
import DocketWorkflow

/// `docket workflow show|check|graph`: the workflow in force.
enum WorkflowCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "workflow", abstract: "The workflow in force: its states, transitions and deadline rules."),
               [.command(Show.self), .command(Check.self), .command(Graph.self)])
    }

    struct Show: DocketCommand {
        static let help = CommandHelp(
            name: "show",
            abstract: "Show the states, the transitions between them and the deadline rules.",
            discussion: "Examples:\n  docket workflow show\n  docket workflow show --json"
        )
        let global: GlobalOptions

        init(_ arguments: inout ArgumentReader) throws {
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let workflow = try context.register().workflow()
            if global.json {
                context.console.write(workflow.encodedJSON())
                context.console.line()
            } else {
                context.console.write(workflow.summary())
            }
        }
    }

    struct Check: DocketCommand {
        static let help = CommandHelp(
            name: "check",
            abstract: "Check that the workflow is sound; exit 1 naming each fault when it is not.",
            discussion: """
                Sound: one initial state, every state reachable, no dead end but the closed \
                states, every transition's states and fields known, the deadline rules coherent.

                Example:
                  docket workflow check
                """
        )
        let global: GlobalOptions

        init(_ arguments: inout ArgumentReader) throws {
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let workflow = try context.register().workflow()
            let issues = workflow.check()
            if global.json {
                context.console.json(.object([
                    ("workflow", .string(workflow.name)), ("version", .integer(Int(workflow.version))),
                    ("sound", .bool(issues.isEmpty)), ("issues", .array(issues.map { .string($0.description) })),
                ]))
            } else if issues.isEmpty {
                context.console.line("The workflow \(workflow.name) (version \(workflow.version)) is sound: \(workflow.states.count) states, \(workflow.transitions.count) transitions.")
            }
            guard issues.isEmpty else {
                if global.json { try context.console.flush() }
                throw CLIError.unsoundWorkflow(name: workflow.name, issues: issues)
            }
        }
    }

    struct Graph: DocketCommand {
        static let help = CommandHelp(
            name: "graph",
            abstract: "Draw the workflow as a Mermaid or Graphviz diagram.",
            discussion: """
                Examples:
                  docket workflow graph > workflow.mmd
                  docket workflow graph --format dot | dot -Tsvg > workflow.svg
                """
        )
        enum Format: String, CaseIterable {
            case mermaid, dot
        }
        let global: GlobalOptions
        let format: Format

        init(_ arguments: inout ArgumentReader) throws {
            format = try arguments.choice("format", default: .mermaid, help: "mermaid or dot (default: mermaid).")
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let workflow = try context.register().workflow()
            context.console.write(format == .mermaid ? workflow.mermaid() : workflow.dot())
        }
    }
}

/// `docket sweep [--at WHEN]`: apply the deadline rules.
struct SweepCommand: DocketCommand {
    static let help = CommandHelp(
        name: "sweep",
        abstract: "Escalate every assigned problem past its deadline to its unit's parent.",
        discussion: """
            As of --at (default now): each problem assigned to a unit that has a parent, whose \
            due day has passed, is escalated to the parent as an event at that time. Safe to \
            run again: a second run changes nothing.

            Examples:
              docket sweep
              docket sweep --at 2025-10-01 --json
            """
    )
    let global: GlobalOptions
    let at: String?

    init(_ arguments: inout ArgumentReader) throws {
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let register = try context.register()
        let escalated = try register.sweep(at: try context.instant(at), as: context.principal)
        if global.json {
            context.console.json(.array(try escalated.map { ProblemJSON.value($0, context: try context.json()) }))
            return
        }
        if escalated.isEmpty {
            context.console.line("No problem is past its deadline with a unit above its owner: nothing changed.")
            return
        }
        for problem in escalated {
            context.console.line("#\(problem.id) escalated to \(problem.escalatedTo?.code ?? "?") (due \(problem.due?.description ?? "?")): \(problem.title)")
        }
        context.console.line("\(escalated.count) problem\(escalated.count == 1 ? "" : "s") escalated.")
    }
}
