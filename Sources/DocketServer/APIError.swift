import DocketCLI
import DocketCore
import DocketRegister
import DocketStore
import DocketWorkflow
import HTTPTypes
import Hummingbird

/// Why the server refused a request, as data: the status it answers with, and the cause its
/// one sentence is written from, in the language the request asked for (SERVE.md, Errors).
enum APIError: Error {
    /// No token, or one that is unknown or revoked.
    case unauthorized
    /// The caller's role may not do this.
    case forbidden
    /// No such path, or no such problem in the caller's scope.
    case notFound
    /// The path exists, but not for this method.
    case methodNotAllowed(allowed: [HTTPRequest.Method])
    /// The body is not what the endpoint reads.
    case body(BodyFault)
    /// A query parameter or a path's number is not one the endpoint takes.
    case parameter(name: String, value: String)
    /// The body is over the endpoint's limit.
    case tooLarge(limit: Int)
    /// The body is not of the media type the endpoint reads.
    case unsupportedMediaType(expected: String)
    /// `If-Match` names a version of the problem that is no longer current.
    case stale
    /// An `Idempotency-Key` reused with another request.
    case idempotencyKeyReused
    /// The register refused.
    case register(RegisterError)
    /// A value in the request that docket cannot use (a date, a title, a number).
    case input(InputError)
    /// An imported file that is wrong.
    case importFile(ImportError)
    /// An imported file that is not good CSV.
    case csv(CSVError)
    /// The server is shutting down.
    case draining

    /// What is wrong with a request's body.
    enum BodyFault: Sendable {
        /// It is not JSON, or not UTF-8.
        case notJSON(JSONReadError)
        /// It is JSON, but not an object.
        case notAnObject
        /// It names a key the endpoint does not take.
        case unknownKey(String)
        /// A key's value is of the wrong type.
        case wrongType(key: String, expected: ValueKind)
        /// A required key is missing.
        case missingKey(String)
    }

    /// The kinds of value a body's key takes.
    enum ValueKind: Sendable {
        case text, number, boolean
    }

    /// The status the refusal is answered with.
    var status: HTTPResponse.Status {
        switch self {
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .body, .parameter: .badRequest
        case .tooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .stale: .preconditionFailed
        case .idempotencyKeyReused, .input, .importFile, .csv: .unprocessableContent
        case .draining: .serviceUnavailable
        case .register(let error): Self.status(of: error)
        }
    }

    private static func status(of error: RegisterError) -> HTTPResponse.Status {
        switch error {
        case .notFound(.problem, _): .notFound
        case .notFound, .ambiguous, .notAProvince, .importRow: .unprocessableContent
        case .outsideScope: .forbidden
        case .duplicate, .duplicateName, .duplicateGroupTitle, .duplicateCategoryName, .beforeLatestEvent, .idempotencyKeyTaken: .conflict
        case .beforeMeeting: .unprocessableContent
        case .periodNotBegun: .unprocessableContent
        case .tokenNeedsScope, .tokenTakesNoScope, .tokenNeedsProvince: .unprocessableContent
        case .nothingToChange, .unitAlreadyNamed, .unitAlreadyUnder, .unitUnderItself: .unprocessableContent
        case .calendarDayListed: .conflict
        // A restore is the command line's alone; were a front end to offer it, these are its answers.
        case .restoreTargetExists: .conflict
        case .badDump: .unprocessableContent
        case .calendarDayNotListed: .notFound
        case .calendarDayIsAlreadySo: .unprocessableContent
        case .refused(_, let refusal):
            switch refusal {
            case .missingField, .fieldNotAccepted, .dueBeforeRaised, .targetIsOwner, .alreadyEscalated: .unprocessableContent
            case .beforeLatestEvent, .notAllowed, .unknownTransition, .unknownState: .conflict
            }
        case .busy, .readOnly, .noAccess, .storage, .cannotWrite, .missing, .notARegister, .newerSchema,
             .timeZoneMismatch, .unknownTimeZone, .unreadableWorkflow:
            .serviceUnavailable
        }
    }

    /// Whether the refusal is the server's trouble rather than the request's: it is logged.
    var isServerTrouble: Bool {
        if case .register(let error) = self, status == .serviceUnavailable {
            if case .busy = error { return false }
            return true
        }
        return false
    }

    /// The one sentence that says what was wrong, in `language`.
    func detail(in language: Language) -> String {
        let messages = language.messages
        switch self {
        case .register(let error): return messages.sentence(for: error)
        case .input(let error): return messages.sentence(for: error)
        case .importFile(let error): return messages.sentence(for: error)
        case .csv(let error): return messages.sentence(for: error)
        default: return ServerSentences.of(language).sentence(for: self)
        }
    }
}

extension APIError: HTTPResponseError {
    /// The refusal in English, for Hummingbird's own use; every request the server answers
    /// goes through ``RequestLog`` first, which writes it in the request's language.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        RequestLog.problem(status: status, title: status.reasonPhrase, detail: detail(in: .en))
    }
}
