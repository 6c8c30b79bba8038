import DocketTesting
import Foundation
import Testing

/// The real `docket serve` process over real sockets of 127.0.0.1: killed, stopped, written
/// beside the command line, trickled at, flooded, raced. Serialized, so that the timings they
/// assert are not those of a machine busy with their siblings.
@Suite(.serialized) enum ServeProcess {
    /// The header every request of these tests carries.
    static func bearer(_ token: String) -> [String: String] {
        ["Authorization": "Bearer \(token)"]
    }

    /// A filing's body in Cần Thơ.
    static func filing(_ title: String) -> String {
        "{\"locality\":\"Cần Thơ\",\"title\":\"\(title)\"}"
    }

    /// `text` for a query string.
    static func query(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "+&=#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// Every problem the server lists, page after page of 500 (at most 100 pages).
    static func allProblems(_ connection: HTTPConnection, token: String) throws -> [[String: Any]] {
        var problems: [[String: Any]] = []
        var after: String?
        for _ in 0..<100 {
            let page = try connection.request("GET", "/api/v1/problems?limit=500" + (after.map { "&after=" + query($0) } ?? ""),
                                              headers: bearer(token))
            guard page.status == 200 else { throw UnexpectedOutput(description: "GET /problems: \(page.status) \(page.text)") }
            problems += try page.items()
            guard let next = try page.object()["next"] as? String else { return problems }
            after = next
        }
        throw UnexpectedOutput(description: "GET /problems gave over 100 pages")
    }

    /// A register with the ministry's units, served, and a coordinator's token.
    static func served() throws -> (ServedRegister, token: String) {
        let served = try ServedRegister()
        try served.addUnit("chinh-phu", name: "Chính phủ", kind: "government")
        try served.addUnit("bo-khcn", name: "Bộ Khoa học và Công nghệ", kind: "ministry", parent: "chinh-phu")
        try served.addUnit("cuc-vt", name: "Cục Viễn thông", parent: "bo-khcn")
        let token = try served.addToken("dieu-phoi", role: "coordinator")
        try served.start()
        return (served, token)
    }

    /// What became of one filing sent over HTTP.
    struct Filing: Sendable {
        var title: String
        /// A word of the title no other title has.
        var word: String
        /// The answer's status, or nil when none came (the server died under it).
        var status: Int?
        /// The filed problem's number, from a 201.
        var id: Int?
    }

    @Suite struct KilledWithSIGKILLWhileClientsFile {
        @Test func everyFilingAnswered201SurvivesOnceAndNoTitleIsThereTwice() throws {
            let (served, token) = try ServeProcess.served()
            let client = served.client(timeout: .seconds(10))
            let pid = try #require(served.process).pid
            let clients = 32
            let answered = Counter()
            let started = ContinuousClock.now
            let runs = try onThreads(clients + 1, within: .seconds(120)) { index -> [Filing] in
                if index == clients {
                    // The killer: once a second has gone by and some filings are answered
                    // (at most 30 s), SIGKILL.
                    let deadline = started + .seconds(30)
                    while ContinuousClock.now < deadline,
                          ContinuousClock.now - started < .seconds(1) || answered.value < clients {
                        usleep(10_000)
                    }
                    kill(pid, SIGKILL)
                    return []
                }
                var filings: [Filing] = []
                guard let connection = try? client.connect() else { return filings }
                // Bounded in count and time; ends at the first request the dead server leaves unanswered.
                for number in 0..<2_000 where ContinuousClock.now - started < .seconds(60) {
                    let word = "k\(index)x\(number)"
                    var filing = Filing(title: "Hạ tầng viễn thông, mã \(word)", word: word)
                    do {
                        let answer = try connection.request("POST", "/api/v1/problems", headers: ServeProcess.bearer(token),
                                                            json: ServeProcess.filing(filing.title))
                        filing.status = answer.status
                        filing.id = (try? answer.object())?["id"] as? Int
                        filings.append(filing)
                        if answer.status == 201 { answered.increment() } else { break }
                    } catch {
                        filings.append(filing)
                        break
                    }
                }
                return filings
            }
            #expect(served.waitForExit(within: .seconds(10)) == .signal(SIGKILL))
            let filings = runs.flatMap { $0 }
            let acknowledged = filings.filter { $0.status == 201 }
            #expect(filings.allSatisfy { $0.status == nil || $0.status == 201 },
                    "answers other than 201: \(filings.compactMap(\.status).filter { $0 != 201 })")
            #expect(acknowledged.count >= clients, "only \(acknowledged.count) filings were answered before the kill")
            #expect(acknowledged.allSatisfy { $0.id != nil })
            // Each client's last request is the one the kill left unanswered.
            #expect(filings.count - acknowledged.count <= clients)

            try served.restart()
            let verifier = served.client()
            let connection = try verifier.connect()
            let stored = try ServeProcess.allProblems(connection, token: token)
            let titles = stored.compactMap { $0["title"] as? String }
            #expect(titles.count == stored.count)
            #expect(Set(titles).count == titles.count, "a title is there twice")
            // Nothing is there that no client sent; what was answered is there, under its number.
            let attempted = Set(filings.map(\.title))
            #expect(titles.filter { !attempted.contains($0) } == [])
            let storedByID = Dictionary(stored.map { ($0["id"] as? Int ?? 0, $0["title"] as? String ?? "") }) { first, _ in first }
            for filing in acknowledged {
                #expect(storedByID[filing.id ?? 0] == filing.title, "#\(filing.id ?? 0) \(filing.title)")
            }
            #expect(stored.count >= acknowledged.count && stored.count <= filings.count)

            // Each answered filing, asked for one by one on four connections.
            let slices = 4
            let failures = try onThreads(slices) { slice -> [String] in
                var failures: [String] = []
                guard let connection = try? verifier.connect() else { return ["slice \(slice): no connection"] }
                for filing in acknowledged.enumerated().filter({ $0.offset % slices == slice }).map(\.element) {
                    let id = filing.id ?? 0
                    do {
                        let problem = try connection.request("GET", "/api/v1/problems/\(id)", headers: ServeProcess.bearer(token))
                        let title = try problem.object()["title"] as? String
                        if problem.status != 200 || title != filing.title {
                            failures.append("#\(id): \(problem.status) \(problem.text)")
                        }
                        let history = try connection.request("GET", "/api/v1/problems/\(id)/history", headers: ServeProcess.bearer(token))
                        let actions = try history.items().map { $0["action"] as? String ?? "?" }
                        if history.status != 200 || actions != ["file"] { failures.append("#\(id) history: \(actions)") }
                        let found = try connection.request("GET", "/api/v1/search?q=\(filing.word)", headers: ServeProcess.bearer(token))
                        let ids = try found.items().map { $0["id"] as? Int ?? 0 }
                        if found.status != 200 || ids != [id] { failures.append("#\(id) search \(filing.word): \(ids)") }
                    } catch {
                        failures.append("#\(id): \(error)")
                    }
                }
                return failures
            }
            #expect(failures.flatMap { $0 } == [])
            // The command line reads the same register.
            #expect(try served.program.ok("export", "--json").objects().count == stored.count)
        }
    }

    @Suite struct StoppedWithSIGTERMWhileRequestsAreUnderWay {
        @Test func eachRequestGetsItsWholeAnswerNewConnectionsAreRefusedAndItExitsZero() throws {
            let (served, token) = try ServeProcess.served()
            let port = served.port
            let requests = 20
            // Twenty filings whose heads and half their bodies are sent: under way, still
            // receiving their bodies.
            let bodies = (0..<requests).map { Array(ServeProcess.filing("Dừng êm, vấn đề \($0)").utf8) }
            let connections = try bodies.map { body in
                let connection = try served.client(timeout: .seconds(40)).connect()
                var headers = ServeProcess.bearer(token)
                headers["Content-Type"] = "application/json"
                headers["Connection"] = "close"
                try connection.socket.send(HTTPConnection.head("POST", "/api/v1/problems", host: "127.0.0.1:\(port)",
                                                               headers: headers, contentLength: body.count)
                                           + body.prefix(body.count / 2))
                return connection
            }
            // Let the server read every head before the stop (it takes milliseconds).
            usleep(1_000_000)
            served.signal(SIGTERM)
            let stopped = ContinuousClock.now

            // It soon stops taking connections (at most 10 s of tries, 50 ms apart).
            var refused = false
            for _ in 0..<200 where ContinuousClock.now - stopped < .seconds(10) {
                do {
                    try TCPConnection(port: port, timeout: .seconds(2)).close()
                } catch let error as SocketError where error.isRefused {
                    refused = true
                    break
                }
                usleep(50_000)
            }
            #expect(refused, "a new connection was still taken 10 s after SIGTERM")
            #expect(served.process?.isRunning == true, "it exited with the requests still under way")

            // Then the rest of each body: each filing is answered whole.
            for (connection, body) in zip(connections, bodies) {
                try connection.socket.send(Array(body.dropFirst(body.count / 2)))
            }
            for (index, connection) in connections.enumerated() {
                let answer = try connection.readResponse(method: "POST")
                #expect(answer.status == 201, "filing \(index): \(answer.text)")
                #expect((try answer.object()["title"] as? String) == "Dừng êm, vấn đề \(index)")
                #expect(answer.header("Location") == "/api/v1/problems/\((try answer.object()["id"] as? Int) ?? 0)")
            }
            let exit = served.waitForExit(within: .seconds(35) - (ContinuousClock.now - stopped))
            #expect(exit == .exit(0), "\(served.log)")
            #expect(ContinuousClock.now - stopped < .seconds(35))
            #expect(throws: SocketError.self) { _ = try TCPConnection(port: port, timeout: .seconds(2)) }

            let problems = try served.program.ok("export", "--json").objects()
            #expect(Set(problems.compactMap { $0["title"] as? String }) == Set((0..<requests).map { "Dừng êm, vấn đề \($0)" }))
            #expect(problems.count == requests)
        }
    }

    @Suite struct TheCommandLineAndTheServerWritingAtOnce {
        @Test func loseNothingAndNumberTheProblemsWithoutGaps() throws {
            let (served, token) = try ServeProcess.served()
            let client = served.client()
            let program = served.program
            let writers = 8
            let each = 50
            let failures = try onThreads(writers + 1, within: .seconds(300)) { writer -> [String] in
                var failures: [String] = []
                if writer == writers {
                    for number in 0..<each {
                        let run = try? program.run(["file", "--locality", "Cần Thơ", "--title", "Dòng lệnh, vấn đề \(number)"])
                        if run?.status != 0 { failures.append("CLI \(number): \(run?.stderr ?? "did not run")") }
                    }
                    return failures
                }
                guard let connection = try? client.connect() else { return ["writer \(writer): no connection"] }
                for number in 0..<each {
                    do {
                        let answer = try connection.request("POST", "/api/v1/problems", headers: ServeProcess.bearer(token),
                                                            json: ServeProcess.filing("Người \(writer), vấn đề \(number)"))
                        if answer.status != 201 { failures.append("writer \(writer), \(number): \(answer.status) \(answer.text)") }
                    } catch {
                        failures.append("writer \(writer), \(number): \(error)")
                    }
                }
                return failures
            }
            #expect(failures.flatMap { $0 } == [])
            // The write-ahead log the server writes to is still the register's: no command-line
            // run took itself for its last user and deleted it under the server.
            #expect(FileManager.default.fileExists(atPath: served.db + "-wal"))
            #expect(FileManager.default.fileExists(atPath: served.db + "-shm"))
            let total = writers * each + each
            let problems = try program.ok("export", "--json").objects()
            #expect(problems.compactMap { $0["id"] as? Int }.sorted() == Array(1...total))
            let expected = Set((0..<writers).flatMap { writer in (0..<each).map { "Người \(writer), vấn đề \($0)" } }
                               + (0..<each).map { "Dòng lệnh, vấn đề \($0)" })
            let titles = problems.compactMap { $0["title"] as? String }
            #expect(titles.count == total)
            #expect(Set(titles) == expected)
            // The server sees them all too.
            #expect(try ServeProcess.allProblems(try client.connect(), token: token).count == total)
        }
    }

    @Suite struct AClientSendingItsBodyAByteASecond {
        @Test func holdsUpNoOneAndIsCutOffByTheServer() throws {
            let (served, token) = try ServeProcess.served()
            let client = served.client()
            let port = served.port
            let ordinary = 20
            let slowStarted = Flag()
            let outcomes = try onThreads(ordinary + 1, within: .seconds(120)) { index -> (status: Int, took: Duration, trickle: TCPConnection.Trickle?) in
                if index == ordinary {
                    guard let connection = try? TCPConnection(port: port, timeout: .seconds(10)) else {
                        slowStarted.raise()
                        return (0, .zero, nil)
                    }
                    var headers = ServeProcess.bearer(token)
                    headers["Content-Type"] = "application/json"
                    try? connection.send(HTTPConnection.head("POST", "/api/v1/problems", host: "127.0.0.1:\(port)",
                                                             headers: headers, contentLength: 100))
                    slowStarted.raise()
                    // 100 bytes a second apart: at most 100 s, less once the server cuts it off.
                    let trickle = connection.trickle(Array(repeating: UInt8(ascii: " "), count: 100), every: .seconds(1))
                    return (0, .zero, trickle)
                }
                // The ordinary ones: one every half second from a second after the slow one began.
                for _ in 0..<1_000 where !slowStarted.isRaised { usleep(10_000) }
                usleep(UInt32(1_000_000 + index * 500_000))
                let begun = ContinuousClock.now
                let status = (try? client.request("POST", "/api/v1/problems", headers: ServeProcess.bearer(token),
                                                  json: ServeProcess.filing("Đúng giờ, vấn đề \(index)")).status) ?? 0
                return (status, ContinuousClock.now - begun, nil)
            }
            for (index, outcome) in outcomes.prefix(ordinary).enumerated() {
                #expect(outcome.status == 201, "request \(index)")
                #expect(outcome.took < .seconds(2), "request \(index) took \(outcome.took)")
            }
            let trickle = try #require(outcomes[ordinary].trickle)
            let closedAfter = try #require(trickle.closedAfter, "the slow connection was never closed: \(trickle.sent) bytes sent")
            // Cut off at the body's deadline (30 s after its head), with no answer and the body unfinished.
            #expect(closedAfter > .seconds(28) && closedAfter < .seconds(40), "closed after \(closedAfter)")
            #expect(trickle.sent < 100)
            #expect(trickle.received == [], "\(String(decoding: trickle.received, as: UTF8.self))")
            #expect(try served.program.ok("export", "--json").objects().count == ordinary)
        }
    }

    @Suite struct ABodyOverTheLimit {
        @Test func declaredIsRefusedWith413BeforeAByteOfItIsSent() throws {
            let (served, token) = try ServeProcess.served()
            let connection = try served.client(timeout: .seconds(10)).connect()
            var headers = ServeProcess.bearer(token)
            headers["Content-Type"] = "application/json"
            try connection.socket.send(HTTPConnection.head("POST", "/api/v1/problems", host: "127.0.0.1:\(served.port)",
                                                           headers: headers, contentLength: 2_000_000))
            let answer = try connection.readResponse(method: "POST")
            #expect(answer.status == 413)
            #expect(answer.header("Content-Type") == "application/problem+json; charset=utf-8")
            #expect(try answer.object()["status"] as? Int == 413)
            #expect(try served.program.ok("export", "--json").objects().count == 0)
        }

        @Test func chunkedIsRefusedWith413OnceItGrowsPastOneMebibyte() throws {
            let (served, token) = try ServeProcess.served()
            let connection = try served.client(timeout: .seconds(10)).connect()
            var headers = ServeProcess.bearer(token)
            headers["Content-Type"] = "application/json"
            headers["Transfer-Encoding"] = "chunked"
            try connection.socket.send(HTTPConnection.head("POST", "/api/v1/problems", host: "127.0.0.1:\(served.port)",
                                                           headers: headers, contentLength: nil))
            // Chunks of 64 KiB of a title that never ends, at most 4 MiB, never the last chunk:
            // the body is never whole. Stops once the answer is there or the server hangs up.
            let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 65_536)
            let chunk = Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + [13, 10]
            try connection.socket.send(Array("5\r\n{\"tit\r\n".utf8))
            var sent = 0
            for _ in 0..<64 where !connection.socket.isReadable(within: .zero) {
                do {
                    try connection.socket.send(chunk)
                } catch {
                    break
                }
                sent += piece.count
            }
            #expect(sent > 1 << 20, "only \(sent) bytes went before the answer")
            let answer = try connection.readResponse(method: "POST")
            #expect(answer.status == 413, "\(answer.text)")
            #expect(answer.header("Content-Type") == "application/problem+json; charset=utf-8")
            #expect(try answer.object()["status"] as? Int == 413)
            #expect(try served.program.ok("export", "--json").objects().count == 0)
        }
    }

    @Suite struct TheSameIdempotencyKeySentTenTimesAtOnce {
        @Test func filesOneProblemAndGivesEveryoneTheSameAnswer() throws {
            let (served, token) = try ServeProcess.served()
            let client = served.client()
            let line = StartingLine(count: 10)
            let answers = try onThreads(10) { _ -> (status: Int, body: String, location: String?) in
                let connection = try? client.connect()
                line.arrive()
                var headers = ServeProcess.bearer(token)
                headers["Idempotency-Key"] = "lan-mot-2026"
                guard let answer = try? connection?.request("POST", "/api/v1/problems", headers: headers,
                                                            json: ServeProcess.filing("Gửi lại mười lần")) else {
                    return (0, "", nil)
                }
                return (answer.status, answer.text, answer.header("Location"))
            }
            #expect(answers.map(\.status) == Array(repeating: 201, count: 10))
            #expect(Set(answers.map(\.body)).count == 1)
            #expect(answers.map(\.location) == Array(repeating: "/api/v1/problems/1", count: 10))
            let first = try parsedJSON(answers[0].body) as? [String: Any]
            #expect(first?["id"] as? Int == 1)
            #expect(first?["title"] as? String == "Gửi lại mười lần")
            let problems = try served.program.ok("export", "--json").objects()
            #expect(problems.map { $0["title"] as? String } == ["Gửi lại mười lần"])
        }
    }

    @Suite struct ResolveAndCloseRacingOnOneProblem {
        @Test func exactlyOneWinsFortyTimesAndTheOtherIsRefusedNamingTheState() throws {
            let (served, token) = try ServeProcess.served()
            let client = served.client()
            let setup = try client.connect()
            let races = 40
            for index in 1...races {
                let filed = try setup.request("POST", "/api/v1/problems", headers: ServeProcess.bearer(token),
                                              json: ServeProcess.filing("Chạy đua \(index)"))
                try #require(filed.status == 201, "\(filed.text)")
                #expect(try filed.object()["id"] as? Int == index)
                let assigned = try setup.request("POST", "/api/v1/problems/\(index)/assign", headers: ServeProcess.bearer(token),
                                                 json: "{\"unit\":\"cuc-vt\",\"due\":\"2030-01-01\"}")
                try #require(assigned.status == 200, "\(assigned.text)")
                #expect(try assigned.object()["state"] as? String == "assigned")
            }
            for index in 1...races {
                let line = StartingLine(count: 2)
                let answers = try onThreads(2) { racer -> HTTPResponse? in
                    let connection = try? client.connect()
                    line.arrive()
                    return racer == 0
                        ? try? connection?.request("POST", "/api/v1/problems/\(index)/resolve", headers: ServeProcess.bearer(token),
                                                   json: "{\"resolution\":\"Đã xong\"}")
                        : try? connection?.request("POST", "/api/v1/problems/\(index)/close", headers: ServeProcess.bearer(token),
                                                   json: "{\"reason\":\"Trùng\"}")
                }
                let statuses = answers.map { $0?.status ?? 0 }
                #expect(statuses.sorted() == [200, 409], "race #\(index): \(statuses)")
                guard statuses.sorted() == [200, 409], let resolve = answers[0], let close = answers[1] else { continue }
                let (winner, loser, won) = resolve.status == 200 ? (resolve, close, "resolve") : (close, resolve, "close")
                let state = won == "resolve" ? "resolved" : "closed"
                #expect(try winner.object()["state"] as? String == state)
                #expect(loser.header("Content-Type") == "application/problem+json; charset=utf-8")
                let refusal = try loser.object()
                #expect(refusal["status"] as? Int == 409)
                // The standard workflow: from resolved and from closed, only reopen.
                #expect(refusal["detail"] as? String == (won == "resolve"
                    ? "Problem #\(index) is resolved: close is not allowed; from resolved you may reopen."
                    : "Problem #\(index) is closed: resolve is not allowed; from closed you may reopen."),
                        "race #\(index)")
                let history = try setup.request("GET", "/api/v1/problems/\(index)/history", headers: ServeProcess.bearer(token))
                #expect(try history.items().map { $0["action"] as? String } == ["file", "assign", won])
            }
        }
    }

    @Suite struct IfMatchWithAStaleTag {
        @Test func isRefusedWith412AndChangesNothing() throws {
            let (served, token) = try ServeProcess.served()
            let connection = try served.client().connect()
            let auth = ServeProcess.bearer(token)
            #expect(try connection.request("POST", "/api/v1/problems", headers: auth, json: ServeProcess.filing("Thẻ cũ")).status == 201)
            #expect(try connection.request("POST", "/api/v1/problems/1/assign", headers: auth,
                                           json: "{\"unit\":\"cuc-vt\",\"due\":\"2030-01-01\"}").status == 200)
            let before = try connection.request("GET", "/api/v1/problems/1", headers: auth)
            let old = try #require(before.header("ETag"))
            let commented = try connection.request("POST", "/api/v1/problems/1/comment", headers: auth, json: "{\"text\":\"Đã gọi điện\"}")
            #expect(commented.status == 200)
            let current = try #require(commented.header("ETag"))
            #expect(current != old)
            let history = try connection.request("GET", "/api/v1/problems/1/history", headers: auth)
            #expect(try history.items().map { $0["action"] as? String } == ["file", "assign", "comment"])
            let fingerprint = try served.program.ok("export", "--json").stdout

            let stale = try connection.request("POST", "/api/v1/problems/1/resolve", headers: auth.merging(["If-Match": old]) { $1 },
                                               json: "{\"resolution\":\"Đã xong\"}")
            #expect(stale.status == 412)
            #expect(stale.header("Content-Type") == "application/problem+json; charset=utf-8")
            #expect(try stale.object()["status"] as? Int == 412)
            #expect(try connection.request("GET", "/api/v1/problems/1/history", headers: auth).text == history.text)
            let after = try connection.request("GET", "/api/v1/problems/1", headers: auth)
            #expect(after.header("ETag") == current)
            #expect(try after.object()["state"] as? String == "assigned")
            #expect(try served.program.ok("export", "--json").stdout == fingerprint)

            // The current tag is taken.
            let fresh = try connection.request("POST", "/api/v1/problems/1/resolve", headers: auth.merging(["If-Match": current]) { $1 },
                                               json: "{\"resolution\":\"Đã xong\"}")
            #expect(fresh.status == 200)
            #expect(try fresh.object()["state"] as? String == "resolved")
        }
    }
}
