import DocketCore
import DocketTesting
@testable import DocketWorkflow

/// Units, days and problems the tests share: a department (VLXD) under a ministry office
/// (VP), and a third unit (KHCN) with no parent.
enum Fixture {
    static let office = UnitRef(id: 1, code: "VP")
    static let department = UnitRef(id: 2, code: "VLXD")
    static let institute = UnitRef(id: 3, code: "KHCN")

    /// The parent of each unit: the department answers to the office; the others to no one.
    static func parent(of unit: UnitRef) -> UnitRef? {
        unit == department ? office : nil
    }

    /// 2025-08-26, the day the problems are raised.
    static let raisedOn = date(2025, 8, 26)
    /// 2025-08-26T09:00+07:00, when they are raised.
    static let raisedAt = Instant(secondsSinceEpoch: 1_756_173_600)
    /// The deadline the fixtures' assignments give.
    static let due = date(2025, 9, 5)

    /// The day `year`-`month`-`day`.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        .fixture(year, month, day)
    }

    /// `hours` hours after the problems are raised.
    static func at(hours: Int64) -> Instant {
        raisedAt.adding(seconds: hours * 3600)
    }

    /// A status and its history, built by the engine itself.
    struct Problem {
        var status: ProblemStatus
        var events: [EventRecord]
        var workflow: Workflow

        init(_ workflow: Workflow = .standard) {
            let (status, event) = workflow.file(at: Fixture.raisedAt, raisedOn: Fixture.raisedOn)
            self.status = status
            self.events = [event]
            self.workflow = workflow
        }

        /// Applies the request, keeping its event; a refusal fails the test that asked.
        mutating func apply(_ request: TransitionRequest) throws {
            let (status, event) = try workflow.apply(request, to: status)
            self.status = status
            events.append(event)
        }

        /// The problem after the steps, each an hour after the last.
        func after(_ steps: [(String, UnitRef?, UnitRef?, CivilDate?, String?)]) throws -> Problem {
            var problem = self
            for (action, unit, target, due, text) in steps {
                let at = problem.status.lastEventAt.adding(seconds: 3600)
                try problem.apply(TransitionRequest(action: action, unit: unit, target: target, due: due, text: text, at: at))
            }
            return problem
        }
    }

    /// A problem of the standard workflow brought into `state` by the shortest usual path:
    /// assigned to the department with the fixtures' deadline; escalated to the office;
    /// closed straight from raised.
    static func problem(in state: String) throws -> Problem {
        let assign = ("assign", Optional(department), UnitRef?.none, Optional(due), Optional("Giao Vụ VLXD"))
        switch state {
        case "raised":
            return Problem()
        case "assigned":
            return try Problem().after([assign])
        case "answered":
            return try Problem().after([assign, ("answer", nil, nil, nil, "Đã có văn bản hướng dẫn")])
        case "escalated":
            return try Problem().after([assign, ("escalate", nil, office, nil, "Vượt thẩm quyền")])
        case "resolved":
            return try Problem().after([assign, ("resolve", nil, nil, nil, "Đã sửa thông tư")])
        case "closed":
            return try Problem().after([("close", nil, nil, nil, "Trùng kiến nghị #3")])
        default:
            preconditionFailure("no fixture for \(state)")
        }
    }
}

