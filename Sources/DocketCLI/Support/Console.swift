import Glibc

/// Where a command writes: stdout, buffered so that a refused command prints nothing there,
/// and stderr for the one sentence of an error or a progress line.
final class Console {
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 16

    /// Whether stdout is a terminal (tables may then fit its width).
    let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    /// Whether stderr is a terminal (progress lines are shown only then).
    let stderrIsTerminal = isatty(STDERR_FILENO) == 1

    /// The terminal's width in columns, when stdout is a terminal.
    var terminalWidth: Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Appends `text` to stdout.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= flushThreshold { flush() }
    }

    /// Appends `text` and a newline to stdout.
    func line(_ text: String = "") {
        write(text)
        buffer.append(0x0A)
    }

    /// Writes what is buffered to stdout.
    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                break  // a closed pipe: nothing more can be said there
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Drops what is buffered: a refused command prints nothing on stdout.
    func discard() {
        buffer.removeAll()
    }

    /// Writes `text` and a newline to stderr at once.
    func error(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
