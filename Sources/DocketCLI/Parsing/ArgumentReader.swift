/// What a command reads its command line through, one call per parameter.
///
/// A command's `init(_:)` reads each parameter it takes with one call, in the order its help
/// lists them. The same calls serve twice: a ``declaring`` reader answers every call with a
/// placeholder (nil, false, an empty text) and records the parameter, so that docket learns
/// what the command takes without running anything; a reader of a command line then splits the
/// words by what was declared and answers each call with its value. So each parameter is
/// written once, where it is read, and its help stands beside it.
///
/// Conversions that can fail go in the `as:` closure of ``option(_:valueName:help:as:)``,
/// which a declaring reader never calls; checks across parameters go in the command's
/// `validate()`.
struct ArgumentReader {
    /// The parameters read so far, in the order of the calls.
    private(set) var parameters: [Parameter] = []
    /// The words split by parameter, or nil while declaring.
    private var line: SplitLine?

    private init(line: SplitLine?) {
        self.line = line
    }

    /// A reader that only records what is read, to learn what a command takes.
    static var declaring: ArgumentReader { ArgumentReader(line: nil) }

    /// A reader of `words` for a command that takes `parameters`.
    init(words: [String], parameters: [Parameter]) throws {
        self.init(line: try SplitLine(words, parameters: parameters))
    }

    /// `--name VALUE`, or nil when it is not given.
    mutating func option(_ name: String, valueName: String? = nil, help: String) -> String? {
        declare(name, .option(valueName: valueName ?? name), help: help, isRequired: false)
        return line?.options[name]?.last
    }

    /// `--name VALUE`, which may be given more than once: every value, in the order given.
    mutating func repeatedOption(_ name: String, valueName: String? = nil, help: String) -> [String] {
        declare(name, .option(valueName: valueName ?? name), help: help, isRequired: false)
        return line?.options[name] ?? []
    }

    /// `--name VALUE` made into a value by `convert`, or nil when it is not given.
    mutating func option<Value>(_ name: String, valueName: String? = nil, help: String,
                                as convert: (String) throws -> Value) throws -> Value? {
        try option(name, valueName: valueName, help: help).map(convert)
    }

    /// `--name VALUE`, which must be given.
    mutating func requiredOption(_ name: String, valueName: String? = nil, help: String) throws -> String {
        let parameter = declare(name, .option(valueName: valueName ?? name), help: help, isRequired: true)
        guard let line else { return "" }
        guard let value = line.options[name]?.last else {
            throw CommandLineError("Missing expected option '\(parameter.synopsis)'", vi: "Thiếu tùy chọn bắt buộc '\(parameter.synopsis)'")
        }
        return value
    }

    /// `--name`: whether it is given.
    mutating func flag(_ name: String, help: String) -> Bool {
        declare(name, .flag, help: help, isRequired: false)
        return line?.flags.contains(name) ?? false
    }

    /// `<name>`: the next word in its place, which must be given.
    mutating func argument(_ name: String, help: String) throws -> String {
        let parameter = declare(name, .argument, help: help, isRequired: true)
        guard line != nil else { return "" }
        guard let word = line?.words.popFirst() else {
            throw CommandLineError("Missing expected argument '\(parameter.synopsis)'", vi: "Thiếu đối số bắt buộc '\(parameter.synopsis)'")
        }
        return word
    }

    /// `<name> ...`: every word left in its place, perhaps none.
    mutating func arguments(_ name: String, help: String) -> [String] {
        declare(name, .arguments, help: help, isRequired: false)
        defer { line?.words = [] }
        return Array(line?.words ?? [])
    }

    /// Refuses a command line with words no parameter took.
    func finish() throws {
        if let word = line?.words.first {
            throw CommandLineError("Unexpected argument '\(word)'", vi: "Thừa đối số '\(word)'")
        }
    }

    @discardableResult
    private mutating func declare(_ name: String, _ kind: Parameter.Kind, help: String, isRequired: Bool) -> Parameter {
        let parameter = Parameter(name: name, kind: kind, help: help, isRequired: isRequired)
        parameters.append(parameter)
        return parameter
    }
}

/// A command's words split by what it takes: named options' values, flags, and the words in
/// their places, in order.
private struct SplitLine {
    /// Each option's values in the order given: the last is the one that counts, except for
    /// an option read with ``ArgumentReader/repeatedOption(_:valueName:help:)``.
    var options: [String: [String]] = [:]
    var flags: Set<String> = []
    var words: ArraySlice<String> = []

    init(_ arguments: [String], parameters: [Parameter]) throws {
        let named = Dictionary(parameters.filter(\.isNamed).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var placed: [String] = []
        var rest = arguments[...]
        while let word = rest.popFirst() {
            if word == "--" {
                placed += rest
                break
            }
            guard Self.isNamed(word) else {
                placed.append(word)
                continue
            }
            let body = word.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            guard word.hasPrefix("--"), let parameter = named[name] else {
                throw Self.unknown(word, among: parameters)
            }
            switch parameter.kind {
            case .flag:
                if let inline {
                    throw CommandLineError("The flag '--\(name)' takes no value, but '\(inline)' was given",
                                           vi: "Cờ '--\(name)' không nhận giá trị, nhưng đã cho '\(inline)'")
                }
                flags.insert(name)
            case .option:
                if let inline {
                    options[name, default: []].append(inline)
                } else if let value = rest.first, !Self.names(value, among: named) {
                    options[name, default: []].append(value)
                    rest = rest.dropFirst()
                } else {
                    throw CommandLineError("Missing value for '\(parameter.synopsis)'", vi: "Thiếu giá trị cho '\(parameter.synopsis)'")
                }
            case .argument, .arguments:
                preconditionFailure("only named parameters are looked up by name")
            }
        }
        words = placed[...]
    }

    /// Whether `word` is written as an option: a dash and a letter, so that `-1` and `-` are
    /// words in their places.
    private static func isNamed(_ word: String) -> Bool {
        guard word.hasPrefix("-"), let second = word.dropFirst().first else { return false }
        return !second.isNumber && second != "."
    }

    /// Whether `word` names one of the command's options or flags, so cannot be a value.
    private static func names(_ word: String, among named: [String: Parameter]) -> Bool {
        guard word.hasPrefix("--") else { return false }
        return named[String(word.dropFirst(2).prefix { $0 != "=" })] != nil
    }

    /// The refusal of an option the command does not take, with the nearest it does.
    private static func unknown(_ word: String, among parameters: [Parameter]) -> CommandLineError {
        let name = String(word.drop { $0 == "-" }.prefix { $0 != "=" })
        let option = word.prefix { $0 != "=" }
        if let nearest = NearestName.nearest(to: name, among: parameters.filter(\.isNamed).map(\.name)) {
            return CommandLineError("Unknown option '\(option)': did you mean '--\(nearest)'?",
                                    vi: "Không có tùy chọn '\(option)': có phải ý bạn là '--\(nearest)'?")
        }
        return CommandLineError("Unknown option '\(option)'", vi: "Không có tùy chọn '\(option)'")
    }
}

extension ArgumentReader {
    /// `--name VALUE`, one of `Choice`'s names in any case, or `fallback` when not given.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ name: String, valueName: String? = nil, default fallback: Choice, help: String
    ) throws -> Choice where Choice.RawValue == String {
        try option(name, valueName: valueName, help: help) { try Self.choice($0, of: name) } ?? fallback
    }

    /// `--name VALUE`, one of `Choice`'s names in any case, which must be given.
    mutating func requiredChoice<Choice: RawRepresentable & CaseIterable>(
        _ name: String, valueName: String? = nil, help: String
    ) throws -> Choice where Choice.RawValue == String {
        let text = try requiredOption(name, valueName: valueName, help: help)
        guard line != nil else {
            // A declaring reader answers with a placeholder, as for every other parameter.
            guard let placeholder = Choice.allCases.first else { preconditionFailure("a choice has at least one value") }
            return placeholder
        }
        return try Self.choice(text, of: name)
    }

    /// `text` as one of `Choice`'s names in any case, the value of `--name`.
    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ text: String, of name: String
    ) throws -> Choice where Choice.RawValue == String {
        guard let choice = Choice(rawValue: text.lowercased()) else {
            let names = Choice.allCases.map(\.rawValue)
            let choices = names.dropLast().joined(separator: ", ")
            throw CommandLineError("'\(text)' is not a value of --\(name): give \(choices) or \(names.last ?? "")",
                                   vi: "'\(text)' không phải là giá trị của --\(name): hãy cho \(choices) hoặc \(names.last ?? "")")
        }
        return choice
    }

    /// `--name N`, a whole number from 1 up, or nil when not given.
    mutating func count(_ name: String, help: String) throws -> Int? {
        try option(name, valueName: "n", help: help) { text in
            guard let count = Int(text), count >= 1 else {
                throw CommandLineError("--\(name) must be a whole number from 1 up, not '\(text)'",
                                       vi: "--\(name) phải là số nguyên từ 1 trở lên, không phải '\(text)'")
            }
            return count
        }
    }
}
