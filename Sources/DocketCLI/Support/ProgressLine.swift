import Glibc

/// A progress line on stderr, shown only when stderr is a terminal and redrawn at most ten
/// times a second, however often it is told.
struct ProgressLine {
    let console: Console
    private var lastShown: Int64 = 0
    private var shown = false

    init(console: Console) {
        self.console = console
    }

    /// Shows `text` unless the line was drawn less than a tenth of a second ago.
    mutating func show(_ text: String) {
        guard console.stderrIsTerminal else { return }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let milliseconds = Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
        guard !shown || milliseconds - lastShown >= 100 else { return }
        lastShown = milliseconds
        shown = true
        console.progress(text)
    }

    /// Clears the line, if it was shown.
    mutating func end() {
        guard shown else { return }
        console.endProgress()
        shown = false
    }
}
