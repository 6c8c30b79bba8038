/// `docket completion bash`: a script that completes docket's commands and options.
struct CompletionCommand: DocketCommand {
    static let help = CommandHelp(
        name: "completion",
        abstract: "Print a script that completes docket's commands and options in bash.",
        discussion: """
            It completes command names, and options once a dash is typed; anywhere else, and \
            after an option that takes a value, the shell completes file names. The script is \
            made from the commands of this docket: make it again after an upgrade.

            Examples:
              source <(docket completion bash)
              docket completion bash > /etc/bash_completion.d/docket
            """
    )

    let global: GlobalOptions
    let shell: String

    init(_ arguments: inout ArgumentReader) throws {
        shell = try arguments.argument("shell", help: "bash, the one shell docket writes a script for.")
        global = GlobalOptions(&arguments)
    }

    func validate() throws {
        guard shell == "bash" else {
            throw CommandLineError("'\(shell)' is not a shell docket writes completion for: give bash")
        }
    }

    func execute(in context: CommandContext) throws {
        context.console.write(Self.bashScript(for: Docket.commands))
    }

    /// The bash script: for every command and group, by the words that call it (`docket
    /// locality add`), what may come next; and the options that take a value, after which the
    /// shell completes file names.
    static func bashScript(for root: CommandNode) -> String {
        var entries: [(path: String, words: [String])] = []
        var valued: Set<String> = []
        func visit(_ node: CommandNode, path: String) {
            switch node {
            case .command(let type):
                let named = type.parameters.filter(\.isNamed)
                for parameter in named where parameter.kind != .flag { valued.insert("--" + parameter.name) }
                entries.append((path, named.map { "--" + $0.name } + ["--help"]))
            case .group(_, let sections):
                let members = sections.flatMap(\.members)
                entries.append((path, members.map(\.help.name) + ["--help"] + (path == "docket" ? ["--version"] : [])))
                for member in members {
                    visit(member, path: path + " " + member.help.name)
                }
            }
        }
        visit(root, path: "docket")
        var script = """
            # docket's completion for bash, made by `docket completion bash`.
            declare -gA _docket_words=(

            """
        for entry in entries {
            script += "    [\"\(entry.path)\"]=\"\(entry.words.joined(separator: " "))\"\n"
        }
        script += """
            )
            _docket_valued=" \(valued.sorted().joined(separator: " ")) "
            _docket() {
                local cur=${COMP_WORDS[COMP_CWORD]} path=docket next i
                # After an option that takes a value: let the shell complete a file name.
                [[ $_docket_valued == *" ${COMP_WORDS[COMP_CWORD-1]} "* ]] && return
                for ((i = 1; i < COMP_CWORD; i++)); do
                    next="$path ${COMP_WORDS[i]}"
                    [[ -n ${_docket_words[$next]+set} ]] && path=$next
                done
                local words=${_docket_words[$path]} word names=""
                # Options only once a dash is typed; else commands, or the shell's file names.
                if [[ $cur != -* ]]; then
                    for word in $words; do [[ $word != -* ]] && names+=" $word"; done
                    words=$names
                fi
                COMPREPLY=($(compgen -W "$words" -- "$cur"))
            }
            complete -o default -F _docket docket

            """
        return script
    }
}
