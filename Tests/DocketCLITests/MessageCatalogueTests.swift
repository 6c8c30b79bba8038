import DocketCore
import DocketRegister
import DocketStore
import DocketTesting
import DocketWorkflow
import Glibc
import Testing
@testable import DocketCLI

/// A representative value of every case of every error the command line says, and of every
/// notice it gives.
enum EveryError {
    static let refusals: [Refusal] = [
        .notAllowed(transition: "resolve", state: "resolved", allowed: ["reopen"]),
        .notAllowed(transition: "reopen", state: "closed", allowed: []),
        .unknownTransition("approve", known: ["assign", "close"]),
        .unknownState("pending"),
        .missingField(transition: "escalate", field: "reason"),
        .fieldNotAccepted(transition: "answer", field: "due"),
        .beforeLatestEvent(at: Instant(secondsSinceEpoch: 1_756_173_600), latest: Instant(secondsSinceEpoch: 1_756_260_000)),
        .dueBeforeRaised(due: CivilDate(year: 2025, month: 8, day: 1)!, raisedOn: CivilDate(year: 2025, month: 8, day: 26)!),
        .targetIsOwner(transition: "escalate", unit: UnitRef(id: 1, code: "VP")),
        .alreadyEscalated(transition: "escalate", unit: UnitRef(id: 1, code: "VP")),
    ]

    static let workflowErrors: [WorkflowError] = [
        .unreadableDefinition(reason: "it is not JSON"), .emptyHistory,
        .notFiledFirst(action: "assign", to: "assigned"),
        .eventRefused(index: 1, action: "answer", refusal: refusals[0]),
        .eventDisagrees(index: 3, action: "resolve", field: "to", recorded: "answered", expected: "resolved"),
    ]

    static let fileFaults: [RegisterError.FileFault] = [
        .empty, .directory, .notRegularFile, .unreadable(errno: EACCES), .unreadable(errno: nil), .notSQLite,
        .truncated(pages: 4, pageSize: 4096, bytes: 8192), .otherProgram, .noTimeZone, .noWorkflow,
        .damaged(message: "file is not a database"),
    ]

    static let writeFaults: [RegisterError.WriteFault] = [
        .isTheRegister, .isADirectory, .exists, .anotherBackupInProgress, .system(errno: ENOSPC),
        .storage(StoreFault(store: "SQLite", code: "13", message: "database or disk is full")),
    ]

    static let registerErrors: [RegisterError] = {
        var errors: [RegisterError] = [
            .missing(path: "r.db"), .newerSchema(path: "r.db", version: 99),
            .timeZoneMismatch(existing: "Asia/Ho_Chi_Minh", requested: "UTC"),
            .unknownTimeZone(name: "Mars/Olympus"),
            .notAProvince(parent: "Phường Ninh Kiều"), .duplicateName(province: "Cần Thơ", name: "Ninh Kiều"),
            .beforeLatestEvent(problem: 12, at: "2025-08-26T09:00:00+07:00", latest: "2025-08-27T09:00:00+07:00"),
            .beforeMeeting(meeting: 1, heldOn: "2025-08-26", at: "2025-08-25T09:00:00+07:00"),
            .duplicateGroupTitle(group: 3, title: "Chuyển đổi số"),
            .busy(path: "r.db"), .readOnly(path: "r.db"), .noAccess(path: "r.db"),
            .storage(StoreFault(store: "SQLite", code: "10", message: "disk I/O error")),
            .importRow(line: 3, column: "locality", fault: .register(.notFound(kind: .locality, name: "Atlantis"))),
        ]
        errors += [.nothingToChange(problem: 12), .unitAlreadyNamed(unit: "cuc-vt", name: "Cục Viễn thông"),
                   .unitAlreadyUnder(unit: "cuc-vt", parent: "bo-khcn"), .unitUnderItself(unit: "bo-khcn", parent: "cuc-vt"),
                   .unitUnderItself(unit: "bo-khcn", parent: "bo-khcn")]
        errors += [.calendarDayListed(date: .fixture("2026-02-16"), name: "Tết Nguyên đán"),
                   .calendarDayNotListed(date: .fixture("2026-03-03")),
                   .calendarDayIsAlreadySo(date: .fixture("2027-02-06"), working: false),
                   .calendarDayIsAlreadySo(date: .fixture("2027-02-09"), working: true)]
        errors += [.tokenNeedsScope(role: .unit), .tokenNeedsScope(role: .locality),
                   .tokenNeedsProvince(locality: "Phường Ninh Kiều"), .idempotencyKeyTaken(key: "k-1")]
        for role in Principal.Role.allCases {
            errors += [.tokenTakesNoScope(role: role, given: .unit), .tokenTakesNoScope(role: role, given: .locality)]
        }
        errors += workflowErrors.map { .unreadableWorkflow(name: "custom", version: 2, error: $0) }
        for kind in RegisterError.Record.allCases {
            errors += [.notFound(kind: kind, name: "x"), .ambiguous(kind: kind, name: "x", candidates: ["a", "b"]),
                       .duplicate(kind: kind, code: "x"), .outsideScope(kind: kind, name: "Đồng Nai")]
        }
        errors += fileFaults.map { .notARegister(path: "r.db", reason: $0) }
        errors += writeFaults.map { .cannotWrite(path: "out.html", reason: $0) }
        errors += refusals.map { .refused(problem: 12, refusal: $0) }
        errors += refusals.map { .importRow(line: 2, column: "unit", fault: .refused($0)) }
        return errors
    }()

    static let inputErrors: [InputError] = [
        .invalidDate("2025-02-30"), .invalidDue("0wd"), .invalidInstant("x"), .invalidWeek("2025-W60", reason: "no year has more than 53 ISO weeks"),
        .unknownTimeZone("Mars"), .inFuture("2030-01-01"), .invalidID("#0"), .blank(field: "title"),
        .tooLong(field: "title", limit: 500), .notUTF8(argument: "#2"), .noLetterOrDigit(field: "unit name", text: "--"),
        .invalidCode(field: "unit code", text: "a b"), .noWordToSearch("- *"), .controlCharacter(field: "token name", oneLine: true), .controlCharacter(field: "reason", oneLine: false),
    ]

    static let notices: [Notice] = [
        .tokenAdded(name: "cuc-vt"), .tokenRevoked(name: "cuc-vt"),
        .tokenAlreadyRevoked(name: "cuc-vt", at: "2025-08-03T09:00:00+07:00"),
        .calendarDayAdded(date: .fixture("2027-02-05"), name: "Tết Nguyên đán", working: false),
        .calendarDayAdded(date: .fixture("2027-02-20"), name: "Làm bù", working: true),
        .calendarDayRemoved(date: .fixture("2027-02-05"), name: "Tết Nguyên đán"),
    ]

    static let cliErrors: [CLIError] = [
        .outputIsTheRegister(path: "r.db"), .outputIsADirectory(path: "/tmp"),
        .inputUnreadable(path: "a.csv", errno: ENOENT), .inputIsADirectory(path: "/tmp"),
        .unsoundWorkflow(name: "custom", issues: [.noStates]), .unknownState("pending", states: ["raised", "closed"]),
        .invalidOverdueLimit("some"), .unknownReportFormat("pdf"), .jsonWithFormat("csv"), .invalidFileMode("400"),
    ]

    /// Every sentence `messages` has for the values above.
    static func sentences(_ messages: any MessageCatalogue) -> [String] {
        registerErrors.map(messages.sentence(for:))
            + refusals.map { messages.sentence(for: $0, problem: 12) }
            + refusals.map { messages.sentence(for: $0, problem: nil) }
            + workflowErrors.map(messages.sentence(for:))
            + inputErrors.map(messages.sentence(for:))
            + cliErrors.map(messages.sentence(for:))
            + notices.map(messages.sentence(for:))
            + [messages.sentence(for: ImportError.emptyFile),
               messages.sentence(for: CSVError(line: 4, column: 2, reason: "it is wrong")),
               messages.sentence(for: IOError(.read, code: EISDIR)), messages.sentence(for: IOError(.write, code: ENOSPC)),
               messages.sentence(for: StoreFault(store: "SQLite", code: "1", message: "no such table"))]
    }
}

@Suite struct EveryErrorHasASentenceInEveryLanguage {
    @Test(arguments: Language.allCases)
    func everyCaseReadsAsOneNonEmptySentence(_ language: Language) {
        for sentence in EveryError.sentences(language.messages) {
            #expect(!sentence.isEmpty)
            #expect(!sentence.contains("\n"), "\(sentence)")
            #expect(sentence.last == "." || sentence.last == ")", "\(sentence)")
        }
    }

    @Test func theVietnameseSentencesAreNotTheEnglishOnes() {
        let english = EveryError.sentences(Language.en.messages)
        let vietnamese = EveryError.sentences(Language.vi.messages)
        #expect(english.count == vietnamese.count)
        // Those built around a text from below (a CSV or import reason, an unsound workflow's
        // issues, a value's own reason) keep that text; the sentences around it differ.
        for (en, vi) in zip(english, vietnamese) {
            #expect(en != vi, "\(en)")
        }
    }

    @Test func aFieldIsSaidAsTheOptionThatGivesIt() {
        let refusal = Refusal.missingField(transition: "escalate", field: "reason")
        #expect(EnglishMessages().sentence(for: refusal, problem: 7)
            == "Problem #7 was not changed: escalate needs --reason; give it and try again.")
        #expect(VietnameseMessages().sentence(for: refusal, problem: 7)
            == "Vấn đề #7 không được thay đổi: escalate cần --reason; hãy cho giá trị đó rồi thử lại.")
    }
}

@Suite struct TheLanguageIsChosenAsTheContractSays {
    private func chosen(_ option: Language?, _ variables: [String: String]) -> Language {
        Language.chosen(option: option, environment: { variables[$0] })
    }

    @Test func theOptionThenDocketLangThenTheLocaleThenEnglish() {
        #expect(chosen(nil, [:]) == .en)
        #expect(chosen(.vi, ["DOCKET_LANG": "en"]) == .vi)
        #expect(chosen(.en, ["DOCKET_LANG": "vi"]) == .en)
        #expect(chosen(nil, ["DOCKET_LANG": "vi", "LANG": "en_US.UTF-8"]) == .vi)
        #expect(chosen(nil, ["DOCKET_LANG": "en", "LC_ALL": "vi_VN.UTF-8"]) == .en)
        #expect(chosen(nil, ["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(chosen(nil, ["LC_MESSAGES": "vi_VN", "LANG": "en_US.UTF-8"]) == .vi)
        #expect(chosen(nil, ["LC_ALL": "C", "LC_MESSAGES": "vi_VN"]) == .en)
        #expect(chosen(nil, ["LC_ALL": "vi", "LANG": "C"]) == .vi)
        #expect(chosen(nil, ["LANG": "fr_FR.UTF-8"]) == .en)
    }
}

/// Moved from DocketCoreTests' `AtMayNotBeInTheFuture`: the sentence names the option, so it
/// is the command line's to say.
@Suite struct AtMayNotBeInTheFuture {
    @Test func theRefusalSaysWhy() {
        #expect(EnglishMessages().sentence(for: InputError.inFuture("2025-08-27"))
                == "2025-08-27 is in the future: --at says when something happened, so it cannot be later than now.")
    }
}
