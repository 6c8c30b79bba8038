import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// The resolution report for `period` (CONTRACT.md: a week, a month, any run of days), as
    /// the register stood at the end of it, read on one snapshot: DocketRegister's
    /// `ReportSource.report(for:now:overdueLimit:onlySentNews:as:)` over this store's reads, which says how
    /// it is counted and what it costs.
    ///
    /// - Parameter overdueLimit: how many overdue problems to list, the longest overdue first;
    ///   nil lists them all. They are all counted whatever the limit.
    /// - Parameter onlySentNews: whether to list, of the problems sent beyond the ministry's
    ///   authority, only the news, as the formats for people do (all are counted).
    /// - Parameter principal: who asks; the report counts the problems of its scope.
    /// - Throws: `RegisterError.periodNotBegun` for a period that has not begun by `now`.
    public func report(for period: ReportPeriod, now: Instant, overdueLimit: Int? = nil, onlySentNews: Bool = false,
                       as principal: Principal) throws -> ResolutionReport {
        try readOperation { store in
            try await store.report(for: period, now: now, overdueLimit: overdueLimit, onlySentNews: onlySentNews, as: principal)
        }
    }

    /// The report of ISO week `week`: ``report(for:now:overdueLimit:onlySentNews:as:)`` of `.week(week)`, every list whole.
    public func weeklyReport(_ week: ISOWeek, now: Instant = .now(), overdueLimit: Int? = nil,
                             as principal: Principal) throws -> ResolutionReport {
        try report(for: .week(week), now: now, overdueLimit: overdueLimit, as: principal)
    }
}
