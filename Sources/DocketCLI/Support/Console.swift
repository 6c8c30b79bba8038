import DocketCore
import Glibc

/// Where a command writes: stdout, through a buffer so that a refused command prints nothing
/// there, and stderr for the one sentence of an error or a progress line.
final class Console {
    /// What goes to stdout, written out in 64 KiB chunks and at the end.
    let output = OutputBuffer(fileDescriptor: STDOUT_FILENO)

    /// Whether stdout is a terminal (tables then fit its width).
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
        output.write(text)
    }

    /// Appends `text` and a newline to stdout.
    func line(_ text: String = "") {
        output.write(text)
        output.write(byte: 0x0A)
    }

    /// Appends one JSON document and a newline to stdout.
    func json(_ value: JSONValue) {
        var writer = JSONWriter(to: output)
        writer.value(value)
        output.write(byte: 0x0A)
    }

    /// Appends an aligned table, fitted to the terminal's width when stdout is one.
    func table(_ table: TextTable) {
        table.write(to: output, maxWidth: terminalWidth)
    }

    /// Writes out what stdout holds; a closed pipe or a full disk is an error to report.
    func flush() throws {
        try output.flush()
    }

    /// Writes `text` and a newline to stderr at once.
    func error(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// Shows `text` as the progress line on stderr, replacing the last one, when stderr is a
    /// terminal; says nothing otherwise.
    func progress(_ text: String) {
        guard stderrIsTerminal else { return }
        var line = "\r\u{1B}[K" + text
        line.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// Clears the progress line.
    func endProgress() {
        progress("")
    }
}
