import DocketCLI
import DocketCore
import DocketReports
import NIOCore
import Synchronization

/// The reports of complete periods already written, each kept with the register's change
/// stamp it was read under.
///
/// The report of a period that has ended depends only on what the register holds (it is
/// judged on the period's last day, not on today), so as long as nothing has been committed
/// since, the same request gets the same bytes. Every commit — the server's own, the command
/// line's, a back-dated event's — changes the stamp (``RegisterPool/changeStamp()``), and an
/// entry read under another stamp is never served. A period still under way is never kept:
/// its report moves with the clock. The entries fit in ``budget`` bytes; the least recently
/// used make room. The bytes are a `ByteBuffer`, whose storage every answer that sends them
/// shares: a hundred clients reading a 4 MB report at once hold 4 MB, not 400.
final class ReportCache: Sendable {
    /// What a report's bytes depend on besides the register's content.
    struct Key: Hashable, Sendable {
        let period: ReportPeriod
        let format: ReportFormat
        let language: Language
        let issuer: String?
        /// The day in the official heading.
        let madeOn: CivilDate
        let scope: Principal.Scope
    }

    private struct Entry {
        let stamp: Int64
        let bytes: ByteBuffer
        var lastUse: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var size = 0
        var uses: UInt64 = 0
    }

    /// The most bytes the kept reports take together.
    let budget: Int
    private let state = Mutex(State())

    init(budget: Int = 64 << 20) {
        self.budget = budget
    }

    /// The bytes kept for `key` if they were read under `stamp`.
    func bytes(for key: Key, stamp: Int64) -> ByteBuffer? {
        state.withLock { state in
            guard var entry = state.entries[key], entry.stamp == stamp else { return nil }
            state.uses += 1
            entry.lastUse = state.uses
            state.entries[key] = entry
            return entry.bytes
        }
    }

    /// Keeps `bytes` for `key`, read under `stamp`, in place of what was kept for it; a report
    /// larger than the whole budget is not kept.
    func keep(_ bytes: ByteBuffer, for key: Key, stamp: Int64) {
        guard bytes.readableBytes <= budget else { return }
        state.withLock { state in
            if let old = state.entries.removeValue(forKey: key) { state.size -= old.bytes.readableBytes }
            // Entries of an older stamp can never be served again: they go first.
            if state.size + bytes.readableBytes > budget {
                for (other, entry) in state.entries where entry.stamp != stamp {
                    state.entries[other] = nil
                    state.size -= entry.bytes.readableBytes
                }
            }
            while state.size + bytes.readableBytes > budget,
                  let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                state.entries[oldest.key] = nil
                state.size -= oldest.value.bytes.readableBytes
            }
            state.uses += 1
            state.entries[key] = Entry(stamp: stamp, bytes: bytes, lastUse: state.uses)
            state.size += bytes.readableBytes
        }
    }
}
