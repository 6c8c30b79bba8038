import DocketCore
import DocketRegister
import DocketStore

extension RegisterFixture {
    /// Does what `command` asks of the register, as its front end would; a refusal is thrown.
    public func perform(_ command: RegisterCommand) throws {
        switch command {
        case .file(let title, let locality, let group, let at):
            _ = try register.file(NewProblem(title: title, locality: locality, group: group), at: at, as: .admin("test"))
        case .sweep(let at):
            _ = try register.sweep(at: at, as: .admin("sweep"))
        case .importCSV(let csv, let at):
            var reader = CSVReader(bytes: Array(csv.utf8))
            _ = try register.importProblems(from: &reader, options: .init(
                raisedAt: at, now: Instant(secondsSinceEpoch: 4_000_000_000), as: .admin("import")))
        case .transition(let command):
            try perform(command)
        case .edit(let id, let edit, let at):
            _ = try register.edit(id, edit, at: at, as: .admin("edit"))
        }
    }

    /// Does what each of `commands` asks, in order, as ``perform(_:)`` does; a
    /// transition or an edit refused (by the workflow, dated before the problem's latest event,
    /// changing nothing) is a user's mistake and is passed over, any other refusal is thrown.
    public func play(_ commands: [RegisterCommand]) throws {
        for command in commands {
            do {
                try perform(command)
            } catch let error as RegisterError {
                switch command {
                case .transition, .edit: continue
                default: throw error
                }
            }
        }
    }

    /// Asks the transition of its problem; a refusal is thrown.
    public func perform(_ command: TransitionCommand) throws {
        let input = Register.TransitionInput(action: command.action, unit: command.unit, target: command.target,
                                             due: command.due.map(DueDate.date), text: command.text)
        try register.apply(input, to: command.id, at: command.at, as: .admin(command.actor))
    }

    /// Adds the eight groups ``RandomHistory/multiWeek(seed:timeZone:groups:)`` files under
    /// (its wards and communes are the register's from `init`). Returns the groups' numbers.
    public func addGroups() throws -> [Int64] {
        let at = RegisterFixture.at("2025-07-01")
        return try (1...8).map { try register.addGroup(title: "Nhóm \($0)", at: at, actor: "test").id }
    }
}
