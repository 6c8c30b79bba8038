import CoreMetrics
import DocketStore
import Prometheus

/// The server's counts and timings, kept with swift-metrics in a Prometheus registry of the
/// server's own (not the process-wide one, so that tests run many servers in one process) and
/// written at `/metrics`. Never a problem's content: routes are their patterns (`/problems/{id}`).
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let queueDepth: CoreMetrics.Gauge
    private let commits: CoreMetrics.Gauge
    private let committedWrites: CoreMetrics.Gauge
    private let busyWaits: CoreMetrics.Gauge

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        // From a cached read (well under a millisecond) to a large import.
        factory.defaultDurationHistogramBuckets = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5),
            .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
            .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        queueDepth = CoreMetrics.Gauge(label: "docket_writer_queue_depth", factory: factory)
        commits = CoreMetrics.Gauge(label: "docket_group_commits", factory: factory)
        committedWrites = CoreMetrics.Gauge(label: "docket_group_committed_writes", factory: factory)
        busyWaits = CoreMetrics.Gauge(label: "docket_register_busy_waits", factory: factory)
    }

    /// Counts one answered request and its time.
    func record(method: String, route: String, status: Int, duration: Duration) {
        let dimensions = [("method", method), ("route", route), ("status", String(status))]
        CoreMetrics.Counter(label: "docket_http_requests_total", dimensions: dimensions, factory: factory).increment()
        let components = duration.components
        let nanoseconds = components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
        CoreMetrics.Timer(label: "docket_http_request_duration_seconds", dimensions: [("method", method), ("route", route)],
              factory: factory).recordNanoseconds(nanoseconds)
    }

    /// Counts a request refused because the register's lock stayed busy through the whole wait.
    func recordBusyRefusal() {
        CoreMetrics.Counter(label: "docket_register_busy_refusals_total", factory: factory).increment()
    }

    /// Counts a report of a complete period asked for: served from ``ReportCache`` (`hit`) or
    /// written afresh.
    func recordReportCache(hit: Bool) {
        CoreMetrics.Counter(label: "docket_report_cache_total", dimensions: [("result", hit ? "hit" : "miss")],
                            factory: factory).increment()
    }

    /// The Prometheus text, with the writer's figures as they stand now.
    func exposition(pendingWrites: Int, commitCounts: (commits: Int, writes: Int)) -> [UInt8] {
        queueDepth.record(pendingWrites)
        commits.record(commitCounts.commits)
        committedWrites.record(commitCounts.writes)
        // Every time a connection of the process found the register locked (by the command
        // line, or by a reader's checkpoint) and waited for it.
        busyWaits.record(Database.busyWaits)
        return registry.emitToBuffer()
    }
}
