import DocketCore
import DocketReports
import DocketStore
import DocketWorkflow

/// `docket completion bash|values`: completion of commands, options and their values in bash.
enum CompletionCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "completion", abstract: "Complete docket's commands, options and their values in bash."),
               [.command(Bash.self), .command(Values.self)])
    }

    /// `docket completion bash`: the script.
    struct Bash: DocketCommand {
        static let help = CommandHelp(
            name: "bash",
            abstract: "Print a script that completes docket's commands, options and values in bash.",
            discussion: """
                It completes command names, options once a dash is typed, and the values of \
                the options that take one of a known few: formats, states, languages, unit \
                kinds and roles, unit codes and province names (from the register, typed with \
                or without diacritics: "can" completes to "Cần Thơ"). Anywhere else the shell \
                completes file names. The script is made from the commands of this docket: \
                make it again after an upgrade.

                Examples:
                  source <(docket completion bash)
                  docket completion bash > /etc/bash_completion.d/docket
                """
        )
        let global: GlobalOptions

        init(_ arguments: inout ArgumentReader) throws {
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            context.console.write(Self.script(for: Docket.commands))
        }

        /// The bash script: for every command and group, by the words that call it (`docket
        /// locality add`), what may come next; the options that take a value; and, for those
        /// whose values docket knows, which ``Values/Kind`` they are.
        static func script(for root: CommandNode) -> String {
            var entries: [(path: String, words: [String])] = []
            var valued: Set<String> = []
            var kinds: [(key: String, kind: Values.Kind)] = []
            func visit(_ node: CommandNode, path: String) {
                switch node {
                case .command(let type):
                    let named = type.parameters.filter(\.isNamed)
                    for parameter in named where parameter.kind != .flag {
                        valued.insert("--" + parameter.name)
                        if let kind = Values.Kind(option: parameter.name, of: path) { kinds.append((path + " --" + parameter.name, kind)) }
                    }
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
            // Global options may also come before the command.
            kinds.append(("docket --lang", .languages))
            var script = """
                # docket's completion for bash, made by `docket completion bash`.
                declare -gA _docket_words=(

                """
            for entry in entries {
                script += "    [\"\(entry.path)\"]=\"\(entry.words.joined(separator: " "))\"\n"
            }
            script += ")\ndeclare -gA _docket_values=(\n"
            for (key, kind) in kinds {
                script += "    [\"\(key)\"]=\(kind.rawValue)\n"
            }
            script += """
                )
                _docket_valued=" \(valued.sorted().joined(separator: " ")) "
                _docket() {
                    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path=docket next i db=()
                    for ((i = 1; i < COMP_CWORD; i++)); do
                        next="$path ${COMP_WORDS[i]}"
                        [[ -n ${_docket_words[$next]+set} ]] && path=$next
                        [[ ${COMP_WORDS[i]} == --db ]] && db=(--db "${COMP_WORDS[i+1]}")
                    done
                    # A value docket knows: ask it, which matches without diacritics.
                    if [[ -n ${_docket_values["$path $prev"]+set} ]]; then
                        local IFS=$'\\n'
                        COMPREPLY=($("${COMP_WORDS[0]}" completion values "${_docket_values["$path $prev"]}" "$cur" "${db[@]}" 2>/dev/null))
                        return
                    fi
                    # After another option that takes a value: let the shell complete a file name.
                    [[ $_docket_valued == *" $prev "* ]] && return
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

    /// `docket completion values KIND [PREFIX]`: what the script offers after an option.
    struct Values: DocketCommand {
        static let help = CommandHelp(
            name: "values",
            abstract: "Print the values of one kind that begin with a prefix, one a line, for the shell.",
            discussion: """
                The completion script calls it. A prefix matches without case or diacritics \
                ("can" is the beginning of "Cần Thơ"); each value is written as bash reads one \
                word. Unit codes, province names and states come from the register (--db); \
                without one, nothing is printed.

                Examples:
                  docket completion values provinces "can"
                  docket completion values units cuc
                """
        )

        /// The kinds of value docket completes.
        enum Kind: String, CaseIterable {
            case formats, graphFormats = "graph-formats", states, languages, unitKinds = "unit-kinds", roles, units, provinces

            /// The kind of the values of `--option` in the command at `path`, or nil.
            init?(option: String, of path: String) {
                switch option {
                case "format": self = path == "docket workflow graph" ? .graphFormats : .formats
                case "state": self = .states
                case "lang": self = .languages
                case "kind": self = .unitKinds
                case "role": self = .roles
                case "unit", "to": self = .units
                case "parent": self = path == "docket unit add" ? .units : .provinces
                case "locality", "province": self = .provinces
                default: return nil
                }
            }
        }

        let global: GlobalOptions
        let kind: String
        let prefix: String

        init(_ arguments: inout ArgumentReader) throws {
            kind = try arguments.argument("kind", help: "What to complete: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
            prefix = arguments.arguments("prefix", help: "What has been typed of it so far.").joined(separator: " ")
            global = GlobalOptions(&arguments)
        }

        func validate() throws {
            guard Kind(rawValue: kind) != nil else {
                let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandLineError("'\(kind)' is not a kind of value docket completes: give one of \(kinds)",
                                       vi: "'\(kind)' không phải là loại giá trị mà docket hoàn thành: hãy cho một trong \(kinds)")
            }
        }

        func execute(in context: CommandContext) throws {
            let typed = Folding.key(String(prefix.filter { $0 != "\\" }))
            for value in try values(of: Kind(rawValue: kind)!, in: context) where Folding.key(value).hasPrefix(typed) {
                context.console.line(Self.bashWord(value))
            }
        }

        private func values(of kind: Kind, in context: CommandContext) throws -> [String] {
            // Completion says nothing rather than an error when there is no register.
            let register = try? context.register()
            switch kind {
            case .formats: return ReportFormat.allCases.map(\.rawValue)
            case .graphFormats: return WorkflowCommand.Graph.Format.allCases.map(\.rawValue)
            case .languages: return Language.allCases.map(\.rawValue)
            case .unitKinds: return OrgUnit.Kind.allCases.map(\.rawValue)
            case .roles: return Principal.Role.allCases.map(\.rawValue)
            case .states: return try (register?.workflow() ?? .standard).states.map(\.name) + ["open"]
            case .units: return try register?.units().map(\.code) ?? []
            case .provinces: return try register?.localities().filter(\.isProvince).map(\.name) ?? []
            }
        }

        /// `value` as one word of a bash command line: each character bash would read
        /// otherwise after a backslash (`Cần\ Thơ`).
        static func bashWord(_ value: String) -> String {
            var word = ""
            for character in value {
                if " \t\\\"'`$&|;<>()[]{}*?!#~=,".contains(character) { word.append("\\") }
                word.append(character)
            }
            return word
        }
    }
}
