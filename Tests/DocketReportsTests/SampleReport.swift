import DocketTesting
import Foundation
import DocketCore

/// A small report built by hand (the figures of 2025-W35 in the store's hand-built history,
/// with #3 due a day earlier and sent to the Government on Friday: ReportRegister, which the
/// end-to-end tests run), with titles and texts that need escaping in every format: a quote
/// and a comma, a `|`, a `*`, and `<script>`.
enum SampleReport {
    static let cucVT = NamedRef(code: "cuc-vt", name: "Cục Viễn thông")
    static let vuPC = NamedRef(code: "vu-pc", name: "Vụ Pháp chế")
    static let canTho = NamedRef(code: "92", name: "Cần Thơ")
    static let haNoi = NamedRef(code: "01", name: "Hà Nội")
    static let dongNai = NamedRef(code: "75", name: "Đồng Nai")
    static let government = NamedRef(code: "chinh-phu", name: "Chính phủ")
    static let script = "<script>alert('x')</script> Cáp quang ngầm"

    static let report = ResolutionReport(
        period: .week(ISOWeek(year: 2025, week: 35)!), timeZone: .hoChiMinh, complete: true,
        asOf: .fixture("2025-09-01T00:00:00+07:00"),
        during: .init(raised: 2, assigned: 3, answered: 0, escalated: 1, resolved: 1, reopened: 0, closed: 1),
        endOfWeek: .init(
            byState: [.init(state: "raised", count: 0), .init(state: "assigned", count: 2),
                      .init(state: "answered", count: 0), .init(state: "escalated", count: 1)],
            overdue: 2, totalRaised: 5, totalAnswered: 1, totalResolved: 1, totalClosed: 1),
        groups: .init(total: 1, resolved: 0),
        units: [.init(unit: cucVT, assigned: 3, resolved: 1, open: 2, closed: 0, overdue: 1),
                .init(unit: vuPC, assigned: 1, resolved: 0, open: 1, closed: 0, overdue: 1),
                .init(unit: nil, assigned: 1, resolved: 0, open: 0, closed: 1, overdue: 0)],
        provinces: [.init(province: haNoi, raised: 2, resolved: 0, open: 1, closed: 1),
                    .init(province: dongNai, raised: 1, resolved: 0, open: 1, closed: 0),
                    .init(province: canTho, raised: 2, resolved: 1, open: 1, closed: 0)],
        resolved: [.init(id: 1, title: "Giá thuê hạ tầng viễn thông chưa thống nhất", locality: canTho, unit: cucVT,
                         resolvedAt: .fixture("2025-08-26"), resolution: "Đã thống nhất khung giá thuê | mức *trần*")],
        overdue: [.init(id: 2, title: "Thủ tục \"một cửa\", liên thông chồng chéo", locality: haNoi, state: "assigned",
                        unit: vuPC, due: .fixture("2025-08-27"), daysOverdue: 4),
                  .init(id: 3, title: script, locality: dongNai, state: "escalated",
                        unit: cucVT, due: .fixture("2025-08-30"), daysOverdue: 1)],
        beyondAuthority: .init(items: [
            .init(id: 3, title: script, to: government, state: "escalated", outcome: .open,
                  sentAt: .fixture("2025-08-29"), sentDuring: true, resolvedDuring: false),
        ]),
        trend: (28...35).map { week in
            .init(period: .week(ISOWeek(year: 2025, week: week)!), raised: week == 34 ? 3 : week == 35 ? 2 : 0,
                  resolved: week == 35 ? 1 : 0)
        })
}

extension ResolutionReport {
    /// The report with every text people wrote (names, titles, resolutions) changed by `change`.
    func mappingText(_ change: (String) -> String) -> ResolutionReport {
        func ref(_ ref: NamedRef) -> NamedRef { NamedRef(code: ref.code.map(change), name: change(ref.name)) }
        var copy = self
        for index in copy.units.indices { copy.units[index].unit = copy.units[index].unit.map(ref) }
        for index in copy.provinces.indices { copy.provinces[index].province = ref(copy.provinces[index].province) }
        for index in copy.resolved.indices {
            copy.resolved[index].title = change(copy.resolved[index].title)
            copy.resolved[index].resolution = change(copy.resolved[index].resolution)
            copy.resolved[index].locality = ref(copy.resolved[index].locality)
            copy.resolved[index].unit = copy.resolved[index].unit.map(ref)
        }
        for index in copy.overdue.indices {
            copy.overdue[index].title = change(copy.overdue[index].title)
            copy.overdue[index].locality = ref(copy.overdue[index].locality)
            copy.overdue[index].unit = copy.overdue[index].unit.map(ref)
        }
        for index in copy.beyondAuthority.items.indices {
            copy.beyondAuthority.items[index].title = change(copy.beyondAuthority.items[index].title)
            copy.beyondAuthority.items[index].to = ref(copy.beyondAuthority.items[index].to)
        }
        copy.beyondAuthority = .init(items: copy.beyondAuthority.items)
        return copy
    }
}
