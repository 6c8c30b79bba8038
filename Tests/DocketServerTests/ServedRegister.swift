import DocketCore
import DocketServer
import DocketStore
import DocketTesting
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore

/// A register of five problems in two provinces and two unit subtrees, with a token of every
/// role, served in-process through Hummingbird's router (no socket).
///
/// Units: chinh-phu ⊃ bo-khcn ⊃ {cuc-vt, vu-pc}; chinh-phu ⊃ bo-tc ⊃ vu-ns.
/// Problems (raised 2025-08-26, assigned 2025-08-27 due 2025-09-30):
/// #1 Cần Thơ raised · #2 Cần Thơ → cuc-vt · #3 Hà Nội → vu-ns · #4 Hà Nội → vu-pc, escalated
/// to vu-ns · #5 Cần Thơ → vu-ns.
struct ServedRegister {
    let fixture: RegisterFixture
    /// What a test's requests need, shared with the closures that send them.
    let tokens: Tokens

    /// The problems each token sees.
    static let visible: [String: [Int64]] = [
        "admin": [1, 2, 3, 4, 5], "coordinator": [1, 2, 3, 4, 5], "cuc-vt": [2], "bo-tc": [3, 4, 5],
        "can-tho": [1, 2, 5], "ha-noi": [3, 4],
    ]

    /// "Now" for the server: the fixture's clock, 2025-11-24.
    static let now = Instant(secondsSinceEpoch: 1_764_000_000)

    init() throws {
        fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let at = RegisterFixture.at("2025-08-01")
        _ = try register.addUnit(code: "bo-tc", name: "Bộ Tài chính", kind: .ministry, parent: "chinh-phu", at: at)
        _ = try register.addUnit(code: "vu-ns", name: "Vụ Ngân sách", kind: .internal, parent: "bo-tc", at: at)
        let plan: [(String, String, String?)] = [
            ("Giá thuê hạ tầng viễn thông thụ động chưa thống nhất", "Cần Thơ", nil),
            ("Thiếu trạm đo kiểm viễn thông", "Cần Thơ", "cuc-vt"),
            ("Kinh phí chuyển đổi số cấp xã", "Hà Nội", "vu-ns"),
            ("Trách nhiệm giữa các bộ chồng chéo", "Hà Nội", "vu-pc"),
            ("Kinh phí hạ tầng số viễn thông", "Cần Thơ", "vu-ns"),
        ]
        for (title, locality, unit) in plan {
            let id = try fixture.file(title, at: locality)
            if let unit {
                _ = try register.apply(.init(action: "assign", unit: unit, due: .date(RegisterFixture.date("2025-09-30"))), to: id,
                                       at: RegisterFixture.at("2025-08-27"), as: .admin("test"))
            }
        }
        _ = try register.apply(.init(action: "escalate", target: "vu-ns", text: "Cần Bộ Tài chính cho ý kiến"), to: 4,
                               at: RegisterFixture.at("2025-08-28"), as: .admin("test"))
        var secrets: [String: String] = [:]
        for (name, role, unit, locality) in [
            ("admin", Principal.Role.admin, nil, nil), ("coordinator", .coordinator, nil, nil),
            ("cuc-vt", .unit, "cuc-vt", nil), ("bo-tc", .unit, "bo-tc", nil),
            ("can-tho", .locality, nil, "Cần Thơ"), ("ha-noi", .locality, nil, "Hà Nội"),
        ] as [(String, Principal.Role, String?, String?)] {
            secrets[name] = try register.addToken(name: name, role: role, unit: unit, locality: locality, at: at).secret
        }
        tokens = Tokens(secrets: secrets, path: fixture.path,
                        pool: try RegisterPool(path: fixture.path, readers: 2, clock: { ServedRegister.now }))
    }

    /// Runs `body` with a client of the server, through the router or (`.live`) over a socket.
    func test(_ setup: TestingSetup = .router, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        var configuration = ServerConfiguration(path: fixture.path)
        configuration.bodyLimit = 1 << 20
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let (application, _) = DocketServer.application(pool: tokens.pool, configuration: configuration, logger: logger,
                                                        clock: { ServedRegister.now })
        try await application.test(setup, body)
    }

}

/// The tokens of a ``ServedRegister``, its file and its pool.
struct Tokens: Sendable {
    /// Each token's secret by its name: admin, coordinator, cuc-vt (unit cuc-vt), bo-tc (unit
    /// bo-tc), can-tho (locality Cần Thơ), ha-noi (locality Hà Nội).
    let secrets: [String: String]
    let path: String
    let pool: RegisterPool

    /// The headers of a request by token `name` (nil for none).
    func headers(_ name: String?, _ extra: HTTPFields = [:]) -> HTTPFields {
        var fields = extra
        if let name { fields[.authorization] = "Bearer \(secrets[name]!)" }
        return fields
    }

    /// Everything the register holds: equal before and after a refused request.
    func fingerprint() throws -> String {
        try DocketTesting.fingerprint(ofDatabaseAt: path)
    }
}

/// A JSON body.
func json(_ text: String) -> ByteBuffer {
    ByteBuffer(string: text)
}

/// The headers of a JSON body.
let jsonBody: HTTPFields = [.contentType: "application/json"]

extension TestResponse {
    /// The body, parsed.
    var value: JSONValue {
        get throws { try JSONReader.parse(Array(body.readableBytesView)) }
    }

    /// The body as text.
    var text: String { String(buffer: body) }

    /// The `id` of every element of `items` (or of the array body).
    var ids: [Int64] {
        get throws {
            let value = try self.value
            let elements = value.member("items")?.arrayElements ?? value.arrayElements ?? []
            return elements.compactMap { $0.member("id")?.integerValue.map(Int64.init) }
        }
    }

    /// problem+json's `detail`.
    var detail: String? { (try? value)?.member("detail")?.stringValue }
}
