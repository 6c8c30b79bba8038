#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Instant {
    /// The current instant, from the system's real-time clock, to the whole second.
    ///
    /// Read through `clock_gettime` rather than Foundation's `Date` so that the library
    /// does not pull Foundation into a binary whose start-up time is budgeted in milliseconds.
    /// Sub-second parts are dropped (rounded toward the past), so `now()` is never later than
    /// the true time: an instant given as "now" on the command line is never refused as future.
    public static func now() -> Instant {
        var spec = timespec()
        // CLOCK_REALTIME cannot fail with a valid pointer; the zero timespec is unreachable.
        _ = clock_gettime(CLOCK_REALTIME, &spec)
        return Instant(secondsSinceEpoch: Int64(spec.tv_sec))
    }
}
